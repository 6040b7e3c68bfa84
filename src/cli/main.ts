// aidledger: the command-line host of the engine. Reads .xlsx with ExcelJS, never writes the input.
import * as fs from 'fs';
import * as path from 'path';
import { flag, oneOf, parseArgs, UsageError, type ParsedArgs } from './args';
import { runDemo } from './demo';
import { printSummary, printValidation, skippedLines, summaryJson, validationJson } from './report';
import { validateWorkbook } from '../core/validate';
import { parsePeriod, PeriodError } from '../core/summary/period';
import { BREAKDOWNS, DATA_LOCALE, summaryOf, type Breakdown } from '../core/summary/request';
import { summaryParagraph, summaryPlan } from '../core/plan/summary';
import { rememberedSigning, signingFromFlags, writeWithSigning } from './signing';
import { templatePlans } from '../core/plan/templatePlan';
import type { HiddenPolicy, Lang } from '../core/model';
import { isoToDay } from '../core/parse/date';
import { readWorkbookFile } from '../excel/exceljs/readWorkbook';
import ExcelJS from 'exceljs';
import { writePlan } from '../excel/exceljs/writePlan';

const HELP = `aidledger: check and summarise foreign-aid and FDI registers in .xlsx workbooks

  aidledger template --kind aid|fdi [--lang vi|en] --out FILE.xlsx
  aidledger validate FILE.xlsx [--json] [--lang vi|en] [--hidden skip-sheets|include]
  aidledger summary FILE.xlsx [--year 2022 | --period 2024-H1 | --from D --to D]
                    [--currency USD|VND] [--out REPORT.xlsx] [--json] [--lang vi|en]
                    [--hidden skip-sheets|include]   (hidden sheets: listed, not counted | counted)
                    [--by sector,donor,donorCountry,province,country,vsic]   (tables in --out; default all)
                    [--paragraph]   (print the report paragraph instead of the figures)
                    [--governing-body TEXT] [--issuer TEXT] [--place TEXT] [--report-no TEXT]
                    [--report-date YYYY-MM-DD] [--signer-prepared NAME] [--signer-head NAME]
                    [--totals first|last]   (the sheet's title and signature block; remembered in --out)
  aidledger demo [--dir demo] [--lang vi|en]

Exit codes: 0 no error found, 1 errors found, 2 unreadable file or wrong arguments.`;

class InputError extends Error {}

