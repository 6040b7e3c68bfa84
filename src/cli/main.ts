// aidledger: the command-line host of the engine. Reads workbooks through one function (load.ts), never
// writes an input, and writes its own files only through safeWrite.ts. Every failure is one line.
import ExcelJS from 'exceljs';
import { askedLang, flag, oneOf, parseArgs, type ParsedArgs } from './args';
import { runDemo } from './demo';
import { expandTargets, namesMany } from './files';
import { isOneLine, loadWorkbook, type Loaded } from './load';
import { addToTotals, emptyTotals, exitOf, fileLine, filesHeading, manySummaryWarnings, perFileText, summaryFileJson, rowsByKind, sharedIds, totalsText, errorsOf, type FileOutcome } from './many';
import { CliError, systemLang, type MessageCode } from './messages';
import { lines, printSummary, printValidation, skippedLines, summaryJson, validationJson } from './report';
import { checkTarget, writeSafely } from './safeWrite';
import { visible } from './visible';
import { validateWorkbook } from '../core/validate';
import { parsePeriod, PeriodError, summarise } from '../core/summary';
import { BREAKDOWNS, DATA_LOCALE, summaryOf, type Breakdown } from '../core/summary/request';
import { summaryParagraph, summaryPlan } from '../core/plan/summary';
import { templatePlans } from '../core/plan/templatePlan';
import type { EngineOptions, HiddenPolicy, Lang, ParsedTable } from '../core/model';
import { isoToDay } from '../core/parse/date';
import { writePlan } from '../excel/exceljs/writePlan';
import { NoLibreOffice, summaryPdf } from './pdf';
import { libreOfficeStatus } from './libreoffice';
import { runConsolidate } from './consolidate';
import { rememberedSigning, signedPart, signingFromFlags } from './signing';
import { writeSummaryOut } from './summaryOut';

const HELP = {
  en: `aidledger: check and summarise foreign-aid and FDI registers in .xlsx workbooks

  aidledger template --kind aid|fdi --out FILE.xlsx [--force] [--lang vi|en]
  aidledger validate FILES… [--json] [--lang vi|en] [--hidden skip-sheets|include]
  aidledger summary FILES… [--year 2022 | --period 2024-H1 | --from D --to D]
                    [--currency USD|VND] [--out REPORT.xlsx [--force]] [--json] [--lang vi|en]
                    [--hidden skip-sheets|include]   (hidden sheets: listed, not counted | counted)
                    [--by sector,donor,donorCountry,province,country,vsic]   (tables in --out; default all)
                    [--pdf REPORT.pdf]   (the summary sheet printed by LibreOffice)
                    [--paragraph]   (print the report paragraph instead of the figures)
                    [--governing-body TEXT] [--issuer TEXT] [--place TEXT] [--report-no TEXT]
                    [--report-date YYYY-MM-DD] [--signer-prepared NAME] [--signer-head NAME]
                    [--totals first|last]   (the sheet's title and signature block; remembered in --out)
  aidledger consolidate FILES… --out PROVINCE.xlsx [--force] [--year … | --period … | --from D --to D]
                    [--currency USD|VND] [--by …] [--lang vi|en] [--hidden skip-sheets|include]
  aidledger demo [--dir demo] [--force] [--lang vi|en]

FILES: .xlsx files, folders (their .xlsx/.xlsm files, subfolders included, hidden ones not) and
patterns such as *.xlsx. An existing --out file is replaced only with --force; an input never.
--lang: default from the system locale (LC_ALL, LC_MESSAGES, LANG: "vi…" gives Vietnamese).
Exit codes: 0 no error found, 1 errors found, 2 wrong arguments or a file not read or not written.`,
  vi: `aidledger: kiểm tra và tổng hợp sổ viện trợ, FDI trong tệp .xlsx

  aidledger template --kind aid|fdi --out TỆP.xlsx [--force] [--lang vi|en]
  aidledger validate TỆP… [--json] [--lang vi|en] [--hidden skip-sheets|include]
  aidledger summary TỆP… [--year 2022 | --period 2024-H1 | --from NGÀY --to NGÀY]
                    [--currency USD|VND] [--out BAO-CAO.xlsx [--force]] [--json] [--lang vi|en]
                    [--hidden skip-sheets|include]   (trang ẩn: chỉ liệt kê | vẫn tính)
                    [--by sector,donor,donorCountry,province,country,vsic]   (các bảng trong --out)
                    [--pdf BAO-CAO.pdf]   (in trang tổng hợp bằng LibreOffice)
  aidledger consolidate TỆP… --out TINH.xlsx [--force] [--year … | --period … | --from NGÀY --to NGÀY]
                    [--currency USD|VND] [--by …] [--lang vi|en] [--hidden skip-sheets|include]
  aidledger demo [--dir demo] [--force] [--lang vi|en]

TỆP: tệp .xlsx, thư mục (các tệp .xlsx/.xlsm trong đó, kể cả thư mục con, trừ thư mục ẩn) và mẫu như
*.xlsx. Tệp --out đã có chỉ bị thay khi có --force; tệp đầu vào không bao giờ bị ghi.
--lang: mặc định theo ngôn ngữ hệ thống (LC_ALL, LC_MESSAGES, LANG bắt đầu bằng "vi": tiếng Việt).
Mã thoát: 0 không có lỗi, 1 có lỗi, 2 sai tham số hoặc có tệp không đọc, không ghi được.`,
} as const;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The environment the language is read from (default: the process's). */
  env?: NodeJS.ProcessEnv;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const lang = askedLang(argv) ?? systemLang(io.env ?? process.env);
  try {
    const args = parseArgs(argv);
    const l = oneOf(flag(args, 'lang'), ['vi', 'en'] as const, 'lang', lang);
    switch (args.command) {
      case 'template': return await cmdTemplate(args, l, io);
      case 'validate': return await cmdValidate(args, l, io);
      case 'summary': return await cmdSummary(args, l, io);
      case 'consolidate': return await cmdConsolidate(args, l, io);
      case 'demo': return await runDemo({ dir: flag(args, 'dir') ?? 'demo', lang: l, today: today(args), force: args.flags.force === true }, io);
      default:
        io.out(`${HELP[l]}\n`);
        return 0;
    }
  } catch (e) {
    io.err(`aidledger: ${oneLine(e, lang)}\n`);
    return 2;
  }
}

