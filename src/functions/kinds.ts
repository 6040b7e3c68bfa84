// The register a function argument names: our kind ids, or the short words people type.
import { fold } from '../core/base/text';
import { REGISTER_KINDS, type RegisterKind } from '../core/schema/registers';
import type { FnEnv } from './env';
import { fail } from './errors';
import { isBlankCell, scalarArg } from './matrix';

const ALIASES: Record<string, RegisterKind> = {
  aid: 'aid-projects', 'vien tro': 'aid-projects', 'du an vien tro': 'aid-projects', projects: 'aid-projects',
  disbursements: 'aid-disbursements', 'giai ngan': 'aid-disbursements',
  fdi: 'fdi-projects', 'du an fdi': 'fdi-projects',
  changes: 'fdi-capital-changes', 'dieu chinh': 'fdi-capital-changes',
  implemented: 'fdi-implemented', 'von thuc hien': 'fdi-implemented',
  rates: 'exchange-rates', 'ty gia': 'exchange-rates',
};

export function kindArg(arg: unknown, env: FnEnv): RegisterKind | null {
  const v = scalarArg(arg, 'kind', env.lang);
  if (isBlankCell(v)) return null;
  const s = String(v).trim().toLowerCase();
  const direct = REGISTER_KINDS.find((k) => k === s);
  const hit = direct ?? ALIASES[fold(s)];
  if (hit) return hit;
  return fail(env.lang, 'value', 'bad-option', { name: 'kind', value: String(v), allowed: REGISTER_KINDS.join(', ') });
}
