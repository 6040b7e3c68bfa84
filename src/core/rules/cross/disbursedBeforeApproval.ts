// AID-X304 disbursed-before-approval: a disbursement dated before its project's approval (validate/cross.ts).
import { defineRule, q } from '../define';

export const disbursedBeforeApproval = defineRule({
  id: 'AID-X304', name: 'disbursed-before-approval', severity: 'warning', needs: 'workbook',
  params: { date: 'day', approval: 'day', value: 'text' },
  titleVi: 'Giải ngân trước ngày phê duyệt', titleEn: 'Disbursed before approval',
  vi: (p) => `${p.where}: giải ngân ngày ${p.date}, trước ngày phê duyệt ${p.approval} của khoản viện trợ ${q(p.value)}.`,
  en: (p) => `${p.where}: disbursed on ${p.date}, before aid ${q(p.value)} was approved on ${p.approval}.`,
});
