/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads these TypeScript
   types to describe each parameter to Excel; `any` is its word for "any cell value". */
// Excel's entry for the AID.* custom functions. custom-functions-metadata-plugin builds functions.json
// from the JSDoc below and registers each function with CustomFunctions.associate. Every function
// only forwards to the registry (one implementation, shared with the tests and the benchmark);
// this file turns our errors into Excel's, and picks the language from Office's display language.
// The stubs below the mark are written from each function's declaration (see define.ts).
import { envFor } from './env';
import { FunctionError, type FunctionErrorCode } from './errors';
import { aidFunction } from './registry';

function displayLanguage(): string | undefined {
  try {
    return typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

const EXCEL_CODES: Record<FunctionErrorCode, CustomFunctions.ErrorCode> = {
  value: CustomFunctions.ErrorCode.invalidValue,
  na: CustomFunctions.ErrorCode.notAvailable,
  num: CustomFunctions.ErrorCode.invalidNumber,
  div0: CustomFunctions.ErrorCode.divisionByZero,
  ref: CustomFunctions.ErrorCode.invalidReference,
};

const toExcel = (e: FunctionError): CustomFunctions.Error => new CustomFunctions.Error(EXCEL_CODES[e.code], e.message);

function run(name: string, args: unknown[]): any[][] {
  try {
    const m = aidFunction(name).run(args, envFor(displayLanguage()));
    // A single failing cell is the whole answer: raise it so Excel shows its message on the cell.
    if (m.length === 1 && m[0].length === 1 && m[0][0] instanceof FunctionError) throw m[0][0];
    return m.map((row) => row.map((v) => (v instanceof FunctionError ? toExcel(v) : v)));
  } catch (e) {
    if (e instanceof FunctionError) throw toExcel(e);
    // An unexpected failure still answers with a readable #VALUE!, never a silent crash.
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `AID.${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// ---- Written from the registry by `node tools/functions-ts.js`: edit the function's declaration, not below. ----
/**
 * Reads an amount written the Vietnamese or English way. Example: =AID.AMOUNT("3,7 triệu USD") returns 3700000; =AID.AMOUNT("2.345.678,5") returns 2345678.5.
 * @customfunction AMOUNT
 * @param text Amount as text or a number, or a range of them. Example: "1,25 tỷ đồng".
 * @param [currency] Currency the amount is in, when the text does not say: an ISO code or a name. Example: "VND".
 * @returns The amount as a number, one per cell of the range.
 */
export function amount(text: any[][], currency?: any): any[][] {
  return run('AMOUNT', [text, currency]);
}

/**
 * ISO 4217 code of a currency written as a code, a name or a symbol. Example: =AID.CURRENCY("đồng") returns VND; =AID.CURRENCY("đô la Mỹ") returns USD.
 * @customfunction CURRENCY
 * @param text Currency name, symbol or code, or a range of them. Example: "VNĐ".
 * @returns The ISO code.
 */
export function currency(text: any[][]): any[][] {
  return run('CURRENCY', [text]);
}

/**
 * Converts an amount with the exchange rate in force on a date, taken from a rates table. Example: =AID.CONVERT(F5,"EUR","USD",E5,TyGia!A1:D40).
 * @customfunction CONVERT
 * @param amount Amount, or a range of amounts. Example: F5:F200.
 * @param from Currency of the amount. Example: "EUR".
 * @param to Currency wanted. Example: "USD".
 * @param date Date of the transaction, or a range of dates matching the amounts. Example: E5.
 * @param rates Exchange-rate table with its header row (Currency, Valid from, Rate to USD, Rate to VND). Example: TyGia!A1:D40.
 * @returns The converted amount.
 */
export function convert(amount: any[][], from: any, to: any, date: any[][], rates: any[][]): any[][] {
  return run('CONVERT', [amount, from, to, date, rates]);
}

/**
 * Disbursement rate: disbursed divided by committed; blank when nothing is committed. Example: =AID.RATE(R5,Q5) returns 0.4 for 40000 disbursed of 100000.
 * @customfunction RATE
 * @param disbursed Amount disbursed, or a range. Example: R5.
 * @param committed Amount committed, or a range of the same size. Example: Q5.
 * @returns The rate (0.4 = 40%).
 */
export function rate(disbursed: any[][], committed: any[][]): any[][] {
  return run('RATE', [disbursed, committed]);
}

/**
 * Canonical aid sector from free text, with or without tone marks. Example: =AID.SECTOR("y te") returns Y tế (Health in English Excel).
 * @customfunction SECTOR
 * @param text Sector as typed, or a range. Example: "giao duc".
 * @param [format] "vi", "en" or "code"; default: Excel's language. Example: "code".
 * @returns The sector's name or code.
 */
export function sector(text: any[][], format?: any): any[][] {
  return run('SECTOR', [text, format]);
}

/**
 * Canonical country from Vietnamese or English names and abbreviations. Example: =AID.COUNTRY("Hoa Kỳ","code") returns US; =AID.COUNTRY("CHDCND Lào") returns Lào.
 * @customfunction COUNTRY
 * @param text Country as typed, or a range. Example: "Mỹ".
 * @param [format] "vi", "en", "code" (ISO alpha-2) or "alpha3"; default: Excel's language. Example: "en".
 * @returns The country's name or code.
 */
export function country(text: any[][], format?: any): any[][] {
  return run('COUNTRY', [text, format]);
}

/**
 * Today's province or city from a current or pre-2025 name. Example: =AID.PROVINCE("Bà Rịa - Vũng Tàu") returns TP. Hồ Chí Minh.
 * @customfunction PROVINCE
 * @param text Province as typed, old names included, or a range. Example: "Quảng Bình".
 * @param [format] "vi" (default), "en" or "code". Example: "code".
 * @returns The current province's name or code.
 */
export function province(text: any[][], format?: any): any[][] {
  return run('PROVINCE', [text, format]);
}

/**
 * Checks a register row with the engine's cell and row rules: "" when valid, otherwise rule ids and messages. Example: =AID.CHECK(A5:T5,"aid-projects"); =AID.CHECK(A5:T5,,A$4:T$4).
 * @customfunction CHECK
 * @param row The row (or rows) to check. Example: A5:T5.
 * @param [kind] Register kind: aid-projects, aid-disbursements, fdi-projects, fdi-capital-changes, fdi-implemented or exchange-rates. Example: "aid-projects".
 * @param [header] The header row, when the columns are not in the template's order. Example: A$4:T$4.
 * @param [codes] The workbook's own code lists, one list per column (the Code lists sheet): values added there are accepted as written. Example: 'Code lists'!$A$2:$G$300.
 * @returns Problems of each row as text; blank when none.
 */
export function check(row: any[][], kind?: any, header?: any[][], codes?: any[][]): any[][] {
  return run('CHECK', [row, kind, header, codes]);
}

/**
 * Committed and disbursed by sector, donor, country, province or source, with a total row; FDI ranges give registered and implemented by country or sector. Example: =AID.SUMMARY(A4:T200,"sector"); =AID.SUMMARY(A4:T200,"donor","2024-H1",,"USD",GiaiNgan!A4:E900).
 * @customfunction SUMMARY
 * @param table Aid-project or FDI-project register with its header row. Example: A4:T200.
 * @param by "sector", "donor", "country", "province" or "source" (FDI: "country", "sector"). Example: "sector".
 * @param [from] First day of the period, or a period such as "2024", "2024-H1", "2024-Q3"; blank for all time. Example: "2024-H1".
 * @param [to] Last day of the period. Example: DATE(2024,12,31).
 * @param [currency] "USD" (default) or "VND". Example: "VND".
 * @param [related] Disbursement register (FDI: implemented capital) with its header row. Example: GiaiNgan!A4:E900.
 * @param [rates] Exchange-rate table with its header row. Example: TyGia!A1:D40.
 * @returns A table: header, one row per group, total.
 */
export function summary(table: any[][], by: any, from?: any, to?: any, currency?: any, related?: any[][], rates?: any[][]): any[][] {
  return run('SUMMARY', [table, by, from, to, currency, related, rates]);
}

/**
 * An amount as reports write it. Example: =AID.TEXT(3700000,"USD") returns 3,7 triệu USD; =AID.TEXT(2345678,"USD","full") returns 2.345.678 USD.
 * @customfunction TEXT
 * @param amount Amount, or a range. Example: 3700000.
 * @param [currency] Currency; default VND. Example: "USD".
 * @param [style] "short" (3,7 triệu USD, default) or "full" (3.700.000 USD). Example: "full".
 * @param [language] "vi" or "en"; default: Excel's language. Example: "vi".
 * @returns The amount as text.
 */
export function text(amount: any[][], currency?: any, style?: any, language?: any): any[][] {
  return run('TEXT', [amount, currency, style, language]);
}

/**
 * An amount in Vietnamese words, as written on vouchers. Example: =AID.WORDS(125000000) returns Một trăm hai mươi lăm triệu đồng.
 * @customfunction WORDS
 * @param amount Amount, or a range. Example: 125000000.
 * @param [currency] Currency; default VND. Example: "USD".
 * @returns The amount in words.
 */
export function words(amount: any[][], currency?: any): any[][] {
  return run('WORDS', [amount, currency]);
}

/**
 * Repairs text typed in the old TCVN3 (ABC) or VNI encodings into Unicode. Example: =AID.UNICODE(B5,".VnTime").
 * @customfunction UNICODE
 * @param text Text, or a range. Example: B5.
 * @param [font] The cell's font name, when known; it tells TCVN3 from VNI for certain. Example: ".VnTime".
 * @returns The text in Unicode; text that is already Unicode is unchanged.
 */
export function unicode(text: any[][], font?: any): any[][] {
  return run('UNICODE', [text, font]);
}
