// AID.CONVERT and AID.RATE: conversion with the rate in force on a date (the engine's RateTable, fed
// from a rates range read like any exchange-rate register) and the disbursement rate, each declared
// with its docs (see define.ts).
import { formatNumber } from '../core/i18n/format';
import { formatDay, parseDate } from '../core/parse/date';
import { RateTable } from '../core/rates/rateTable';
import { currencyCode, readAmount } from './amounts';
import { defineFunction } from './define';
import type { FnEnv } from './env';
import { fail } from './errors';
import { isBlankCell, lift2, scalarArg, type Cell } from './matrix';
import { readRanges, tableOf, toRows } from './tables';

export function rateTableOf(rates: unknown, env: FnEnv): RateTable {
  const result = readRanges([{ name: 'rates', rows: toRows(rates) }], env);
  const t = tableOf(result, 'exchange-rates');
  if (!t) return fail(env.lang, 'value', 'rates-no-table');
  return new RateTable(t.rows);
}

function dayOf(v: Cell, env: FnEnv): number {
  if (isBlankCell(v)) return fail(env.lang, 'value', 'date-missing');
  const r = parseDate(v);
  if (!r.ok) return fail(env.lang, 'value', 'date-bad', { text: String(v) });
  return r.day;
}

export const CONVERT = defineFunction({
  name: 'CONVERT',
  en: 'Converts an amount with the exchange rate in force on a date, taken from a rates table. Example: =AID.CONVERT(F5,"EUR","USD",E5,TyGia!A1:D40).',
  vi: 'Quy đổi số tiền theo tỷ giá áp dụng vào ngày giao dịch, lấy từ bảng tỷ giá. Ví dụ: =AID.CONVERT(F5;"EUR";"USD";E5;TyGia!A1:D40).',
  params: [
    {
      name: 'amount', type: 'range',
      en: 'Amount, or a range of amounts. Example: F5:F200.',
      vi: 'Số tiền, hoặc một vùng số tiền. Ví dụ: F5:F200.',
    },
    {
      name: 'from', type: 'value',
      en: 'Currency of the amount. Example: "EUR".',
      vi: 'Loại tiền của số tiền. Ví dụ: "EUR".',
    },
    {
      name: 'to', type: 'value',
      en: 'Currency wanted. Example: "USD".',
      vi: 'Loại tiền cần quy đổi sang. Ví dụ: "USD".',
    },
    {
      name: 'date', type: 'range',
      en: 'Date of the transaction, or a range of dates matching the amounts. Example: E5.',
      vi: 'Ngày giao dịch, hoặc một vùng ngày tương ứng. Ví dụ: E5.',
    },
    {
      name: 'rates', type: 'range',
      en: 'Exchange-rate table with its header row (Currency, Valid from, Rate to USD, Rate to VND). Example: TyGia!A1:D40.',
      vi: 'Bảng tỷ giá kèm dòng tiêu đề (Loại tiền, Áp dụng từ ngày, Tỷ giá quy đổi USD, Tỷ giá quy đổi VND). Ví dụ: TyGia!A1:D40.',
    },
  ],
  returns: 'The converted amount.',
  run: ([amount, from, to, date, rates], env) => {
    const f = currencyCode(scalarArg(from, 'from', env.lang), env);
    const t = currencyCode(scalarArg(to, 'to', env.lang), env);
    const table = f === t ? null : rateTableOf(rates, env);
    return lift2(amount, date, (a, d) => {
      const n = readAmount(a, f, env);
      if (n === '') return '';
      if (table === null) return n;
      const day = dayOf(d, env);
      const out = table.convert(n, f, t, day);
      return out ?? fail(env.lang, 'na', 'rates-missing', { from: f, to: t, date: formatDay(day, env.lang) });
    }, env.lang);
  },
});

export const RATE = defineFunction({
  name: 'RATE',
  en: 'Disbursement rate: disbursed divided by committed; blank when nothing is committed. Example: =AID.RATE(R5,Q5) returns 0.4 for 40000 disbursed of 100000.',
  vi: 'Tỷ lệ giải ngân: giải ngân chia cam kết; để trống khi chưa có cam kết. Ví dụ: =AID.RATE(R5;Q5) cho 0,4 khi giải ngân 40000 trên 100000.',
  params: [
    {
      name: 'disbursed', type: 'range',
      en: 'Amount disbursed, or a range. Example: R5.',
      vi: 'Số đã giải ngân, hoặc một vùng. Ví dụ: R5.',
    },
    {
      name: 'committed', type: 'range',
      en: 'Amount committed, or a range of the same size. Example: Q5.',
      vi: 'Số cam kết, hoặc một vùng cùng kích thước. Ví dụ: Q5.',
    },
  ],
  returns: 'The rate (0.4 = 40%).',
  run: ([disbursed, committed], env) => {
    // disbursed ÷ committed; blank when nothing is committed and nothing disbursed.
    return lift2(disbursed, committed, (d, c) => {
      if (isBlankCell(c)) return '';
      const cv = readAmount(c, null, env);
      const dv = isBlankCell(d) ? 0 : readAmount(d, null, env);
      if (cv === '' || dv === '') return '';
      if (cv < 0 || dv < 0) return fail(env.lang, 'num', 'rate-negative');
      if (cv === 0) return dv === 0 ? '' : fail(env.lang, 'div0', 'rate-zero-committed', { disbursed: formatNumber(dv, env.lang) });
      return dv / cv;
    }, env.lang);
  },
});