type Out = { out: (s: string) => void; err: (s: string) => void };
const stdio: Out = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export async function main(argv: readonly string[], io: Out = stdio): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'template': return await cmdTemplate(args, io);
      case 'validate': return await cmdValidate(args, io);
      case 'summary': return await cmdSummary(args, io);
      case 'demo': return await runDemo({ dir: flag(args, 'dir') ?? 'demo', lang: lang(args), today: today(args) }, io);
      case 'help': case '--help': case '-h':
        io.out(`${HELP}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof PeriodError) {
      io.err(`aidledger: ${e.message}\n`);
      if (e instanceof UsageError) io.err('Run "aidledger help" for usage.\n');
      return 2;
    }
    io.err(`aidledger: unexpected failure: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

function lang(args: ParsedArgs): Lang {
  return oneOf(flag(args, 'lang'), ['vi', 'en'] as const, 'lang', 'vi');
}

/** --hidden: hidden sheets are listed but not counted (default), or counted like the others. */
function hidden(args: ParsedArgs): HiddenPolicy {
  return oneOf(flag(args, 'hidden'), ['skip-sheets', 'include'] as const, 'hidden', 'skip-sheets');
}

/** --today YYYY-MM-DD pins "today" for reproducible runs (tests, demo). */
function today(args: ParsedArgs): number | undefined {
  const t = flag(args, 'today');
  if (t === undefined) return undefined;
  try { return isoToDay(t); } catch { throw new UsageError(`--today must be YYYY-MM-DD (got "${t}")`); }
}

async function load(file: string | undefined) {
  if (!file) throw new UsageError('missing FILE.xlsx');
  if (!fs.existsSync(file)) throw new InputError(`cannot read "${file}": no such file`);
  try {
    return await readWorkbookFile(file);
  } catch (e) {
    throw new InputError(`cannot read "${file}" as an .xlsx workbook (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
}

function checkOut(out: string | undefined, input?: string): string {
  if (!out) throw new UsageError('--out FILE.xlsx is required');
  if (!/\.xlsx$/i.test(out)) throw new UsageError('--out must name an .xlsx file');
  if (input && path.resolve(out) === path.resolve(input)) throw new UsageError('--out must differ from the input file: the input is never written');
  return out;
}

async function cmdTemplate(args: ParsedArgs, io: Out): Promise<number> {
  const kind = oneOf(flag(args, 'kind'), ['aid', 'fdi'] as const, 'kind', 'aid');
  if (!flag(args, 'kind')) throw new UsageError('--kind aid|fdi is required');
  const out = checkOut(flag(args, 'out'));
  const wb = new ExcelJS.Workbook();
  for (const plan of templatePlans(kind, lang(args))) writePlan(wb, plan, { lang: lang(args) });
  await wb.xlsx.writeFile(out);
  io.out(`${out}\n`);
  return 0;
}

async function cmdValidate(args: ParsedArgs, io: Out): Promise<number> {
  const file = args.positional[0];
  const l = lang(args);
  const { input } = await load(file);
  const result = validateWorkbook(input, { lang: l, locale: DATA_LOCALE, today: today(args), hidden: hidden(args) });
  if (args.flags.json) io.out(`${JSON.stringify(validationJson(file, result))}\n`);
  else io.out(printValidation(file, result, l));
  return result.issues.some((i) => i.severity === 'error') ? 1 : 0;
}

/** --by sector,donor: the breakdown tables of the summary sheet, in the sheet's own order. */
function breakdowns(value: string | undefined): Breakdown[] | undefined {
  if (value === undefined) return undefined;
  const asked = value.split(',').map((x) => x.trim()).filter(Boolean);
  const wrong = asked.filter((x) => !(BREAKDOWNS as readonly string[]).includes(x));
  if (wrong.length > 0 || asked.length === 0) throw new UsageError(`--by takes a comma list of ${BREAKDOWNS.join(', ')} (got "${value}")`);
  return BREAKDOWNS.filter((b) => asked.includes(b));
}

async function cmdSummary(args: ParsedArgs, io: Out): Promise<number> {
  const file = args.positional[0];
  const l = lang(args);
  const currency = oneOf(flag(args, 'currency'), ['USD', 'VND'] as const, 'currency', 'USD');
  const out = flag(args, 'out') !== undefined ? checkOut(flag(args, 'out'), file) : undefined;
  const t = today(args);
  const by = breakdowns(flag(args, 'by'));
  const given = signingFromFlags(args);
  const spec = { year: flag(args, 'year'), period: flag(args, 'period'), from: flag(args, 'from'), to: flag(args, 'to') };
  parsePeriod(spec, t); // a bad period is a usage error, reported before the file is read
  const { workbook, input } = await load(file);
  const { result, summary } = summaryOf(input, { ...spec, currency, lang: l, today: t, hidden: hidden(args) });
  if (args.flags.json) io.out(`${JSON.stringify(summaryJson(summary))}\n`);
  else if (args.flags.paragraph) io.out(`${summaryParagraph(summary, l)}\n`);
  else {
    io.out(printSummary(summary, l));
    const skipped = skippedLines(result, l);
    if (skipped.length > 0) io.out(`\n${skipped.join('\n')}\n`);
  }
  if (out) {
    const { signing, part } = await rememberedSigning(file, given);
    const plan = summaryPlan(summary, result, input, { lang: l, today: t, breakdowns: by, signing });
    const name = writePlan(workbook, plan, { lang: l });
    await writeWithSigning(workbook, out, part, signing);
    if (!args.flags.json) io.out(`\n${l === 'vi' ? 'Đã ghi' : 'Wrote'} ${out} (${name})\n`);
  }
  return 0;
}
