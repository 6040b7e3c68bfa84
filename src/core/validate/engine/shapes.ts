// V8 compiles the engine's hot loops for the hidden classes of the objects they touch (row stores,
// readers, scanners, id tables…) and throws that code away at the next full garbage collection
// once no object of those classes is left. Every validation after one (the task pane's next check,
// the next file of a batch, AID.CHECK after Excel's GC) then recompiled about a hundred functions
// while it ran, and took a fifth longer than a run that found them compiled. One small object of
// each class, kept for as long as the engine is loaded, keeps those classes, and the code, alive.
// A class whose instances end up with another hidden class than these (a field added outside the
// constructor, say) defeats this; test/validate-shapes.test.ts checks that they do not.
import { RateTable } from '../../rates/rateTable';
import type { ColumnDef } from '../../schema/registers';
import { AID_PROJECTS } from '../../schema/registers';
import { CleanReader } from './cleanCells';
import { IssueSink, RunContext } from '../context';
import { Disbursed } from '../cross';
import { DayMarks } from './dayMarks';
import { IdTable } from './idTable';
import { OtherProjects, ProjectIndex } from './projectIndex';
import { TableScanner } from './rowScan';
import { RowStore } from './rowStore';
import { TableRoles } from '../sections';
import type { TableCtx } from '../context';

/** A column definition that no register has, so that its reader shares no memo with a real one. */
const KEEPER_COLUMN: ColumnDef = { key: '\u0000shapes', vi: '', en: '', aliases: [], type: 'id', required: false };

let kept: readonly object[] | null = null;

/** One object of each class that a validation run makes; built on the first call, then the same. */
export function keptShapes(): readonly object[] {
  if (kept !== null) return kept;
  const store = new RowStore(AID_PROJECTS, 0);
  const ids = new IdTable(1);
  const projects = new ProjectIndex(ids, null, 0, new OtherProjects(ids, [], new Int32Array(0), new Uint8Array(0)));
  const context = new RunContext({ lang: 'vi', locale: 'vi', today: 0 });
  // Its constructor reads only the sheet's merges and the columns present.
  const roles = new TableRoles(context, { sheet: { name: '', rows: [] }, present: [] } as unknown as TableCtx);
  kept = [
    store,
    store.columns[0],
    new TableScanner([], { font: undefined, dataLang: 'vi', today: 0 }, [], 0, 0, store),
    new CleanReader(KEEPER_COLUMN, { col: 0, font: undefined, dataLang: 'vi', today: 0, multiplier: undefined }),
    ids,
    projects,
    new OtherProjects(ids, [], new Int32Array(0), new Uint8Array(0)),
    projects.column(KEEPER_COLUMN.key),
    new DayMarks(() => false),
    new RateTable(),
    new IssueSink('vi'),
    context,
    new Disbursed(0),
    roles,
    roles.copies,
  ];
  return kept;
}

/**
 * The last run's small objects that describe its registers: column positions, table info, the columns
 * present and the header candidates. Their hidden classes grow property by property, per set of
 * columns, and V8 holds such a class only while some object has it. Kept until the next run puts its
 * own in their place, they carry the classes over the collection between two runs, and with them the
 * compiled code of the loops that read them: without this, parseRows, noteFiguresOutside and the
 * detection were thrown away at the collection after every run ("weak objects" in V8's deopt trace)
 * and began the next run's rows unoptimised. They are a few objects per register, never its rows.
 */
let lastRun: readonly object[] = [];

export function keepRunShapes(tables: readonly TableCtx[], candidates: readonly object[]): void {
  const kept: object[] = candidates.slice();
  for (const t of tables) kept.push(t.colOf, t.info, t.present, ...t.present);
  lastRun = kept;
}

/** What keepRunShapes holds now (for the test). */
export function keptRunShapes(): readonly object[] {
  return lastRun;
}
