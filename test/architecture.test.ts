// The floors of the engine (docs/ARCHITECTURE.md): each folder of src/core imports only folders on
// its own floor or below, so knowledge has one home and data never climbs back up. The hosts' rules
// (core imports no host; the two writers never import each other) are ESLint's (eslint.config.mjs).
import * as fs from 'fs';
import * as path from 'path';

const CORE = path.join(__dirname, '..', 'src', 'core');

/** Lowest first. Folders on one floor may not import each other either. */
const FLOORS: readonly (readonly string[])[] = [
  ['schema'],
  ['model'],
  ['base'],
  ['codes'],
  ['vocab'],
  ['i18n', 'parse'],
  ['rates'],
  ['rules'],
  ['detect'],
  ['validate'],
  ['summary'],
  ['consolidate'],
  ['plan'],
];
const floorOf = new Map<string, number>(FLOORS.flatMap((names, i) => names.map((n) => [n, i] as [string, number])));

/** src/core/x/y.ts → "x"; src/core/model.ts → "model". */
const folderOf = (file: string): string => path.relative(CORE, file).split(path.sep)[0].replace(/\.ts$/, '');

function coreFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? coreFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every relative import of the core, as [from folder, to folder, file]. */
function imports(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const file of coreFiles(CORE)) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)) {
      const target = path.resolve(path.dirname(file), m[1]);
      out.push([folderOf(file), folderOf(target), path.relative(CORE, file)]);
    }
  }
  return out;
}

describe('the floors of src/core', () => {
  const all = imports();

  it('names every folder of the core', () => {
    const folders = new Set(coreFiles(CORE).map(folderOf));
    expect([...folders].filter((f) => !floorOf.has(f))).toEqual([]);
  });

  it('sees the imports it checks', () => {
    expect(all.some(([from, to]) => from === 'validate' && to === 'rules')).toBe(true);
  });

  it('never imports upward, nor sideways between folders of one floor', () => {
    const wrong = all
      .filter(([from, to]) => from !== to && floorOf.get(to)! >= floorOf.get(from)!)
      .map(([from, to, file]) => `${file}: ${from} → ${to}`);
    expect(wrong).toEqual([]);
  });
});

describe('rule ids', () => {
  it('each id is spelt in its own rule module alone: every other file names the rule through it', () => {
    const files = [path.join(__dirname, '..', 'src')].flatMap(function walk(dir: string): string[] {
      return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? walk(p) : /\.(ts|html|json)$/.test(e.name) ? [p] : [];
      });
    });
    const where = new Map<string, string[]>();
    for (const f of files) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/AID-[A-Z]\d{3}/g)) {
        const list = where.get(m[0]) ?? [];
        const rel = path.relative(path.join(__dirname, '..'), f);
        if (!list.includes(rel)) list.push(rel);
        where.set(m[0], list);
      }
    }
    expect(where.size).toBeGreaterThan(30);
    const spread = [...where].filter(([, list]) => list.length !== 1 || !list[0].startsWith(path.join('src', 'core', 'rules')));
    expect(spread).toEqual([]);
  });
});
