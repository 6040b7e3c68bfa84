// The rule catalogue: an index of the rule modules (one file per rule under table/, cell/, row/,
// cross/, named after the rule). Each module declares its rule once (rules/define.ts); the engine,
// the renderer, AID.CHECK, the task pane, the CLI and the README table read it from here.
// To add a rule: write its module, list it below, emit it from validate/ through the module (never
// by spelling its id), add a test under test/rules/ and a row to the README's rule table.
import type { RuleMeta, Values, Where } from './define';
import { missingColumn } from './table/missingColumn';
import { duplicateColumn } from './table/duplicateColumn';
import { blankHeader } from './table/blankHeader';
import { blankRow } from './table/blankRow';
import { totalsRowInsideData } from './table/totalsRowInsideData';
import { totalsMismatch } from './table/totalsMismatch';
import { hiddenRowsCounted } from './table/hiddenRowsCounted';
import { hiddenSheetNotCounted } from './table/hiddenSheetNotCounted';
import { hiddenColumnsRead } from './table/hiddenColumnsRead';
import { ambiguousHeader } from './table/ambiguousHeader';
import { noRegister } from './table/noRegister';
import { figuresOutsideRegisters } from './table/figuresOutsideRegisters';
import { sumSkipsText } from './table/sumSkipsText';
import { requiredMissing } from './cell/requiredMissing';
import { notANumber } from './cell/notANumber';
import { notADate } from './cell/notADate';
import { numberAsText } from './cell/numberAsText';
import { ambiguousNumber } from './cell/ambiguousNumber';
import { codeNotCanonical } from './cell/codeNotCanonical';
import { codeUnknown } from './cell/codeUnknown';
import { negativeAmount } from './cell/negativeAmount';
import { futureDate } from './cell/futureDate';
import { approximateAmount } from './cell/approximateAmount';
import { legacyEncoding } from './cell/legacyEncoding';
import { straySpaces } from './cell/straySpaces';
import { cellError } from './cell/cellError';
import { dateAsText } from './cell/dateAsText';
import { notAnInteger } from './cell/notAnInteger';
import { rateNotPositive } from './cell/rateNotPositive';
import { unitConverted } from './cell/unitConverted';
import { unitConflict } from './cell/unitConflict';
import { implausibleAmount } from './cell/implausibleAmount';
import { signRepeatsKind } from './cell/signRepeatsKind';
import { dateImprecise } from './cell/dateImprecise';
import { ambiguousDateOrder } from './cell/ambiguousDateOrder';
import { endBeforeStart } from './row/endBeforeStart';
import { approvalAfterStart } from './row/approvalAfterStart';
import { overDisbursed } from './row/overDisbursed';
import { completedNotDisbursed } from './row/completedNotDisbursed';
import { changeAfterTermination } from './row/changeAfterTermination';
import { activeAfterTermination } from './row/activeAfterTermination';
import { rateMissingValues } from './row/rateMissingValues';
import { codeFromSection } from './row/codeFromSection';
import { duplicateId } from './cross/duplicateId';
import { duplicateRow } from './cross/duplicateRow';
import { unknownProject } from './cross/unknownProject';
import { disbursedBeforeApproval } from './cross/disbursedBeforeApproval';
import { missingRate } from './cross/missingRate';
import { duplicateIdAcrossSheets } from './cross/duplicateIdAcrossSheets';
import { hiddenSheetRepeatsIds } from './cross/hiddenSheetRepeatsIds';
import { noRateToReport } from './cross/noRateToReport';
import { reportedTwice } from './cross/reportedTwice';
import { conflictingReports } from './cross/conflictingReports';

/** Every rule, in id order. */
export const RULE_MODULES = [
  // table: the header and the shape of the data
  missingColumn,
  duplicateColumn,
  blankHeader,
  blankRow,
  totalsRowInsideData,
  totalsMismatch,
  ambiguousHeader,
  noRegister,
  sumSkipsText,
  figuresOutsideRegisters,
  hiddenRowsCounted,
  hiddenSheetNotCounted,
  hiddenColumnsRead,
  // one cell
  requiredMissing,
  notANumber,
  notADate,
  numberAsText,
  ambiguousNumber,
  codeNotCanonical,
  codeUnknown,
  negativeAmount,
  futureDate,
  approximateAmount,
  legacyEncoding,
  straySpaces,
  cellError,
  dateAsText,
  notAnInteger,
  rateNotPositive,
  unitConverted,
  unitConflict,
  implausibleAmount,
  signRepeatsKind,
  dateImprecise,
  ambiguousDateOrder,
  // a row's facts that contradict each other, or its project's other records
  endBeforeStart,
  approvalAfterStart,
  overDisbursed,
  completedNotDisbursed,
  changeAfterTermination,
  activeAfterTermination,
  rateMissingValues,
  codeFromSection,
  // across rows and registers
  duplicateId,
  duplicateRow,
  unknownProject,
  disbursedBeforeApproval,
  missingRate,
  duplicateIdAcrossSheets,
  hiddenSheetRepeatsIds,
  noRateToReport,
  reportedTwice,
  conflictingReports,
] as const;

/** The id of a rule that exists: a misspelt id does not compile. */
export type RuleId = (typeof RULE_MODULES)[number]['id'];

/** The parameters an emit site passes for rule R: its declared ones and where it is. */
export type ParamsOf<R extends RuleId> = Values<Extract<(typeof RULE_MODULES)[number], { id: R }>['params']> & Where;

/** A rule as any reader sees it, whatever its parameters. */
export type RuleDef = RuleMeta<RuleId>;

const ALL: readonly RuleDef[] = RULE_MODULES;

export const RULES: ReadonlyMap<string, RuleDef> = new Map(ALL.map((r) => [r.id, r]));
export const RULE_IDS: readonly RuleId[] = ALL.map((r) => r.id);

/** The name of a rule that exists, for code that speaks of rules by name (the sample's planted problems). */
export type RuleName = (typeof RULE_MODULES)[number]['name'];

export function ruleNamed(name: RuleName): RuleDef {
  return ALL.find((r) => r.name === name)!;
}

export function rule(id: string): RuleDef {
  const r = RULES.get(id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}
