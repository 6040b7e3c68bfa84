#!/usr/bin/env node
'use strict';
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, which `npm ci` runs via `prepare`).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('aidledger: not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
// The last guard of "one line, never a stack trace": main() answers every failure it knows of itself.
const lastWord = (e) => {
  try { process.stderr.write(`aidledger: unexpected failure (${String(e && e.message ? e.message : e).split('\n', 1)[0]})\n`); } catch { /* stderr gone */ }
  process.exit(2);
};
process.on('uncaughtException', lastWord);
process.on('unhandledRejection', lastWord);
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, lastWord);
