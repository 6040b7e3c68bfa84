// AID-C120 sign-repeats-kind: an FDI capital decrease written with a minus under the kind "Giảm vốn"
// (−3.000.000): the kind and the sign say the same thing twice. Read as a decrease of 3,000,000, counted
// once as −3,000,000; the positive figure is the fix. A minus under "Tăng vốn" or "Góp vốn" is a
// conflict, reported by the negative-amount rule. Needs the row's kind (validate/dataRows.ts).
import { defineRule, q } from '../define';

export const signRepeatsKind = defineRule({
  id: 'AID-C120', name: 'sign-repeats-kind', severity: 'warning', needs: 'row',
  params: { value: 'text', changeKind: 'text', fixNumber: 'number' },
  titleVi: 'Dấu trừ lặp lại loại "Giảm vốn"', titleEn: 'Minus sign repeating the kind "Decrease"',
  vi: (p) => `${p.where}: ${q(p.value)} có dấu trừ trong khi loại điều chỉnh đã là "${p.changeKind}"; được hiểu là giảm ${p.fixNumber} và tính một lần là giảm vốn. Sửa thành số dương ${p.fixNumber}: loại điều chỉnh đã nói là giảm.`,
  en: (p) => `${p.where}: ${q(p.value)} carries a minus while the kind is already "${p.changeKind}"; it is read as a decrease of ${p.fixNumber}, counted once. Fix: the positive number ${p.fixNumber}; the kind says it is a decrease.`,
});
