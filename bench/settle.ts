// A collection forced before a timed run (global.gc) leaves V8 sweeping the heap on a background
// thread: on the CLI's ~2 GB heap, for a second or more. A run timed meanwhile shares the two cores
// and the memory bus with that sweep, and one that allocates also waits for swept pages; measured
// here, the engine ran up to twice as slow and ajv up to 2.5× (their CPU time was 1.6× their wall
// time). The sweep is the harness's doing, not the timed code's, so timed runs wait it out.

const IDLE_US = 5_000;
const WINDOW_MS = 100;
const MAX_MS = 5_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Collects garbage, then waits until the process has been idle for a window (under 5 ms of CPU
 * in 100 ms: only background threads can use it while this one sleeps), at most 5 s.
 */
export async function collectAndSettle(before: () => void = () => undefined): Promise<number> {
  before();
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  while (performance.now() - start < MAX_MS) {
    const used = process.cpuUsage();
    await sleep(WINDOW_MS);
    const d = process.cpuUsage(used);
    if (d.user + d.system < IDLE_US) break;
  }
  return performance.now() - start;
}
