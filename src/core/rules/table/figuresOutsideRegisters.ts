// AID-T010 figures-outside-registers: numbers or dates on a register's sheet that lie outside every register found there (validate/outside.ts): another register the layout hid (a header lower down beside the first one's rows), or a side calculation. Said, never silently dropped: needs the sheet.
import { defineRule } from '../define';

export const figuresOutsideRegisters = defineRule({
  id: 'AID-T010', name: 'figures-outside-registers', severity: 'warning', needs: 'table',
  params: { count: 'text', range: 'text' },
  titleVi: 'Số liệu nằm ngoài các sổ', titleEn: 'Figures outside the registers',
  vi: (p) => `${p.where}: ${p.count} số liệu ở vùng ${p.range} nằm ngoài mọi sổ tìm thấy trên trang này nên không được đọc và không được tính. Nếu đó là một sổ khác, hãy đặt nó trên trang riêng, hoặc cách sổ kia một cột trống với dòng tiêu đề ngang hàng.`,
  en: (p) => `${p.where}: ${p.count} figures in ${p.range} lie outside every register found on this sheet, so they are neither read nor counted. If they are another register, put it on a sheet of its own, or beside the other with a blank column between and its header on the same row.`,
});
