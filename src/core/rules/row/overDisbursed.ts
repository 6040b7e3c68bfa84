// AID-R203 over-disbursed: more disbursed than committed: the total comes from the disbursements register, or from the row's own
// "disbursed to date" column; either way it is judged once every register is read (validate/cross.ts).
// The row's own column is proof enough on its own, so AID.CHECK reports it from the row (rowCanShow).
import { defineRule, nativeAfter } from '../define';

export const overDisbursed = defineRule({
  id: 'AID-R203', name: 'over-disbursed', severity: 'warning', needs: 'workbook', rowCanShow: true,
  params: { disbursed: 'number', committed: 'number', currency: 'text' },
  // What a row shows by itself (rowCanShow): its own disbursed to date above its commitment, unless
  // the commitment is itself wrong (negative: the negative-amount rule), as the engine then has no commitment to compare.
  native: (at) => {
    const after = nativeAfter(at, 'disbursedToDate', 'committed');
    return after === null ? null : `AND(${after},${at.refOf('committed')}>=0)`;
  },
  titleVi: 'Giải ngân vượt cam kết', titleEn: 'Disbursed more than committed',
  vi: (p) => `${p.where}: đã giải ngân ${p.disbursed} ${p.currency}, vượt giá trị cam kết ${p.committed} ${p.currency}.`,
  en: (p) => `${p.where}: ${p.disbursed} ${p.currency} disbursed to date, more than the ${p.committed} ${p.currency} committed.`,
});