/** What any failure says, in one line: ours and the reader's in words; anything else without its stack. */
function oneLine(e: unknown, lang: Lang): string {
  if (e instanceof PeriodError) return new CliError(`period-${e.code}` as MessageCode, { value: e.value }).text(lang);
  if (isOneLine(e)) return e.text(lang);
  const first = e instanceof Error ? e.message.split('\n', 1)[0] : String(e);
  return lang === 'vi' ? `lỗi không lường trước (${visible(first)}): hãy báo cho bộ phận hỗ trợ` : `unexpected failure (${visible(first)}): please report it`;
}

/**
 * Standard output and error, closed early or not: when the reader of a pipe goes away (`| head`),
 * the rest of the output is dropped quietly and the run ends as it would have (writes included).
 */
function processIo(): Io {
  let outClosed = false;
  let errClosed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') outClosed = true; else throw e; });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') errClosed = true; else throw e; });
  return {
    out: (s) => { if (!outClosed) process.stdout.write(s); },
    err: (s) => { if (!errClosed) process.stderr.write(s); },
  };
}

/** --hidden: hidden sheets are listed but not counted (default), or counted like the others. */
function hidden(args: ParsedArgs): HiddenPolicy {
  return oneOf(flag(args, 'hidden'), ['skip-sheets', 'include'] as const, 'hidden', 'skip-sheets');
}

/** --today YYYY-MM-DD pins "today" for reproducible runs (tests, demo). */
function today(args: ParsedArgs): number | undefined {
  const t = flag(args, 'today');
  if (t === undefined) return undefined;
  try { return isoToDay(t); } catch { throw new CliError('bad-today', { value: t }); }
}

function checkOutName(out: string | undefined): string {
  if (out === undefined) throw new CliError('out-required');
  if (!/\.xlsx$/i.test(out)) throw new CliError('out-not-xlsx', { file: out });
  return out;
}

async function cmdTemplate(args: ParsedArgs, l: Lang, io: Io): Promise<number> {
  if (!flag(args, 'kind')) throw new CliError('kind-required');
  const kind = oneOf(flag(args, 'kind'), ['aid', 'fdi'] as const, 'kind', 'aid');
  const out = checkOutName(flag(args, 'out'));
  const force = args.flags.force === true;
  checkTarget(out, [], force);
  const wb = new ExcelJS.Workbook();
  for (const plan of templatePlans(kind, l)) writePlan(wb, plan, { lang: l });
  await writeSafely(out, [], force, (s) => wb.xlsx.write(s).then(() => undefined));
  io.out(lines([out]));
  return 0;
}

function engineOptions(args: ParsedArgs, l: Lang): EngineOptions {
  return { lang: l, locale: DATA_LOCALE, today: today(args), hidden: hidden(args) };
}

