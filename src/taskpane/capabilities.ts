// What this Excel supports, checked once when the pane starts, and said in words: what works and
// what does not. Office.context.requirements.isSetSupported answers for the requirement sets
// (ExcelApi, CustomFunctionsRuntime, SharedRuntime); the pane's browser tests answer with a fake.
import type { Lang } from '../core/model';
import { label, type PaneLabel } from './labels';

export type IsSetSupported = (set: string, version?: string) => boolean;

export interface Capabilities {
  /** ExcelApi 1.9: reading, marking (RangeAreas), fixing, templates, summaries, edit events. */
  pane: boolean;
  /** ExcelApi 1.13: a merged area's value read in each of its cells (merged data cells). */
  mergedCells: boolean;
  /** CustomFunctionsRuntime 1.1: the AID.* functions. */
  functions: boolean;
  /** SharedRuntime 1.1: the ribbon buttons run the pane's actions. */
  sharedRuntime: boolean;
}

export function capabilitiesOf(isSetSupported: IsSetSupported): Capabilities {
  const has = (set: string, version: string): boolean => {
    try {
      return isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  return {
    pane: has('ExcelApi', '1.9'),
    mergedCells: has('ExcelApi', '1.13'),
    functions: has('CustomFunctionsRuntime', '1.1'),
    sharedRuntime: has('SharedRuntime', '1.1'),
  };
}

export interface CapabilityLine {
  ok: boolean;
  text: string;
}

const LINES: [keyof Capabilities, PaneLabel, PaneLabel][] = [
  ['pane', 'canPane', 'needsExcelApi'],
  ['mergedCells', 'canMerged', 'noMerged'],
  ['functions', 'canFunctions', 'noFunctions'],
  ['sharedRuntime', 'canShared', 'noShared'],
];

/** One line per capability, what is missing first: what works, and what does not with what to do instead. */
export function capabilityLines(caps: Capabilities, lang: Lang): CapabilityLine[] {
  const lines = LINES.map(([key, yes, no]) => ({ ok: caps[key], text: label(caps[key] ? yes : no, lang) }));
  // Without the pane's workbook features, merged cells are moot: the pane reads nothing.
  const shown = caps.pane ? lines : lines.filter((_, i) => LINES[i][0] !== 'mergedCells');
  return [...shown.filter((l) => !l.ok), ...shown.filter((l) => l.ok)];
}

/** True when something is missing: the notice is then open at start. */
export const missingAny = (caps: Capabilities): boolean => !caps.pane || !caps.mergedCells || !caps.functions || !caps.sharedRuntime;
