// AID-T011 hidden-rows-counted: data rows the user hid (or a filter hides) are counted, and said so once per register (validate/hidden.ts): needs the sheet's hidden rows, which only the workbook read by a host gives.
import { defineRule } from '../define';

export const hiddenRowsCounted = defineRule({
  id: 'AID-T011', name: 'hidden-rows-counted', severity: 'warning', needs: 'workbook',
  params: { count: 'text', rows: 'text' },
  titleVi: 'Dòng ẩn vẫn được tính', titleEn: 'Hidden rows are counted',
  vi: (p) => `${p.where}: ${p.count} dòng dữ liệu đang bị ẩn hoặc lọc (dòng ${p.rows}) vẫn được kiểm tra và tính vào tổng hợp; ẩn dòng không phải là xóa dòng.`,
  en: (p) => `${p.where}: ${p.count} data rows are hidden or filtered out (rows ${p.rows}) and are still checked and counted; hiding a row does not delete it.`,
});
