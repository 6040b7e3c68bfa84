// Writes the stubs of src/functions/functions.ts (below its mark) from the AID.* functions'
// declarations, which custom-functions-metadata then reads to build functions.json. Run it after
// adding a function or changing its docs or parameters: `node tools/functions-ts.js`.
// `--check` only tells whether the file is up to date (exit code 1 when not).
'use strict';
const fs = require('fs');
const path = require('path');
const { requireTs } = require('./load-ts');

const ROOT = path.join(__dirname, '..');
const FILE = path.join(ROOT, 'src', 'functions', 'functions.ts');

/** functions.ts as the registry writes it, and as it is on disk. */
function functionsTs() {
  const { AID_FUNCTIONS } = requireTs(path.join(ROOT, 'src', 'functions', 'registry.ts'));
  const { withEntryStubs } = requireTs(path.join(ROOT, 'src', 'functions', 'metadata.ts'));
  const current = fs.readFileSync(FILE, 'utf8');
  return { current, wanted: withEntryStubs(current, AID_FUNCTIONS) };
}

if (require.main === module) {
  const { current, wanted } = functionsTs();
  const rel = path.relative(process.cwd(), FILE);
  if (current === wanted) console.log(`${rel} is up to date.`);
  else if (process.argv.includes('--check')) {
    console.error(`${rel} differs from the registry: run node tools/functions-ts.js`);
    process.exitCode = 1;
  } else {
    fs.writeFileSync(FILE, wanted);
    console.log(`${rel} written from the registry.`);
  }
}

module.exports = { functionsTs };
