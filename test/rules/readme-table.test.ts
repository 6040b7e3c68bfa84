// The README's rule table is the users' reference: it lists exactly the rule modules, each with the
// id, name, severity, needs and titles its module declares, in the modules' order.
import * as fs from 'fs';
import * as path from 'path';
import { RULE_MODULES } from '../../src/core/rules';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

function ruleTable(): string[][] {
  const lines = readme.split('\n');
  const start = lines.indexOf('| id | name | severity | needs | English | Tiếng Việt |');
  expect(start).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    rows.push(lines[i].split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

test('the README rule table lists exactly the rule modules, as they declare themselves', () => {
  expect(ruleTable()).toEqual(RULE_MODULES.map((r) => [r.id, r.name, r.severity, r.needs, r.titleEn, r.titleVi]));
});
