// `npm run package`: one build for a test address (ADDIN_URL without its trailing slash, which the
// script adds), then the zip is opened and checked as an IT colleague would use it: the manifest is in
// it, names only that address, points at files the zip holds, passes the offline manifest checks and
// carries package.json's version; the support and privacy pages are in it, named by the manifest,
// self-contained, and each speaks one language.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { parseStringPromise } from 'xml2js';
import { appDomains, attrs, manifestInfo, manifestUrls, resourceProblems, walk, type Node } from './helpers/manifestXml';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl } = require('../tools/release-manifest');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fillContact } = require('../tools/support-contact');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version } = require('../package.json');

const ROOT = path.join(__dirname, '..');
const TMP = path.join(ROOT, 'test', '.tmp', 'package');
const URL_GIVEN = 'https://addin.example.org/so-ngoai-vu/ledger';
const URL_OK = `${URL_GIVEN}/`;
const EMAIL = 'cntt@example.org';

function runPackage(env: Record<string, string | undefined>, out: string) {
  const clean = { ...process.env, ADDIN_URL: undefined, SUPPORT_EMAIL: undefined, ...env };
  return spawnSync(process.execPath, [path.join(ROOT, 'tools', 'package.js'), '--out', out], { cwd: ROOT, env: clean, encoding: 'utf8' });
}

let files: Map<string, Buffer>;
let manifest: string;
let doc: Node;
const text = (file: string): string => files.get(file)!.toString('utf8');
// The production build may minify HTML (attribute quotes dropped), so values are read with or without them.
const attrValues = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'g'))].map((m) => m[1] ?? m[2] ?? m[3]);

