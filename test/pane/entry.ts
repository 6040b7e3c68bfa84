// Browser entry of the pane tests: installs the in-memory host before the pane's script runs and
// exposes its log to the test.
import { memoryHost, type MemoryBook, type MemoryLog } from './memoryHost';
import type { IsSetSupported } from '../../src/taskpane/capabilities';

declare global {
  interface Window { __aidPaneLog?: MemoryLog; __aidAssociated?: string[]; __aidPaneEdited?: () => void; __aidPaneType?: (cell: string, value: string | number) => void; __aidPaneTexts?: () => string[] }
}

// Excel's custom-functions runtime, reduced to what functions.js touches when it loads: the test
// checks that the page registers every AID function under its id.
window.__aidAssociated = [];
(window as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate: (id: string) => window.__aidAssociated!.push(id),
  Error: class extends Error {},
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!', invalidReference: '#REF!' },
};

// The page's query picks the workbook (?book=regions) and the Excel played (?excel=old: no custom
// functions, no shared runtime, ExcelApi 1.10; ?excel=ancient: ExcelApi 1.8, too old for the pane).
const query = new URLSearchParams(location.search);
const EXCELS: Record<string, Record<string, number>> = {
  old: { ExcelApi: 10 },
  ancient: { ExcelApi: 8 },
};
const excel = EXCELS[query.get('excel') ?? ''];
if (excel) {
  const supports: IsSetSupported = (set, version = '1.1') => (excel[set] ?? -1) >= Number(version.split('.')[1] ?? 0);
  window.__aidPaneSupports = supports;
}

// ?write=slow: each part of Consolidate's writing takes a while; ?write=fail: Excel refuses the third part.
const write = query.get('write');
const { host, log, edited, type, texts } = memoryHost((query.get('book') ?? 'sample') as MemoryBook, {
  delayMs: write ? 150 : 0,
  failAtPart: write === 'fail' ? 3 : undefined,
});
window.__aidPaneHost = host;
window.__aidPaneLog = log;
window.__aidPaneEdited = edited;
window.__aidPaneType = type;
window.__aidPaneTexts = texts;
