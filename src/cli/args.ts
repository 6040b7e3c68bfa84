// Argument parsing: each command takes its own flags; an unknown, repeated, empty or conflicting flag
// is a usage error (exit 2, one line), never silently overridden or replaced by a default.
import { CliError } from './messages';

export interface ParsedArgs {
  command: string;
  positional: string[];
  flags: Record<string, string | true>;
}

/** Flags taking a value, with an example for the "needs a value" message. */
const VALUE_FLAGS: Record<string, string> = {
  kind: 'aid', lang: 'vi', out: 'bao-cao.xlsx', year: '2024', period: '2024-H1', from: '2024-01-01', to: '2024-06-30',
  currency: 'USD', dir: 'demo', today: '2024-12-31', by: 'sector,donor', hidden: 'include', pdf: 'bao-cao.pdf',
  // summary: who issues and signs the sheet (signing.ts), and where totals stand
  'governing-body': 'UBND TỈNH QUẢNG TRỊ', issuer: 'SỞ NGOẠI VỤ', place: 'Quảng Trị', 'report-no': '123/BC-SNgV',
  'report-date': '2024-12-31', 'signer-prepared': 'Nguyễn Văn A', 'signer-head': 'Trần Thị B', totals: 'first',
};
const BOOL_FLAGS = new Set(['json', 'force', 'paragraph']);

/** Who issues and signs a summary sheet (signing.ts), and where its totals stand. */
const SIGNING = ['governing-body', 'issuer', 'place', 'report-no', 'report-date', 'signer-prepared', 'signer-head', 'totals'];

/** What each command accepts; `lang` and `today` everywhere. */
const COMMAND_FLAGS: Record<string, readonly string[]> = {
  template: ['kind', 'out', 'force'],
  validate: ['json', 'hidden'],
  summary: ['year', 'period', 'from', 'to', 'currency', 'out', 'pdf', 'force', 'json', 'hidden', 'by', 'paragraph', ...SIGNING],
  consolidate: ['out', 'force', 'year', 'period', 'from', 'to', 'currency', 'hidden', 'by', ...SIGNING],
  demo: ['dir', 'force'],
  help: [],
};
const EVERYWHERE = ['lang', 'today'];

/** Ways of giving the period that exclude each other (the period is given one way). */
const CONFLICTS: readonly (readonly [string, string])[] = [['year', 'period'], ['year', 'from'], ['year', 'to'], ['period', 'from'], ['period', 'to']];

export const COMMANDS = Object.keys(COMMAND_FLAGS);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first = 'help', ...rest] = argv;
  const command = first === '--help' || first === '-h' ? 'help' : first;
  if (!COMMAND_FLAGS[command]) throw new CliError('unknown-command', { value: command });
  const allowed = new Set([...COMMAND_FLAGS[command], ...EVERYWHERE]);
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (optionsEnded || !a.startsWith('--')) { positional.push(a); continue; }
    // "--" ends the options: what follows are files, even when a name starts with "--".
    if (a === '--') { optionsEnded = true; continue; }
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const inline = eq < 0 ? undefined : a.slice(eq + 1);
    if (!allowed.has(name)) throw new CliError('unknown-option', { command, name });
    if (name in flags) throw new CliError('repeated', { name });
    if (BOOL_FLAGS.has(name)) {
      if (inline !== undefined) throw new CliError('no-value', { name, value: inline });
      flags[name] = true;
      continue;
    }
    const example = VALUE_FLAGS[name];
    let value = inline;
    if (value === undefined) {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--')) throw new CliError('needs-value', { name, example });
      value = next;
      i++;
    }
    if (value.trim() === '') throw new CliError('empty-value', { name, example });
    flags[name] = value;
  }
  for (const [a, b] of CONFLICTS) if (a in flags && b in flags) throw new CliError('conflict', { a, b });
  return { command, positional, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError('one-of', { name, allowed: allowed.join(', '), value });
}

/**
 * The --lang the user asked for, read before anything else so that even a usage error is said in it;
 * undefined when absent, given twice or not vi/en (the error then comes in the system's language).
 */
export function askedLang(argv: readonly string[]): 'vi' | 'en' | undefined {
  const found: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--lang') found.push(argv[i + 1] ?? '');
    else if (a.startsWith('--lang=')) found.push(a.slice(7));
  }
  return found.length === 1 && (found[0] === 'vi' || found[0] === 'en') ? found[0] : undefined;
}