beforeAll(async () => {
  fs.rmSync(TMP, { recursive: true, force: true });
  const run = runPackage({ ADDIN_URL: URL_GIVEN, SUPPORT_EMAIL: EMAIL }, TMP);
  if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stderr}\n${run.stdout.slice(-2000)}`);
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(TMP, `${name}-${version}.zip`)));
  files = new Map();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  manifest = text('manifest.xml');
  doc = await parseStringPromise(manifest);
}, 180_000);

describe('npm run package', () => {
  test.each([
    ['missing', undefined, /ADDIN_URL is not set/],
    ['plain http', 'http://addin.example.org/', /must start with https:\/\//],
    ['with a query', 'https://addin.example.org/?x=1', /plain folder address/],
  ])('refuses an ADDIN_URL that is %s, in one line, and writes nothing', (_what, url, message) => {
    const out = path.join(TMP, 'refused');
    const run = runPackage({ ADDIN_URL: url }, out);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('ADDIN_URL gets its trailing slash', () => {
    expect(addinUrl('https://a.example.org')).toBe('https://a.example.org/');
    expect(addinUrl(' https://a.example.org/x ')).toBe('https://a.example.org/x/');
    expect(addinUrl('https://a.example.org/x/')).toBe('https://a.example.org/x/');
  });

  test('writes one zip named after the version, the manifest beside it, and no leftovers', () => {
    expect(fs.readdirSync(TMP).filter((f) => f !== 'site').sort()).toEqual([`${name}-${version}.zip`, 'manifest.xml']);
    expect(fs.readFileSync(path.join(TMP, 'manifest.xml'), 'utf8')).toBe(manifest);
  });

  test('the zip holds the whole site, manifest included', () => {
    const site = (dir: string, prefix = ''): string[] => fs.readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? site(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
    expect([...files.keys()].sort()).toEqual(site(path.join(TMP, 'site')).sort());
    for (const f of ['manifest.xml', 'taskpane.html', 'functions.js', 'functions.json', 'functions.vi.json', 'assets/icon-80.png', 'sw.js']) {
      expect([...files.keys()]).toContain(f);
    }
  });

  test('the service worker is at the site root and its cache is named after this version', () => {
    expect(text('sw.js')).toMatch(new RegExp(`["']aid-ledger-${version.replace(/\./g, '\\.')}["']`));
    expect(text('sw.js')).not.toContain('__VERSION__');
  });

  test('every URL in the manifest is on ADDIN_URL and names a file in the zip; no localhost anywhere', () => {
    const urls = manifestUrls(doc);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) {
      expect({ url, onAddinUrl: url.startsWith(URL_OK) }).toEqual({ url, onAddinUrl: true });
      const file = url.slice(URL_OK.length).replace(/\?.*$/, '');
      expect({ url, inZip: files.has(file) }).toEqual({ url, inZip: true });
    }
    for (const tag of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']) {
      const found = walk(doc).filter((n) => tag in n).flatMap((n) => n[tag] as Node[]).map(attrs).filter((a) => a.DefaultValue);
      expect({ tag, found: found.length > 0 }).toEqual({ tag, found: true });
      for (const a of found) expect(a.DefaultValue.startsWith(URL_OK)).toBe(true);
    }
    expect(appDomains(doc)).toEqual(['https://addin.example.org']);
    expect(manifest).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test('the manifest carries package.json\'s version, also on the functions\' files', () => {
    expect((walk(doc).find((n) => 'Version' in n)!.Version as string[])[0]).toBe(`${version}.0`);
    const urls = manifestUrls(doc);
    for (const file of ['functions.js', 'functions.json', 'functions.vi.json']) {
      expect(urls).toContain(`${URL_OK}${file}?v=${version}.0`);
    }
  });

  test('the pane loads its bundles with the build\'s hash, so a long cache never serves an old one', () => {
    const scripts = attrValues(text('taskpane.html'), 'src');
    for (const bundle of ['functions.js', 'commands.js', 'taskpane.js']) {
      expect(scripts).toContainEqual(expect.stringMatching(new RegExp(`^${bundle.replace('.', '\\.')}\\?[0-9a-f]{8,}$`)));
    }
  });

  test('`npm version` stamps manifest.xml with the new version (its "version" script)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.version).toBe('node tools/release-manifest.js stamp && git add manifest.xml');
    const file = path.join(TMP, 'stamped.xml');
    fs.writeFileSync(file, fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8').replace(/<Version>[^<]*</, '<Version>9.9.9.0<'));
    const run = spawnSync(process.execPath, [path.join(ROOT, 'tools', 'release-manifest.js'), 'stamp', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain(`<Version>${version}.0</Version>`);
    fs.rmSync(file);
  });

  test('the packaged manifest passes the offline manifest checks', () => {
    const file = path.join(TMP, 'manifest.xml');
    const info = manifestInfo(file);
    expect(info).toContain('Id: c3b7fe8d-3f31-4e2d-9f59-b2f2bfb62b54');
    expect(info).toContain(`Version: ${version}.0`);
    expect(info).toContain('Hosts: Workbook');
    const problems = resourceProblems(doc);
    expect(problems.used).toBeGreaterThan(20);
    expect({ undefinedIds: problems.undefinedIds, duplicateIds: problems.duplicateIds }).toEqual({ undefinedIds: [], duplicateIds: [] });
  });
});

describe('support and privacy pages', () => {
  const PAGES = { vi: ['ho-tro.html', 'quyen-rieng-tu.html'], en: ['support.html', 'privacy.html'] } as const;
  const ALL = [...PAGES.vi, ...PAGES.en];
  // Letters only Vietnamese uses (with its tone marks), and everyday English words the Vietnamese pages must not contain.
  const VI_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
  // Word edges by Unicode letters: JavaScript's \b counts 'à' as a break, which would find "to" in "toàn".
  const EN_WORDS = /(?<!\p{L})(the|and|of|to|is|are|you|your|data|with|for|this|that|not|support|privacy|terms|help|contact|page|file|workbook|settings|sent)(?!\p{L})/iu;

  /** The visible text of a page, without the parts marked as the other language (the link to the twin page). */
  function visibleText(html: string, other: 'vi' | 'en'): string {
    return html
      .replace(new RegExp(`<(\\w+)[^>]*\\blang="?${other}"?[^>]*>[\\s\\S]*?</\\1>`, 'g'), ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&');
  }

  test('are in the zip, and the manifest names the support pages', () => {
    for (const page of ALL) expect([...files.keys()]).toContain(page);
    const support = (walk(doc).find((n) => 'SupportUrl' in n)!.SupportUrl as Node[])[0];
    expect(attrs(support).DefaultValue).toBe(`${URL_OK}support.html`);
    expect((support.Override as Node[]).map(attrs)).toEqual([{ Locale: 'vi-VN', Value: `${URL_OK}ho-tro.html` }]);
  });

  test.each(ALL)('%s loads nothing from outside the add-in, and its links lead to files of the zip', (page) => {
    const html = text(page);
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9]/i);
    const refs = [...attrValues(html, 'href'), ...attrValues(html, 'src')];
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) {
      if (ref.startsWith('mailto:')) continue;
      const file = ref.replace(/#.*$/, '');
      expect({ ref, inZip: files.has(file) }).toEqual({ ref, inZip: true });
    }
  });

  test.each(PAGES.vi)('%s is Vietnamese only', (page) => {
    const html = text(page);
    expect(html).toMatch(/<html lang="?vi"?>/);
    const words = visibleText(html, 'en');
    expect(words).toMatch(VI_LETTERS);
    expect(words.match(EN_WORDS)).toBeNull();
  });

  test.each(PAGES.en)('%s is English only', (page) => {
    const html = text(page);
    expect(html).toMatch(/<html lang="?en"?>/);
    const words = visibleText(html, 'vi');
    expect(words).toMatch(EN_WORDS);
    expect(words.match(VI_LETTERS)).toBeNull();
  });

  test('each page links to its twin in the other language', () => {
    const twins = [['support.html', 'ho-tro.html'], ['privacy.html', 'quyen-rieng-tu.html']];
    for (const [en, vi] of twins) {
      expect(text(en)).toMatch(new RegExp(`<a href="?${vi}"? lang="?vi"?`));
      expect(text(vi)).toMatch(new RegExp(`<a href="?${en}"? lang="?en"?`));
    }
  });

  test('SUPPORT_EMAIL becomes the contact link on every page; without it the pages name the IT staff in words', () => {
    for (const page of ALL) expect(text(page)).toMatch(new RegExp(`<a href="?mailto:${EMAIL}"?>${EMAIL}</a>`));
    const source = fs.readFileSync(path.join(ROOT, 'src', 'support', 'support.html'), 'utf8');
    expect(fillContact(source, undefined)).toBe(source);
    expect(source).toContain('<span class="contact">your office\'s IT staff</span>');
    expect(() => fillContact(source, 'x@y.org"><script>')).toThrow(/SUPPORT_EMAIL/);
  });
});

describe('the IT guide', () => {
  const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');
  const guides = [['docs/trien-khai.md', 'deployment.md'], ['docs/deployment.md', 'trien-khai.md']] as const;

  test.each(guides)('%s links to its twin, and documents package, MIME types, cache headers and versions', (file, twin) => {
    const guide = read(file);
    expect(guide).toContain(`](${twin})`);
    expect(guide).toContain('](huong-dan-su-dung.md)');
    expect(guide).toContain('npm run package');
    expect(guide).toContain('npm version patch');
    for (const ext of ['.json', '.js', '.html', '.png', '.svg', '.webmanifest']) expect(guide).toContain(`| \`${ext}\` |`);
    expect(guide).toContain('Cache-Control: no-cache');
    expect(guide).toMatch(/<clientCache cacheControlMode="DisableCache" \/>/);
    expect(guide).toMatch(/add_header Cache-Control "no-cache" always;/);
  });

  test('the README opens with the way to both guides, before the developers\' part', () => {
    const head = read('README.md').split('\n').slice(0, 8).join('\n');
    expect(head).toContain('](docs/huong-dan-su-dung.md)');
    expect(head).toContain('](docs/trien-khai.md)');
  });
});
