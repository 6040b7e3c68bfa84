// AID-X310 conflicting-reports: in a consolidation, one id with different figures in two files is an error; neither row counts.
import { conflictingReports } from '../../src/core/rules/cross/conflictingReports';
import { consolidate, excludeConflicts, type SourceBook } from '../../src/core/consolidate';
import { validateWorkbook } from '../../src/core/validate';
import type { WorkbookInput } from '../../src/core/model';
import { aidRow, sheet, AID_HEADER, TODAY } from './fixtures';

const book = (file: string, input: WorkbookInput): SourceBook => ({ file, input, result: validateWorkbook(input, { today: TODAY, lang: 'vi' }) });

describe(`${conflictingReports.id} ${conflictingReports.name}`, () => {
  it('is the rule this file tests', () => expect([conflictingReports.id, conflictingReports.name, conflictingReports.needs]).toEqual(['AID-X310', 'conflicting-reports', 'workbooks']));
  it('names the columns that differ, and leaves both rows out of the combined figures', () => {
    const a = book('a.xlsx', { sheets: [sheet('Dự án', [AID_HEADER, aidRow(1), aidRow(2)])] });
    const donor = AID_HEADER.indexOf('Nhà tài trợ');
    const b = book('b.xlsx', { sheets: [sheet('Dự án', [AID_HEADER, aidRow(2).map((v, j) => (j === donor ? 'KOICA' : v))])] });
    const c = consolidate([a, b], [], 'vi');
    const found = c.issues.filter((i) => i.issue.rule === 'AID-X310');
    expect(found).toHaveLength(1);
    expect(found[0].issue.message).toContain('khác ở: Nhà tài trợ.');
    const result = validateWorkbook(c.input, { today: TODAY, lang: 'vi' });
    excludeConflicts(c, result);
    const rows = result.tables[0].rows;
    expect(rows.map((r) => r.hasError)).toEqual([false, true, true]);
    expect(rows[1].errorRules).toContain('AID-X310');
  });
});
