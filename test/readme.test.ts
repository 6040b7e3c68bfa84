// The README is the users' reference: it must name every rule and every register column.
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS } from '../src/core/rules/catalog';
import { REGISTERS } from '../src/core/schema/registers';
import { AID_FUNCTIONS } from '../src/functions/registry';

const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it.each(RULE_IDS)('documents rule %s', (id) => {
    expect(readme).toContain(`| ${id} |`);
  });
  it('documents every column of every register with both labels', () => {
    for (const r of REGISTERS) for (const c of r.columns) expect(readme).toContain(`| ${c.vi} | ${c.en} |`);
  });
  it.each(AID_FUNCTIONS.map((f) => [f.name, f]))('documents AID.%s with its parameters', (_name, f) => {
    const params = f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
    expect(readme).toContain(`| \`AID.${f.name}(${params})\` |`);
  });
  it('gives the quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