async function cmdValidate(args: ParsedArgs, l: Lang, io: Io): Promise<number> {
  const files = args.positional;
  if (files.length === 0) throw new CliError('missing-files');
  const opts = engineOptions(args, l);
  if (!namesMany(files)) {
    const { input } = await loadWorkbook(files[0]);
    const result = validateWorkbook(input, opts);
    if (args.flags.json) io.out(`${JSON.stringify(validationJson(files[0], result))}\n`);
    else io.out(printValidation(files[0], result, l));
    return errorsOf(result) > 0 ? 1 : 0;
  }
  // Several files: one at a time, each dropped once reported, so memory holds one workbook at a time.
  const targets = expandTargets(files);
  const totals = emptyTotals();
  if (args.flags.json) io.out('{"files":[');
  else io.out(filesHeading(targets.length, l));
  let first = true;
  for (const target of targets) {
    const outcome = await outcomeOf(target, (input) => validateWorkbook(input, opts));
    addToTotals(totals, outcome);
    if ('problem' in outcome) io.err(`aidledger: ${outcome.problem.text(l)}\n`);
    if (args.flags.json) {
      const doc = 'problem' in outcome
        ? { file: outcome.file, error: { code: outcome.problem.code, message: outcome.problem.text(l) } }
        : validationJson(outcome.file, outcome.result);
      io.out(`${first ? '' : ','}${JSON.stringify(doc)}`);
      first = false;
    } else io.out(fileLine(outcome, l));
  }
  if (args.flags.json) io.out(`],"totals":${JSON.stringify({ ...totals, exitCode: exitOf(totals) })}}\n`);
  else io.out(totalsText(totals, l));
  return exitOf(totals);
}

/** Reads one target and validates it, or says why it could not be read. */
async function outcomeOf(target: ReturnType<typeof expandTargets>[number], validate: (input: Loaded['input']) => ReturnType<typeof validateWorkbook>): Promise<FileOutcome> {
  if ('problem' in target) return { file: target.file, problem: target.problem };
  try {
    const { input } = await loadWorkbook(target.file);
    return { file: target.file, result: validate(input) };
  } catch (e) {
    if (isOneLine(e)) return { file: target.file, problem: e };
    return { file: target.file, problem: new CliError('unexpected', { file: target.file }) };
  }
}

/** --by sector,donor: the breakdown tables of the summary sheet, in the sheet's own order. */
function breakdowns(value: string | undefined): Breakdown[] | undefined {
  if (value === undefined) return undefined;
  const asked = value.split(',').map((x) => x.trim()).filter(Boolean);
  const wrong = asked.filter((x) => !(BREAKDOWNS as readonly string[]).includes(x));
  if (wrong.length > 0 || asked.length === 0) throw new CliError('bad-by', { allowed: BREAKDOWNS.join(', '), value });
  return BREAKDOWNS.filter((b) => asked.includes(b));
}

