// The manifest of a release: the source manifest.xml names the dev server (https://localhost:3000/);
// a release names the address it is served from, in every URL and in AppDomain, carries the version of
// package.json, and asks for the functions' files with ?v=VERSION so that Excel, which keeps the custom
// functions' metadata and script in its own cache, fetches the new ones after an update.
// Used by webpack.config.js (production build) and tools/package.js; plain Node, no dependencies.
'use strict';

const DEV_URL = 'https://localhost:3000/';

/**
 * ADDIN_URL as the release needs it: an absolute https:// address of a folder, ending in '/'
 * (added when missing), without query or fragment. Throws with one line saying what is wrong.
 */
function addinUrl(raw) {
  const example = 'e.g. ADDIN_URL=https://addin.example.gov.vn/aid-ledger/';
  if (!raw || !raw.trim()) throw new Error(`ADDIN_URL is not set: give the https:// address the add-in's files will be served from, ${example}`);
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${raw}" (${example})`);
  }
  // Office loads add-ins only over HTTPS; a plain http:// manifest is refused at upload.
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must start with https:// (Office loads add-ins only over HTTPS): "${raw}"`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`ADDIN_URL must be a plain folder address, without ?query, #fragment or user name: "${raw}"`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** package.json's x.y.z as the manifest's four-part x.y.z.0; pre-release tags have no place there. */
function manifestVersion(version) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(version);
  if (!m) throw new Error(`package.json version "${version}" must be x.y.z (digits only): the manifest's Version is x.y.z.0`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** Files whose URLs carry ?v=VERSION: Excel caches the custom functions' metadata and script by URL. */
const VERSIONED = ['functions.js', 'functions.json', 'functions.vi.json'];

/** The source manifest rewritten for a release served from `url` (already checked by addinUrl). */
function releaseManifest(xml, { url, version }) {
  const v = manifestVersion(version);
  const origin = new URL(url).origin;
  let out = xml.split(DEV_URL).join(url);
  out = out.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${v}</Version>`);
  for (const file of VERSIONED) out = out.split(`"${url}${file}"`).join(`"${url}${file}?v=${v}"`);
  return out;
}

module.exports = { DEV_URL, VERSIONED, addinUrl, manifestVersion, releaseManifest };

// `node tools/release-manifest.js stamp [manifest.xml]`: sets the source manifest's <Version> to
// package.json's. package.json's "version" script runs it, so `npm version patch` bumps both at once.
if (require.main === module) {
  const fs = require('fs');
  const path = require('path');
  const [command, file = path.join(__dirname, '..', 'manifest.xml')] = process.argv.slice(2);
  if (command !== 'stamp') {
    console.error('usage: node tools/release-manifest.js stamp [manifest.xml]');
    process.exit(2);
  }
  const { version } = require('../package.json');
  const xml = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`));
  console.log(`${path.basename(file)}: Version ${manifestVersion(version)}`);
}
