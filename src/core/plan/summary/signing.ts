// Who issues and signs the summary sheet, and how the province likes its tables: the options of an
// official appendix (issuing body over the governing body, the report it is attached to, the place,
// the two signers, totals first or last). Hosts take them from the user (CLI options, pane fields) and
// remember them in the workbook as custom document properties, which Excel shows under File > Info >
// Properties and which both hosts can read and write (Office.js workbook.properties.custom; the file's
// docProps/custom.xml for the CLI). This module holds only the names and the checks of those values.

export interface Signing {
  /** The body above the issuer, e.g. "UBND TỈNH QUẢNG TRỊ". */
  governingBody?: string;
  /** The issuing body, e.g. "SỞ NGOẠI VỤ". */
  issuer?: string;
  /** The place in "Quảng Trị, ngày 05 tháng 12 năm 2026". */
  place?: string;
  /** Number of the report the sheet is attached to, e.g. "125/BC-SNgV". */
  reportNumber?: string;
  /** Its date, ISO "2026-12-05". */
  reportDate?: string;
  /** The names under "NGƯỜI LẬP BIỂU" and "THỦ TRƯỞNG ĐƠN VỊ". */
  preparedBy?: string;
  head?: string;
  /** Where a breakdown table's total row stands: under the header (first) or at the bottom (last, default). */
  totals?: 'first' | 'last';
}

export type SigningField = keyof Signing;

/** The custom document property of each field: stable ASCII names, one text value each. */
export const SIGNING_PROPERTIES: Record<SigningField, string> = {
  governingBody: 'AidLedger.GoverningBody',
  issuer: 'AidLedger.Issuer',
  place: 'AidLedger.Place',
  reportNumber: 'AidLedger.ReportNumber',
  reportDate: 'AidLedger.ReportDate',
  preparedBy: 'AidLedger.PreparedBy',
  head: 'AidLedger.Head',
  totals: 'AidLedger.Totals',
};

export const SIGNING_FIELDS = Object.keys(SIGNING_PROPERTIES) as SigningField[];

/** Excel keeps a custom property's text to 255 characters; longer input is a mistake, not a name. */
const MAX_TEXT = 255;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field's value as given (trimmed), or undefined when blank or unusable (a property is user-editable). */
export function cleanSigningValue(field: SigningField, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (v === '' || v.length > MAX_TEXT) return undefined;
  if (field === 'totals') return v === 'first' || v === 'last' ? v : undefined;
  if (field === 'reportDate') return ISO_DATE.test(v) ? v : undefined;
  return v;
}

/** The signing fields found among a workbook's custom document properties (name → text). */
export function signingFromProperties(props: ReadonlyMap<string, string>): Signing {
  const out: Record<string, string> = {};
  for (const f of SIGNING_FIELDS) {
    const v = cleanSigningValue(f, props.get(SIGNING_PROPERTIES[f]));
    if (v !== undefined) out[f] = v;
  }
  return out as Signing;
}

/** What to remember: the remembered fields overlaid with the ones given now (blank given = keep). */
export function mergeSigning(remembered: Signing, given: Signing): Signing {
  const out: Record<string, string> = {};
  for (const f of SIGNING_FIELDS) {
    const v = cleanSigningValue(f, given[f]) ?? cleanSigningValue(f, remembered[f]);
    if (v !== undefined) out[f] = v;
  }
  return out as Signing;
}

/** Property name → text for every field set. */
export function signingProperties(s: Signing): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of SIGNING_FIELDS) {
    const v = cleanSigningValue(f, s[f]);
    if (v !== undefined) out.set(SIGNING_PROPERTIES[f], v);
  }
  return out;
}
