// shapes.ts keeps one object of each class a validation run makes, so that V8 keeps their hidden
// classes (and the code compiled for them) from one run to the next. That works only while each
// kept object has the very hidden class that a run's own objects end up with after the run used
// them. These tests catch the objects of a real run (through spies on their methods) and compare.
import * as v8 from 'v8';
import { AID_DISBURSEMENTS } from '../src/core/schema/registers';
import { RateTable } from '../src/core/rates/rateTable';
import { validateWorkbook } from '../src/core/validate';
import { CleanReader } from '../src/core/validate/engine/cleanCells';
import { IssueSink, RunContext } from '../src/core/validate/context';
import { Disbursed } from '../src/core/validate/cross';
import { DayMarks } from '../src/core/validate/engine/dayMarks';
import { IdTable } from '../src/core/validate/engine/idTable';
import { ProjectColumn, ProjectIndex } from '../src/core/validate/engine/projectIndex';
import { TableScanner } from '../src/core/validate/engine/rowScan';
import { RowStore, StoreColumn } from '../src/core/validate/engine/rowStore';
import { keptRunShapes, keptShapes } from '../src/core/validate/engine/shapes';
import { TableRoles } from '../src/core/validate/sections';
import { MergeCopies } from '../src/core/validate/rowRoles';
import { sampleBook, TODAY, toInput } from './helpers/sample';

v8.setFlagsFromString('--allow-natives-syntax');
// Compiled after the flag is set, so that V8's own test function parses.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

type Method = (...args: never[]) => unknown;
type Class = abstract new (...args: never[]) => object;
interface Caught { cls: Class; method: string }

// A method each class's objects are sure to be asked during a run of the planted sample.
const CAUGHT: Caught[] = [
  { cls: RowStore, method: 'commit' },
  { cls: StoreColumn, method: 'set' },
  { cls: TableScanner, method: 'classify' },
  { cls: CleanReader, method: 'facts' },
  { cls: IdTable, method: 'add' },
  { cls: ProjectIndex, method: 'find' },
  { cls: ProjectColumn, method: 'num' },
  { cls: DayMarks, method: 'test' },
  { cls: RateTable, method: 'convert' },
  { cls: IssueSink, method: 'add' },
  { cls: TableRoles, method: 'refine' },
  { cls: MergeCopies, method: 'firstTyped' },
];

/** Every object of each caught class that one validation of the planted sample asked something. */
function objectsOfARun(): Map<Class, object[]> {
  const spies = CAUGHT.map(({ cls, method }) => jest.spyOn(cls.prototype as Record<string, Method>, method));
  try {
    const result = validateWorkbook(toInput(sampleBook()), { lang: 'vi', locale: 'vi', today: TODAY });
    expect(result.issues.length).toBeGreaterThan(0);
    return new Map(CAUGHT.map(({ cls }, k) => [cls, [...new Set(spies[k].mock.contexts as object[])]]));
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('kept shapes (shapes.ts)', () => {
  const kept = keptShapes();
  const run = objectsOfARun();

  test.each(CAUGHT.map((c) => [c.cls.name, c.cls] as const))('a %s kept has the hidden class of those a run made and used', (_name, cls) => {
    const mine = kept.find((o) => o.constructor === cls);
    expect(mine).toBeDefined();
    const theirs = run.get(cls)!;
    expect(theirs.length).toBeGreaterThan(0);
    const unlike = theirs.filter((o) => !haveSameMap(mine!, o));
    expect(unlike).toEqual([]);
  });

  test('a RunContext and a Disbursed kept have the hidden class of new ones (their fields never change)', () => {
    const fresh: object[] = [new RunContext({ lang: 'en', locale: 'en', today: 46_000 }), new RunContext({}), new Disbursed(1000)];
    for (const o of fresh) {
      const mine = kept.find((k) => k.constructor === o.constructor);
      expect(mine).toBeDefined();
      expect(haveSameMap(mine!, o)).toBe(true);
    }
  });

  test('the check itself tells hidden classes apart', () => {
    const store = kept.find((o) => o instanceof RowStore)!;
    const fresh = new RowStore(AID_DISBURSEMENTS, 3);
    expect(haveSameMap(store, fresh)).toBe(true);
    (fresh as unknown as Record<string, unknown>).extra = 1;
    expect(haveSameMap(store, fresh)).toBe(false);
  });

  test('are made once', () => {
    expect(keptShapes()).toBe(kept);
  });
});

describe("the last run's register descriptions (keepRunShapes)", () => {
  const check = () => validateWorkbook(toInput(sampleBook()), { lang: 'vi', locale: 'vi', today: TODAY });

  test('are kept after a run: candidates, column positions, table info and the columns present, never rows', () => {
    const result = check();
    const kept = keptRunShapes();
    for (const t of result.tables) {
      expect(kept).toContain(t.colOf);
      expect(kept).toContain(t.info);
    }
    // Small objects only: nothing kept holds a store or a sheet's rows.
    expect(kept.some((o) => o instanceof RowStore || Array.isArray((o as { rows?: unknown }).rows))).toBe(false);
    expect(kept.length).toBeLessThan(40 * result.tables.length);
  });

  test("the next run's objects share the kept objects' hidden classes, which the compiled loops check", () => {
    check();
    const before = keptRunShapes();
    check();
    const after = keptRunShapes();
    expect(after).not.toBe(before);
    expect(after.length).toBe(before.length);
    const unlike = after.filter((o, k) => !haveSameMap(o, before[k]));
    expect(unlike).toEqual([]);
  });
});
