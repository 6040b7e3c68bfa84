// AID-T005 totals-row-inside-data: a totals or subtotal row with data below it: it is left out of every sum. Needs the rows below it (validate/dataRows.ts).
import { defineRule } from '../define';

export const totalsRowInsideData = defineRule({
  id: 'AID-T005', name: 'totals-row-inside-data', severity: 'warning', needs: 'table',
  params: { row: 'text' },
  titleVi: 'Dòng tổng cộng nằm giữa dữ liệu', titleEn: 'Totals row inside the data',
  vi: (p) => `${p.where}: dòng ${p.row} là dòng tổng cộng nhưng bên dưới vẫn còn dữ liệu; dòng này không được tính, nên chuyển nó xuống cuối bảng.`,
  en: (p) => `${p.where}: row ${p.row} is a totals row but data follows it; it is left out, so move it to the bottom.`,
});
