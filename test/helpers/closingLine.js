// Jest reporter: ends the run with a plain "N passed, N failed, N skipped" line that CI tools read.
class ClosingLine {
  onRunComplete(_contexts, results) {
    const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped } = results;
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
module.exports = ClosingLine;
