// AID-C103: a corrupt date cell (an invalid JS Date from a host) is reported, never a crash.
import { validateWorkbook } from '../src/core/validate';
import { registerDef } from '../src/core/schema/registers';
import { TODAY } from './helpers/sample';

test('AID-C103: an invalid Date in a date column is reported at its cell', () => {
  const def = registerDef('aid-disbursements');
  const head = def.columns.map((c) => c.vi);
  const row = def.columns.map((c) => ({ aidId: 'VT-1', date: new Date(NaN), amount: 100, currency: 'USD' } as Record<string, unknown>)[c.key] ?? null);
  const result = validateWorkbook({ sheets: [{ name: 'GN', rows: [head, row as never] }] }, { today: TODAY });
  const col = def.columns.findIndex((c) => c.key === 'date');
  const issue = result.issues.find((i) => i.col === col && i.row === 1);
  expect(issue?.rule).toBe('AID-C103');
});
