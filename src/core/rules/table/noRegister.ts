// AID-T008 no-register: a workbook in which no sheet holds a register: nothing was checked, which must
// not read as "no errors". Checked on the workbook (validate/index.ts); the sheets that hold figures
// are named with the reason in the result's notRegisters.
import { defineRule, q } from '../define';

export const noRegister = defineRule({
  id: 'AID-T008', name: 'no-register', severity: 'error', needs: 'workbook',
  params: { sheets: 'number' },
  titleVi: 'Không tìm thấy bảng đăng ký nào', titleEn: 'No register found',
  vi: (p) => `Trang ${q(p.sheet)} và cả sổ (${p.sheets} trang): không tìm thấy bảng đăng ký nào (cần một dòng tiêu đề có các cột như "Mã khoản viện trợ", "Giá trị cam kết", "Ngày phê duyệt"); không có gì được kiểm tra.`,
  en: (p) => `Sheet ${q(p.sheet)} and the whole workbook (${p.sheets} ${p.sheets === 1 ? 'sheet' : 'sheets'}): no register found (a header row naming columns such as "Aid ID", "Committed amount", "Approval date" is needed); nothing was checked.`,
});
