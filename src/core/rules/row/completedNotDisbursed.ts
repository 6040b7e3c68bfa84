// AID-R204 completed-not-disbursed: a completed aid project with nothing disbursed; judged once every register is read (validate/cross.ts).
import { defineRule } from '../define';

export const completedNotDisbursed = defineRule({
  id: 'AID-R204', name: 'completed-not-disbursed', severity: 'warning', needs: 'workbook',
  params: {},
  titleVi: 'Đã hoàn thành nhưng chưa giải ngân', titleEn: 'Completed with nothing disbursed',
  vi: (p) => `${p.where}: tình trạng "Đã hoàn thành" nhưng chưa có khoản giải ngân nào.`,
  en: (p) => `${p.where}: status is "Completed" but nothing has been disbursed.`,
});
