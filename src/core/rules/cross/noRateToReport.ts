// AID-X308 no-rate-to-report: amounts in a currency that has no exchange rate to USD, the default report
// currency, said once per currency with their count and sheets (validate/cross.ts). In a workbook kept in
// one currency its totals stand, but a summary in USD would count nothing without a word; in a workbook
// mixing currencies each such amount is also an error where it stands (missing-rate), and this warning
// is the tally of them and what to do.
import { defineRule } from '../define';

export const noRateToReport = defineRule({
  id: 'AID-X308', name: 'no-rate-to-report', severity: 'warning', needs: 'workbook',
  params: { currency: 'text', count: 'number', registers: 'text', target: 'text' },
  titleVi: 'Không có tỷ giá sang USD', titleEn: 'No exchange rate to USD',
  vi: (p) => `${p.where}: ${p.count} số tiền bằng ${p.currency} (${p.registers}) không có tỷ giá sang ${p.target}, nên bản tổng hợp bằng ${p.target} (mặc định) không tính được các số tiền này. Cần thêm trang "Tỷ giá" có cột Loại tiền, Áp dụng từ ngày (hoặc Năm, Tháng) và ${p.currency === 'VND' ? `Tỷ giá quy đổi VND, với dòng ${p.target} cho các ngày, năm đó; hoặc lập tổng hợp bằng VND` : `Tỷ giá quy đổi ${p.target}, với dòng ${p.currency} cho các ngày, năm đó`}.`,
  en: (p) => `${p.where}: ${p.count} amounts in ${p.currency} (${p.registers}) have no exchange rate to ${p.target}, so a summary in ${p.target} (the default) cannot count them. Add an "Exchange rates" sheet with Currency, Valid from (or Year, Month) and ${p.currency === 'VND' ? `Rate to VND, with a ${p.target} row for those dates or years; or summarise in VND` : `Rate to ${p.target}, with a ${p.currency} row for those dates or years`}.`,
});
