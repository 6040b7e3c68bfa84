// AID-R202 approval-after-start: aid approved after it started, within one row (validate/rows.ts).
import { defineRule, nativeAfter } from '../define';

export const approvalAfterStart = defineRule({
  id: 'AID-R202', name: 'approval-after-start', severity: 'warning', needs: 'row',
  params: { approval: 'day', start: 'day' },
  // Reported at the approval date, as validate/rows.ts does.
  native: (at) => nativeAfter(at, 'approvalDate', 'startDate'),
  titleVi: 'Phê duyệt sau ngày bắt đầu', titleEn: 'Approved after start',
  vi: (p) => `${p.where}: ngày phê duyệt ${p.approval} sau ngày bắt đầu ${p.start}; khoản viện trợ thường chỉ bắt đầu sau khi được phê duyệt.`,
  en: (p) => `${p.where}: approval date ${p.approval} is after start date ${p.start}; aid normally starts only once approved.`,
});

/** The check (validate/rows.ts): days as numbers, NaN for none, which fails every comparison. */
export function approvedAfterStart(approval: number, start: number): boolean {
  return approval > start;
}
