// AID-C119 implausible-amount: an amount far above what one row of its register can hold (the column's
// plausibleMaxUsd in schema/registers.ts, in its currency): a unit mistaken, such as đồng typed in a USD
// column or đồng in a "(triệu đồng)" column. Left out of money figures. Judged on the cell with its
// currency (validate/cells.ts) and again on an amount converted from another currency (validate/units.ts).
import { defineRule, q } from '../define';
import { VND_PER_USD_CEILING, type ColumnDef } from '../../schema/registers';

export const implausibleAmount = defineRule({
  id: 'AID-C119', name: 'implausible-amount', severity: 'error', needs: 'cell',
  params: { value: 'text', amount: 'number', currency: 'text', limit: 'number' },
  // Only where the register fixes the currency (FDI figures in USD): elsewhere the bound depends on the row's currency.
  native: (at) => (at.column.type === 'amount' && at.column.fixedCurrency === 'USD' && at.column.plausibleMaxUsd !== undefined
    ? `AND(ISNUMBER(${at.ref}),ABS(${at.ref})>${at.column.plausibleMaxUsd})`
    : null),
  titleVi: 'Số tiền lớn bất thường', titleEn: 'Implausibly large amount',
  vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" là ${p.amount} ${p.currency}, vượt xa mức một dòng của "${p.register}" có thể có (${p.limit} ${p.currency}); thường là nhầm đơn vị (số đồng ghi vào cột USD, hoặc số đồng ghi vào cột "triệu đồng"). Số này không được tính vào các số tiền cho đến khi sửa.`,
  en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" is ${p.amount} ${p.currency}, far above what one row of "${p.register}" can hold (${p.limit} ${p.currency}); usually a unit mistaken (VND typed in a USD column, or VND in a "million VND" column). It is left out of every money figure until fixed.`,
});

/**
 * The most an amount of `column` can plausibly be in `currency` (whole units), or null when the column
 * has no bound or the currency none that is known without a rate: USD, and VND through the dearest
 * dollar on record.
 */
export function plausibleLimit(column: ColumnDef, currency: string | null | undefined): number | null {
  const usd = column.plausibleMaxUsd;
  if (usd === undefined) return null;
  if (currency === 'USD') return usd;
  if (currency === 'VND') return usd * VND_PER_USD_CEILING;
  return null;
}

/** An amount (whole units of its currency) above its column's bound. Small, so V8 inlines it into the fast path. */
export function isImplausible(amount: number, limit: number | null): boolean {
  return limit !== null && Math.abs(amount) > limit;
}
