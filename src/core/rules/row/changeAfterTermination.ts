// AID-R205 change-after-termination: a capital change dated after its FDI project was terminated: needs the FDI projects register
// (validate/cross.ts).
import { defineRule, q } from '../define';

export const changeAfterTermination = defineRule({
  id: 'AID-R205', name: 'change-after-termination', severity: 'error', needs: 'workbook',
  params: { project: 'text', terminated: 'day', date: 'day' },
  titleVi: 'Điều chỉnh vốn sau khi chấm dứt', titleEn: 'Capital change after termination',
  vi: (p) => `${p.where}: dự án ${q(p.project)} đã chấm dứt ngày ${p.terminated} nhưng có điều chỉnh vốn ngày ${p.date}.`,
  en: (p) => `${p.where}: project ${q(p.project)} was terminated on ${p.terminated} but has a capital change dated ${p.date}.`,
});
