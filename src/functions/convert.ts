// AID.CONVERT and AID.RATE: conversion with the rate in force on a date (the engine's RateTable, fed
// from a rates range read like any exchange-rate register) and the disbursement rate.
import { formatNumber } from '../core/i18n/format';
import { formatDay, parseDate } from '../core/parse/date';
import { RateTable } from '../core/summary/rates';
import { currencyCode, readAmount } from './amounts';
import type { FnEnv } from './env';
import { fail } from './errors';
import { isBlankCell, lift2, scalarArg, type Cell, type Matrix } from './matrix';
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

export function CONVERT(amount: unknown, from: unknown, to: unknown, date: unknown, rates: unknown, env: FnEnv): Matrix {
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
}

/** disbursed ÷ committed; blank when nothing is committed and nothing disbursed. */
export function RATE(disbursed: unknown, committed: unknown, env: FnEnv): Matrix {
  return lift2(disbursed, committed, (d, c) => {
    if (isBlankCell(c)) return '';
    const cv = readAmount(c, null, env);
    const dv = isBlankCell(d) ? 0 : readAmount(d, null, env);
    if (cv === '' || dv === '') return '';
    if (cv < 0 || dv < 0) return fail(env.lang, 'num', 'rate-negative');
    if (cv === 0) return dv === 0 ? '' : fail(env.lang, 'div0', 'rate-zero-committed', { disbursed: formatNumber(dv, env.lang) });
    return dv / cv;
  }, env.lang);
}
