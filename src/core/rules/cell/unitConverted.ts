// AID-C117 unit-converted: an amount whose text names another currency than its column's (its header, its
// unit line, its register or its row's currency cell), "2 triệu EUR" in a USD column, converted with the
// workbook's exchange rate in force on the row's date. Counted converted; the converted figure, in the
// column's unit, is the fix. Needs the rate table (validate/units.ts).
import { defineRule, q } from '../define';

export const unitConverted = defineRule({
  id: 'AID-C117', name: 'unit-converted', severity: 'warning', needs: 'workbook',
  params: { value: 'text', cellUnit: 'text', columnUnit: 'text', rate: 'number', rateUnit: 'text', date: 'day', fixNumber: 'number' },
  titleVi: 'Số tiền ghi khác đơn vị của cột (đã quy đổi)', titleEn: 'Amount in another unit than its column (converted)',
  vi: (p) => `${p.where}: ${q(p.value)} ghi bằng ${p.cellUnit}, khác đơn vị của cột "${p.column}" (${p.columnUnit}); đã quy đổi theo tỷ giá ${p.rate} ${p.rateUnit} áp dụng ngày ${p.date}: được tính là ${p.fixNumber} ${p.columnUnit}; sửa thành số đó.`,
  en: (p) => `${p.where}: ${q(p.value)} is in ${p.cellUnit}, not in the unit of "${p.column}" (${p.columnUnit}); converted at the rate ${p.rate} ${p.rateUnit} in force on ${p.date}, it is counted as ${p.fixNumber} ${p.columnUnit}; fix: that number.`,
});
