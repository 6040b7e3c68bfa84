// `npm run bench [-- --scale 0.1]`: runs every benchmark in turn with the same options.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const args = process.argv.slice(2);
for (const script of ['run.js', 'engineOnly.js', 'functions.js']) {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, '..', 'dist', 'bench', script), ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
