// Minimal argument parsing: commands take a few flags; a bad flag is a usage error (exit 2).

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string;
  positional: string[];
  flags: Record<string, string | true>;
}

const VALUE_FLAGS = new Set(['kind', 'lang', 'out', 'year', 'period', 'from', 'to', 'currency', 'dir', 'today', 'by', 'hidden',
  // summary: who issues and signs the sheet (signing.ts), and where totals stand
  'governing-body', 'issuer', 'place', 'report-no', 'report-date', 'signer-prepared', 'signer-head', 'totals']);
const BOOL_FLAGS = new Set(['json', 'help', 'paragraph']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (BOOL_FLAGS.has(name)) { flags[name] = true; continue; }
    if (!VALUE_FLAGS.has(name)) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    flags[name] = value;
  }
  return { command, positional, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}
