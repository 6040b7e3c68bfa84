// AID-X305 missing-rate: a non-USD amount with no exchange rate in force on its date, when the registers mix currencies
// (validate/cross.ts).
import { defineRule } from '../define';

export const missingRate = defineRule({
  id: 'AID-X305', name: 'missing-rate', severity: 'error', needs: 'workbook',
  params: { currency: 'text', date: 'day' },
  titleVi: 'Thiếu tỷ giá', titleEn: 'No exchange rate',
  vi: (p) => `${p.where}: không có tỷ giá ${p.currency} áp dụng cho ngày ${p.date}; cần thêm vào bảng tỷ giá một dòng ${p.currency} có "Áp dụng từ ngày" không muộn hơn ${p.date}.`,
  en: (p) => `${p.where}: no ${p.currency} exchange rate is valid on ${p.date}; add a row for ${p.currency} to the exchange-rate table valid from ${p.date} or earlier.`,
});
