// Browser entry of the pane tests: installs the in-memory host before the pane's script runs and
// exposes its log to the test.
import { memoryHost, type MemoryLog } from './memoryHost';

declare global {
  interface Window { __aidPaneLog?: MemoryLog; __aidAssociated?: string[]; __aidPaneEdited?: () => void; __aidPaneType?: (cell: string, value: string | number) => void }
}

// Excel's custom-functions runtime, reduced to what functions.js touches when it loads: the test
// checks that the page registers every AID function under its id.
window.__aidAssociated = [];
(window as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  associate: (id: string) => window.__aidAssociated!.push(id),
  Error: class extends Error {},
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!', divisionByZero: '#DIV/0!', invalidReference: '#REF!' },
};

const { host, log, edited, type } = memoryHost();
window.__aidPaneHost = host;
window.__aidPaneLog = log;
window.__aidPaneEdited = edited;
window.__aidPaneType = type;
