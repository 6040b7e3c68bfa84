#!/usr/bin/env node
// Builds a release of the add-in for the address it will be served from, as one zip:
//
//   ADDIN_URL=https://addin.example.gov.vn/aid-ledger/ npm run package [-- --out DIR]
//
// ADDIN_URL: the https:// folder the site will be served from ('/' added when missing).
// SUPPORT_EMAIL (optional): the address the support and privacy pages give for help.
// DIR (default release/): gets site/ (the static site, ready to copy to the web server), manifest.xml
// (the same one as in the site: upload it to Microsoft 365 or Excel) and aid-fdi-ledger-VERSION.zip
// (site and manifest together). The zip and manifest are written under a temporary name and then
// renamed, so a reader never sees half a file and a failed run leaves the previous ones whole.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const JSZip = require('jszip');
const { addinUrl, manifestVersion, DEV_URL } = require('./release-manifest');

const ROOT = path.resolve(__dirname, '..');
const { name, version } = require(path.join(ROOT, 'package.json'));

function fail(message) {
  console.error(`npm run package: ${message}`);
  process.exit(2);
}

function option(flag) {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Every file under dir, as forward-slash paths relative to it, sorted (the zip's order is stable). */
function filesUnder(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** Writes beside the target, then renames over it: the old file stays whole until the new one is. */
function writeAtomically(file, data) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

async function main() {
  let url;
  try {
    url = addinUrl(process.env.ADDIN_URL);
    manifestVersion(version);
  } catch (e) {
    fail(e.message);
  }
  const out = path.resolve(option('--out') ?? path.join(ROOT, 'release'));
  const site = path.join(out, 'site');
  fs.mkdirSync(out, { recursive: true });

  const webpack = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const env = { ...process.env, ADDIN_URL: url, ADDIN_OUT: site };
  const run = spawnSync(process.execPath, [webpack, '--mode', 'production'], { cwd: ROOT, env, stdio: 'inherit' });
  if (run.status !== 0) fail(`the add-in build failed (webpack exit ${run.status ?? run.signal})`);

  const manifest = fs.readFileSync(path.join(site, 'manifest.xml'), 'utf8');
  if (manifest.includes(DEV_URL.slice(0, -1))) fail('the built manifest still names https://localhost:3000');

  const zip = new JSZip();
  for (const file of filesUnder(site)) zip.file(file, fs.readFileSync(path.join(site, file)));
  const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const zipFile = path.join(out, `${name}-${version}.zip`);
  writeAtomically(zipFile, data);
  writeAtomically(path.join(out, 'manifest.xml'), manifest);
  console.log(`${path.relative(process.cwd(), zipFile)}: ${(data.length / 1024).toFixed(1)} KiB, for ${url}`);
}

main().catch((e) => fail(e.stack || String(e)));
