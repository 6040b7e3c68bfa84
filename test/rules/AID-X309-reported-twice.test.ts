// AID-X309 reported-twice: in a consolidation, the same record with the same figures in two files is counted once and reported.
import { reportedTwice } from '../../src/core/rules/cross/reportedTwice';
import { consolidate, type SourceBook } from '../../src/core/consolidate';
import { validateWorkbook } from '../../src/core/validate';
import type { WorkbookInput } from '../../src/core/model';
import { aidRow, sheet, AID_HEADER, TODAY } from './fixtures';

const book = (file: string, input: WorkbookInput): SourceBook => ({ file, input, result: validateWorkbook(input, { today: TODAY, lang: 'en' }) });

describe(`${reportedTwice.id} ${reportedTwice.name}`, () => {
  it('is the rule this file tests', () => expect([reportedTwice.id, reportedTwice.name, reportedTwice.needs]).toEqual(['AID-X309', 'reported-twice', 'workbooks']));
  it('reports the later file\'s row, naming the first, and keeps one row', () => {
    const a = book('a.xlsx', { sheets: [sheet('Dự án', [AID_HEADER, aidRow(1), aidRow(2)])] });
    const b = book('b.xlsx', { sheets: [sheet('Projects', [AID_HEADER, aidRow(2), aidRow(3)])] });
    const c = consolidate([a, b], [], 'en');
    const found = c.issues.filter((i) => i.issue.rule === 'AID-X309');
    expect(found.map((i) => [i.file, i.issue.sheet, i.issue.row, i.issue.severity])).toEqual([['b.xlsx', 'Projects', 1, 'warning']]);
    expect(found[0].issue.message).toMatch(/^File "b\.xlsx", sheet "Projects", row 2: id ".+" in file "b\.xlsx" has the same figures as file "a\.xlsx" \(sheet "Dự án", row 3\)/);
    expect(c.registers[0].cells).toHaveLength(3);
  });
  it('is silent for a repeat inside one file (that file\'s own AID-X301) and for records of different ids', () => {
    const a = book('a.xlsx', { sheets: [sheet('Dự án', [AID_HEADER, aidRow(1), aidRow(1)])] });
    const b = book('b.xlsx', { sheets: [sheet('Dự án', [AID_HEADER, aidRow(5)])] });
    expect(consolidate([a, b], [], 'en').issues.filter((i) => i.issue.rule === 'AID-X309')).toEqual([]);
  });
});
