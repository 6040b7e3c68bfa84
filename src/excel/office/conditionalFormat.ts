/// <reference types="office-js" />
// Plan conditional formats as Office.js custom conditional formats (ExcelApi 1.6; several areas through
// RangeAreas, 1.9), in the colours the ExcelJS writer gives the same looks.
import type { PlanConditionalFormat } from '../../core/plan/sheetPlan';
import { LOOK_FORMATS } from '../../core/plan/styles';
import { rangeAddress } from './address';
import { cellBytes, COMMAND_BYTES } from './payload';

const hex = (argb: string): string => `#${argb.slice(-6)}`;

/** Estimated payload of one rule beyond its first command: three more commands and the formula. */
export function conditionalFormatBytes(cf: PlanConditionalFormat): number {
  return 3 * COMMAND_BYTES + cellBytes(cf.formula) + cf.ranges.length * 24;
}

/**
 * Queues the rule on `sheet`. Excel puts each new format at the top of its list, so a writer adds a
 * plan's rules last to first. The type is the string value of Excel.ConditionalFormatType.custom: there
 * is no Excel global in unit tests.
 */
export function addConditionalFormat(sheet: Excel.Worksheet, cf: PlanConditionalFormat): void {
  const areas = cf.ranges.filter((r) => r.rows > 0 && r.cols > 0).map(rangeAddress);
  if (areas.length === 0) return;
  const target = areas.length === 1 ? sheet.getRange(areas[0]) : sheet.getRanges(areas.join(','));
  const format = target.conditionalFormats.add('Custom');
  // Relative references are read from the top-left cell of the range, as the plan writes them.
  format.custom.rule.formula = `=${cf.formula.replace(/^\s*=/, '')}`;
  const look = LOOK_FORMATS[cf.look];
  format.custom.format.fill.color = hex(look.fill);
  format.custom.format.font.color = hex(look.font);
}
