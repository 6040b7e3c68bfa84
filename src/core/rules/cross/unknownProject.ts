// AID-X303 unknown-project: a disbursement, capital change or implemented capital naming a project its register does not hold
// (validate/cross.ts).
import { defineRule, q } from '../define';

export const unknownProject = defineRule({
  id: 'AID-X303', name: 'unknown-project', severity: 'error', needs: 'workbook',
  params: { value: 'text' },
  titleVi: 'Mã dự án không tồn tại', titleEn: 'Unknown project id',
  vi: (p) => `${p.where}: mã ${q(p.value)} không có trong bảng "${p.register}"; cần mã của một dự án đã đăng ký.`,
  en: (p) => `${p.where}: id ${q(p.value)} is not in the "${p.register}" register; expected the id of a registered project.`,
});
