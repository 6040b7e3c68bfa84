// AID-C118 unit-conflict: an amount whose text names another currency than its column's, "93.600 tỷ đồng"
// in an FDI capital column in USD, with no exchange rate in force on the row's date to convert it: never
// counted in the column's unit, so left out of money figures until the cell is written in the column's
// unit or a rate is added. The cell alone shows it (its currency is not its column's); the workbook's rate
// table may only soften it into unit-converted's warning, so a row alone (AID.CHECK) reports it
// (validate/units.ts).
import { defineRule, q } from '../define';

export const unitConflict = defineRule({
  id: 'AID-C118', name: 'unit-conflict', severity: 'error', needs: 'cell',
  params: { value: 'text', cellUnit: 'text', columnUnit: 'text', currency: 'text', date: 'day?' },
  titleVi: 'Số tiền ghi khác loại tiền của cột', titleEn: 'Amount in another currency than its column',
  vi: (p) => `${p.where}: ${q(p.value)} ghi bằng ${p.cellUnit}, khác đơn vị của cột "${p.column}" (${p.columnUnit}), và ${p.date === undefined ? `dòng không có ngày để chọn tỷ giá ${p.currency}` : `bảng tỷ giá không có tỷ giá ${p.currency} áp dụng ngày ${p.date}`}; số này không được tính vào các số tiền. Ghi lại bằng ${p.columnUnit}, hoặc thêm tỷ giá vào trang tỷ giá.`,
  en: (p) => `${p.where}: ${q(p.value)} is in ${p.cellUnit}, not in the unit of "${p.column}" (${p.columnUnit}), and ${p.date === undefined ? `the row has no date to pick a ${p.currency} rate` : `no ${p.currency} exchange rate is in force on ${p.date}`}; it is left out of every money figure. Write it in ${p.columnUnit}, or add the rate to the exchange-rate sheet.`,
});
