/// <reference types="office-js" />
// A plan chart as an Office.js chart whose series are exactly the plan's ranges.
import { a1 } from '../../core/base/a1';
import type { PlanChart } from '../../core/plan/sheetPlan';
import { rangeAddress } from './address';

/**
 * Creates the chart from the first series' values alone: a one-column source gives exactly one series
 * whatever Excel's header detection decides, so series 0 exists; each further series is added, and every
 * series gets its plan name, values and categories explicitly. Type and direction are passed as the
 * string values of Excel.ChartType.columnClustered / Excel.ChartSeriesBy.columns, which the API accepts,
 * so the writer needs no Excel global at load time (unit tests run without one).
 * Charts without series are skipped: there is nothing to draw.
 */
export function addChart(sheet: Excel.Worksheet, c: PlanChart): Excel.Chart | null {
  if (c.series.length === 0) return null;
  const categories = rangeAddress(c.categories);
  const chart = sheet.charts.add('ColumnClustered', sheet.getRange(rangeAddress(c.series[0].values)), 'Columns');
  chart.title.text = c.title;
  const a = c.anchor;
  chart.setPosition(a1(a.row, a.col), a1(a.row + Math.max(1, a.rows) - 1, a.col + Math.max(1, a.cols) - 1));
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(sheet.getRange(rangeAddress(s.values)));
    series.setXAxisValues(sheet.getRange(categories));
  });
  return chart;
}
