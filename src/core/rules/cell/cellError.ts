// AID-C113 cell-error: a cell holding a formula error (#N/A, #REF!…): its value is unknown (validate/cells.ts).
import { defineRule } from '../define';

export const cellError = defineRule({
  id: 'AID-C113', name: 'cell-error', severity: 'error', needs: 'cell',
  params: { value: 'text' },
  titleVi: 'Ô có lỗi công thức', titleEn: 'Formula error in cell',
  vi: (p) => `${p.where}: ô có lỗi ${p.value}; cần sửa công thức hoặc nhập giá trị.`,
  en: (p) => `${p.where}: the cell holds the error ${p.value}; fix the formula or type the value.`,
});
