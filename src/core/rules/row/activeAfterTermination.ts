// AID-R206 active-after-termination: an FDI project past its termination date whose status still says active (validate/rows.ts).
import { defineRule, q } from '../define';

export const activeAfterTermination = defineRule({
  id: 'AID-R206', name: 'active-after-termination', severity: 'warning', needs: 'row',
  params: { terminated: 'day', status: 'text' },
  titleVi: 'Còn hoạt động sau ngày chấm dứt', titleEn: 'Active after termination date',
  vi: (p) => `${p.where}: có ngày chấm dứt ${p.terminated} nhưng tình trạng vẫn là ${q(p.status)}; cần cập nhật tình trạng "Chấm dứt hoạt động".`,
  en: (p) => `${p.where}: termination date is ${p.terminated} but the status is still ${q(p.status)}; set the status to "Terminated".`,
});

/** The check (validate/rows.ts): a termination day reached (NaN for none) while the status code is not 'terminated'. */
export function isActiveAfterTermination(terminated: number, today: number, status: string | null): boolean {
  return terminated <= today && status !== null && status !== 'terminated';
}
