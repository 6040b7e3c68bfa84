// The summary's signing options on the command line (--issuer, --governing-body, --place, --report-no,
// --report-date, --signer-prepared, --signer-head, --totals) and the file they are remembered in: the
// options given now, over the ones the input workbook remembers (its custom document properties), go
// into the summary and into the written file, so the next run needs none of them again.
import { flag, oneOf, type ParsedArgs } from './args';
import { CliError } from './messages';
import { mergeSigning, signingFromProperties, signingProperties, type Signing } from '../core/plan/summary';
import { customPartWith, customTextProperties } from '../excel/exceljs/documentProperties';
import { customPartOf } from '../excel/xlsx/graft';
import { withFileSource } from '../excel/xlsx/node';

/** Option name → signing field. */
export const SIGNING_FLAGS = {
  'governing-body': 'governingBody',
  issuer: 'issuer',
  place: 'place',
  'report-no': 'reportNumber',
  'report-date': 'reportDate',
  'signer-prepared': 'preparedBy',
  'signer-head': 'head',
} as const;

export function signingFromFlags(args: ParsedArgs): Signing {
  const out: Signing = {};
  for (const [name, field] of Object.entries(SIGNING_FLAGS)) {
    const v = flag(args, name);
    if (v !== undefined) out[field] = v;
  }
  if (out.reportDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(out.reportDate)) {
    throw new CliError('bad-report-date', { value: out.reportDate });
  }
  const totals = flag(args, 'totals');
  if (totals !== undefined) out.totals = oneOf(totals, ['first', 'last'] as const, 'totals', 'last');
  return out;
}

/** What the input file remembers, with the options given now over it; and the file's custom part (read alone, not the whole file). */
export async function rememberedSigning(file: string, given: Signing): Promise<{ signing: Signing; part: string }> {
  const part = await withFileSource(file, customPartOf);
  return { signing: mergeSigning(signingFromProperties(customTextProperties(part)), given), part };
}

/** The custom properties part with the signing options remembered among the file's own (`part`). */
export function signedPart(part: string, signing: Signing): string {
  return customPartWith(part, signingProperties(signing));
}
