// AID-C103: a corrupt date cell (an invalid JS Date from a host) is reported, never a crash.
import { validateWorkbook } from '../src/core/validate';
import { registerDef } from '../src/core/schema/registers';
import { headerOf, rowOf } from './helpers/registerRows';
import { TODAY } from './helpers/sample';

test('AID-C103: an invalid Date in a date column is reported at its cell', () => {
  const def = registerDef('aid-disbursements');
  const head = headerOf('aid-disbursements');
  const row = rowOf<unknown>('aid-disbursements', { aidId: 'VT-1', date: new Date(NaN), amount: 100, currency: 'USD' });
  const result = validateWorkbook({ sheets: [{ name: 'GN', rows: [head, row as never] }] }, { today: TODAY });
  const col = def.columns.findIndex((c) => c.key === 'date');
  const issue = result.issues.find((i) => i.col === col && i.row === 1);
  expect(issue?.rule).toBe('AID-C103');
});