async function cmdSummary(args: ParsedArgs, l: Lang, io: Io): Promise<number> {
  const files = args.positional;
  if (files.length === 0) throw new CliError('missing-files');
  const currency = oneOf(flag(args, 'currency'), ['USD', 'VND'] as const, 'currency', 'USD');
  const t = today(args);
  const by = breakdowns(flag(args, 'by'));
  const given = signingFromFlags(args);
  const spec = { year: flag(args, 'year'), period: flag(args, 'period'), from: flag(args, 'from'), to: flag(args, 'to') };
  const period = parsePeriod(spec, t); // a bad period is a usage error, reported before any file is read
  const force = args.flags.force === true;
  const outArg = flag(args, 'out');
  const many = namesMany(files);
  if (outArg !== undefined && many) throw new CliError('out-many');
  const out = outArg === undefined ? undefined : checkOutName(outArg);
  const pdf = flag(args, 'pdf');
  if (pdf !== undefined && many) throw new CliError('out-many');
  if (pdf !== undefined && !/\.pdf$/i.test(pdf)) throw new CliError('pdf-not-pdf', { file: pdf });
  if (pdf !== undefined && !libreOfficeStatus().available) throw new CliError('no-libreoffice', { why: libreOfficeStatus().reason ?? '' });
  if (!many) {
    const file = files[0];
    // The targets are refused before the (long) read when they exist or are the input.
    if (out) checkTarget(out, [file], force);
    if (pdf) checkTarget(pdf, [file], force);
    const loaded = await loadWorkbook(file);
    const { result, summary } = summaryOf(loaded.input, { ...spec, currency, lang: l, today: t, hidden: hidden(args) });
    if (args.flags.json) io.out(`${JSON.stringify(summaryJson(summary))}\n`);
    else if (args.flags.paragraph) io.out(`${summaryParagraph(summary, l)}\n`);
    else {
      io.out(printSummary(summary, l));
      const skipped = skippedLines(result, l);
      if (skipped.length > 0) io.out(`\n${lines(skipped)}`);
    }
    // What the input remembers of who issues and signs the sheet, with the options given now over it.
    const { signing, part } = out || pdf ? await rememberedSigning(file, given) : { signing: given, part: '' };
    const plan = out || pdf ? summaryPlan(summary, result, loaded.input, { lang: l, today: t, breakdowns: by, signing }) : undefined;
    if (pdf && plan) {
      let bytes: Uint8Array;
      try {
        bytes = await summaryPdf(plan, l);
      } catch (e) {
        if (e instanceof NoLibreOffice) throw new CliError('no-libreoffice', { why: e.message });
        throw e;
      }
      await writeSafely(pdf, [file], force, bytes);
      if (!args.flags.json) io.out(`\n${lines([`${l === 'vi' ? 'Đã ghi' : 'Wrote'} ${pdf}`])}`);
    }
    if (out && plan) {
      const { sheet } = await writeSummaryOut(file, out, force, plan, l, signedPart(part, signing));
      if (!args.flags.json) io.out(`\n${lines([`${l === 'vi' ? 'Đã ghi' : 'Wrote'} ${out} (${sheet})`])}`);
    }
    return 0;
  }
  // Several files: each validated on its own (its issues are its own), their registers summarised together.
  const opts = engineOptions(args, l);
  const outcomes: FileOutcome[] = [];
  const perFile: { file: string; tables: ParsedTable[]; rows: Record<string, number>; errors: number }[] = [];
  const totals = emptyTotals();
  for (const target of expandTargets(files)) {
    const outcome = await outcomeOf(target, (input) => validateWorkbook(input, opts));
    outcomes.push(outcome);
    addToTotals(totals, outcome);
    if ('problem' in outcome) { io.err(`aidledger: ${outcome.problem.text(l)}\n`); continue; }
    perFile.push({ file: outcome.file, tables: outcome.result.tables, rows: rowsByKind(outcome.result.tables), errors: errorsOf(outcome.result) });
  }
  const all: ParsedTable[] = [];
  for (const f of perFile) for (const tb of f.tables) all.push(tb);
  const summary = summarise(all, { period, currency });
  const shared = sharedIds(perFile);
  if (args.flags.json) {
    const filesJson = outcomes.map((o) => ('problem' in o
      ? { file: o.file, error: { code: o.problem.code, message: o.problem.text(l) } }
      : summaryFileJson(o.file, o.result)));
    io.out(`${JSON.stringify({ files: filesJson, sharedIds: shared, ...summaryJson(summary) })}\n`);
  } else {
    const warnings = manySummaryWarnings(outcomes, shared, l);
    if (warnings.length > 0) io.out(lines(warnings));
    if (args.flags.paragraph) {
      io.out(`${summaryParagraph(summary, l)}\n`);
      return exitOf({ ...totals, errors: 0 });
    }
    io.out(printSummary(summary, l));
    io.out(perFileText(perFile, l));
    for (const o of outcomes) {
      if ('problem' in o) continue;
      const skipped = skippedLines(o.result, l);
      if (skipped.length > 0) io.out(lines([`${o.file}:`, ...skipped]));
    }
  }
  return exitOf({ ...totals, errors: 0 });
}

async function cmdConsolidate(args: ParsedArgs, l: Lang, io: Io): Promise<number> {
  const files = args.positional;
  if (files.length === 0) throw new CliError('missing-files');
  const out = checkOutName(flag(args, 'out'));
  const force = args.flags.force === true;
  const t = today(args);
  const period = { year: flag(args, 'year'), period: flag(args, 'period'), from: flag(args, 'from'), to: flag(args, 'to') };
  parsePeriod(period, t); // a bad period is a usage error, reported before any file is read
  const targets = expandTargets(files);
  const inputs = targets.map((x) => x.file);
  checkTarget(out, inputs, force);
  const signing = signingFromFlags(args);
  const { errors, unreadable } = await runConsolidate({
    targets: targets.map((x) => ('problem' in x ? { file: x.file, problem: x.problem.text(l) } : { file: x.file })),
    out, lang: l, today: t, hidden: hidden(args), period,
    currency: oneOf(flag(args, 'currency'), ['USD', 'VND'] as const, 'currency', 'USD'),
    breakdowns: breakdowns(flag(args, 'by')),
    signing,
    load: loadWorkbook,
    describe: (e, file) => (isOneLine(e) ? e.text(l) : new CliError('unexpected', { file }).text(l)),
    write: (file, bytes) => writeSafely(file, inputs, force, bytes),
  }, io.out);
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
}
