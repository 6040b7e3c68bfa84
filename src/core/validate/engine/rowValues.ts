// Each parsed row's `v`: every key of the register in its column order, built in one go from the
// row's values gathered in that order. V8 builds an object literal fastest, and can allocate
// long-lived ones straight into the old generation, which matters when every row's object outlives
// the run; so the registers we ship have literal factories, each checked against the schema before
// use. Any other register shape copies a template and stores into it, one spread site per kind: a
// template built in one go (fromEntries; one grown key by key copies through the slow runtime
// path), and few shapes per site (a site shared by every register goes megamorphic, slower).
import type { ParsedValue } from '../../model';
import { REGISTER_KINDS, type RegisterDef } from '../../schema/registers';

type Values = Record<string, ParsedValue>;
type Gathered = readonly ParsedValue[];
export type ValuesMaker = (a: Gathered) => Values;

const LITERALS: Record<string, ValuesMaker> = {
  'aid-projects': (a) => ({
    aidId: a[0], title: a[1], form: a[2], source: a[3], donor: a[4], donorCountry: a[5], sector: a[6], province: a[7], commune: a[8], recipient: a[9],
    agency: a[10], decision: a[11], approvalDate: a[12], startDate: a[13], endDate: a[14], currency: a[15], committed: a[16], disbursedToDate: a[17],
    status: a[18], notes: a[19], counterpart: a[20],
  }),
  'aid-disbursements': (a) => ({ aidId: a[0], date: a[1], amount: a[2], currency: a[3], notes: a[4] }),
  'fdi-projects': (a) => ({
    projectCode: a[0], name: a[1], investor: a[2], country: a[3], certDate: a[4], sector: a[5], province: a[6], location: a[7],
    registered: a[8], employees: a[9], status: a[10], terminationDate: a[11],
  }),
  'fdi-capital-changes': (a) => ({ projectCode: a[0], date: a[1], kind: a[2], amount: a[3], country: a[4] }),
  'fdi-implemented': (a) => ({ projectCode: a[0], period: a[1], amount: a[2] }),
  'exchange-rates': (a) => ({ currency: a[0], validFrom: a[1], rateUsd: a[2], rateVnd: a[3] }),
};

/** The literal factory of a register, when it still builds exactly the register's keys, in order. */
export function shippedLiteral(def: RegisterDef): ValuesMaker | null {
  const literal = LITERALS[def.kind];
  if (!literal) return null;
  const probe = def.columns.map((_, k) => k);
  const entries = Object.entries(literal(probe));
  const ok = entries.length === def.columns.length && def.columns.every((c, k) => entries[k][0] === c.key && entries[k][1] === k);
  return ok ? literal : null;
}

const templates = new WeakMap<RegisterDef, Values>();

function copy(site: number, t: Values): Values {
  switch (site) {
    case 0: return { ...t };
    case 1: return { ...t };
    case 2: return { ...t };
    case 3: return { ...t };
    case 4: return { ...t };
    case 5: return { ...t };
    default: return { ...t };
  }
}

const makers = new WeakMap<RegisterDef, ValuesMaker>();

/** The row-values factory of a register, worked out once per definition (AID.CHECK asks per call). */
export function valuesMaker(def: RegisterDef): ValuesMaker {
  let maker = makers.get(def);
  if (!maker) makers.set(def, maker = newValuesMaker(def));
  return maker;
}

function newValuesMaker(def: RegisterDef): ValuesMaker {
  const literal = shippedLiteral(def);
  if (literal) return literal;
  let template = templates.get(def);
  if (!template) {
    template = Object.fromEntries(def.columns.map((c) => [c.key, null])) as Values;
    templates.set(def, template);
  }
  const t = template;
  const keys = def.columns.map((c) => c.key);
  const site = REGISTER_KINDS.indexOf(def.kind);
  return (a) => {
    const v = copy(site, t);
    for (let k = 0; k < keys.length; k++) if (a[k] !== null) v[keys[k]] = a[k];
    return v;
  };
}
