// AID-R201 end-before-start: an end date before its start date, within one aid project's row (validate/rows.ts).
import { defineRule, nativeBefore } from '../define';

export const endBeforeStart = defineRule({
  id: 'AID-R201', name: 'end-before-start', severity: 'error', needs: 'row',
  params: { start: 'day', end: 'day' },
  // Reported at the end date, as validate/rows.ts does.
  native: (at) => nativeBefore(at, 'endDate', 'startDate'),
  titleVi: 'Ngày kết thúc trước ngày bắt đầu', titleEn: 'End before start',
  vi: (p) => `${p.where}: ngày kết thúc ${p.end} trước ngày bắt đầu ${p.start}; cần kiểm tra lại hai ngày này.`,
  en: (p) => `${p.where}: end date ${p.end} is before start date ${p.start}; check both dates.`,
});

/** The check (validate/rows.ts): days as numbers, NaN for none, which fails every comparison. */
export function endsBeforeStart(start: number, end: number): boolean {
  return end < start;
}
