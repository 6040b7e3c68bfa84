// Names a host must choose when it applies a SheetPlan: a free sheet name, a free table name and
// unique table column names. Pure, so the ExcelJS writer (CLI) and the Office.js writer (add-in)
// pick exactly the same names for the same workbook.

const SHEET_NAME_MAX = 31;
const TABLE_NAME_MAX = 255;

/** Truncate to `max` UTF-16 units without splitting a surrogate pair. */
function truncateUnits(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = max;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return s.slice(0, cut);
}

/** Excel compares sheet (and table) names case-insensitively. */
function nameKey(name: string): string {
  return name.normalize('NFC').toUpperCase();
}

/** Make `wanted` a legal sheet name. */
function sanitizeSheetName(wanted: string): string {
  let name = Array.from(wanted.normalize('NFC')).filter((ch) => ch.charCodeAt(0) >= 0x20 && !'[]:*?/\\'.includes(ch)).join('').trim();
  // A sheet name may not begin or end with an apostrophe.
  name = name.replace(/^'+/, '').replace(/'+$/, '').trim();
  name = truncateUnits(name, SHEET_NAME_MAX).replace(/'+$/, '').trim();
  return name === '' ? 'Sheet' : name;
}

/**
 * A legal sheet name for `wanted` that no name in `existing` takes (case-insensitive, as Excel compares):
 * "Name", then "Name (2)", "Name (3)"…, all within Excel's 31-character limit and without []:*?/\ .
 */
export function freeSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map(nameKey));
  taken.add('HISTORY'); // reserved by Excel
  const base = sanitizeSheetName(wanted);
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = truncateUnits(base, SHEET_NAME_MAX - suffix.length).replace(/'+$/, '').trimEnd();
    const candidate = `${stem}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** A valid table name (ASCII letters/digits/underscore, starting with a letter) that is free in `taken`. */
export function freeTableName(taken: ReadonlySet<string>, wanted: string): string {
  let base = wanted
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[A-Za-z]/.test(base)) base = `Table_${base}`.replace(/_+$/, '');
  // Names that read as cell references (A1, XFD100, R1C1, R, C) are refused by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `Table_${base}`;
  base = truncateUnits(base, TABLE_NAME_MAX);
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${truncateUnits(base, TABLE_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

/**
 * Table column names as Excel accepts them: no line breaks, none empty ("Cột 3" / "Column3"), and
 * unique case-insensitively ("Vốn", "vốn2"), since a table refuses two columns of the same name.
 */
export function tableColumnNames(headers: readonly string[], lang: 'vi' | 'en'): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = String(h ?? '').replace(/[\r\n]+/g, ' ').trim();
    if (name === '') name = lang === 'vi' ? `Cột ${i + 1}` : `Column${i + 1}`;
    let candidate = name;
    for (let n = 2; seen.has(candidate.toUpperCase()); n++) candidate = `${name}${n}`;
    seen.add(candidate.toUpperCase());
    return candidate;
  });
}
