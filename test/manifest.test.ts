// The add-in manifest, checked offline (the online validation service cannot be reached here):
// office-addin-manifest parses it, every resource id it uses is defined, every URL points at a file
// the production build emits, and the functions metadata it points to lists every AID function.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseStringPromise } from 'xml2js';
import { vietnameseTexts } from '../src/functions/metadata';
import { AID_FUNCTIONS } from '../src/functions/registry';
import { declaredMetadata, type FunctionMeta } from './helpers/functionsMetadata';
import { appDomains, attrs, walk, type Node } from './helpers/manifestXml';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, releaseManifest } = require('../tools/release-manifest');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../package.json');

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, 'dist', 'addin');
const DEV_URL = 'https://localhost:3000/';
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let doc: Node;
beforeAll(async () => {
  if (!fs.existsSync(path.join(BUILD, 'functions.json'))) {
    throw new Error('dist/addin is missing: run `npm run build:addin` first (npm test does).');
  }
  doc = await parseStringPromise(MANIFEST);
});

function resources(kind: string): Node[] {
  const res = walk(doc).find((n) => 'Resources' in n)!.Resources as Node[];
  const group = (res[0][kind] as Node[])[0];
  const tag = kind === 'bt:Images' ? 'bt:Image' : kind === 'bt:Urls' ? 'bt:Url' : 'bt:String';
  return group[tag] as Node[];
}

describe('manifest.xml', () => {
  test('office-addin-manifest parses it', () => {
    const bin = path.join(ROOT, 'node_modules', '.bin', 'office-addin-manifest');
    const out = execFileSync(bin, ['info', 'manifest.xml'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('Id: c3b7fe8d-3f31-4e2d-9f59-b2f2bfb62b54');
    expect(out).toContain('Hosts: Workbook');
    expect(out).toContain('Name: Aid & FDI Ledger');
  });

  test('every resid it uses is defined once in Resources', () => {
    const defined = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((k) => resources(k).map((n) => attrs(n).id));
    expect(new Set(defined).size).toBe(defined.length);
    const used = walk(doc).map((n) => attrs(n).resid).filter((x): x is string => Boolean(x));
    expect(used.length).toBeGreaterThan(20);
    for (const id of used) expect(defined).toContain(id);
  });

  test('one shared runtime, used by the functions, the pane and the ribbon', () => {
    expect(MANIFEST).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    const runtimes = walk(doc).filter((n) => 'Runtime' in n).flatMap((n) => n.Runtime as Node[]);
    expect(runtimes.map((r) => attrs(r))).toEqual([{ resid: 'Taskpane.Url', lifetime: 'long' }]);
    expect(MANIFEST).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(MANIFEST).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    const ns = resources('bt:ShortStrings').find((n) => attrs(n).id === 'Functions.Namespace')!;
    expect(attrs(ns).DefaultValue).toBe('AID');
  });

  test('our own ribbon tab holds Insert template, Validate, Build summary and Show pane', () => {
    const tab = walk(doc).find((n) => 'CustomTab' in n)!.CustomTab as Node[];
    const controls = walk(tab).filter((n) => attrs(n)['xsi:type'] === 'Button').map((n) => attrs(n).id);
    expect(controls).toEqual(['AidLedger.InsertTemplate', 'AidLedger.Validate', 'AidLedger.BuildSummary', 'AidLedger.ShowPane']);
    const fns = walk(tab).filter((n) => 'FunctionName' in n).flatMap((n) => n.FunctionName as string[]);
    expect(fns).toEqual(['insertTemplate', 'validate', 'buildSummary']);
    // The command handlers must associate exactly these names.
    const commands = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    for (const f of fns) expect(commands).toContain(`${f}:`);
  });

  test('every string has a Vietnamese override, and fits Office\'s length limits', () => {
    for (const [kind, max] of [['bt:ShortStrings', 125], ['bt:LongStrings', 250]] as const) {
      for (const s of resources(kind)) {
        const a = attrs(s);
        expect(a.DefaultValue.length).toBeLessThanOrEqual(max);
        if (a.id === 'Functions.Namespace') continue;
        const vi = ((s['bt:Override'] as Node[] | undefined) ?? []).map(attrs).find((o) => o.Locale === 'vi-VN');
        expect({ id: a.id, vi: Boolean(vi) }).toEqual({ id: a.id, vi: true });
        expect(vi!.Value.length).toBeLessThanOrEqual(max);
      }
    }
    expect(MANIFEST).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="vi-VN"/);
    expect(MANIFEST).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="vi-VN"/);
  });

  test('every URL points at a file of the production build', () => {
    const urls = new Set<string>();
    for (const n of walk(doc)) {
      for (const v of [attrs(n).DefaultValue, attrs(n).Value]) if (v?.startsWith('https://')) urls.add(v);
    }
    for (const s of walk(doc).filter((n) => 'AppDomain' in n).flatMap((n) => n.AppDomain as string[])) expect(s).toBe(DEV_URL.slice(0, -1));
    expect(urls.size).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const file = path.join(BUILD, url.slice(DEV_URL.length));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
    }
  });

  test('icons of 16, 32, 64 and 80 px are drawn for it and shipped', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(MANIFEST).toContain(`assets/icon-${size}.png`);
      const png = fs.readFileSync(path.join(BUILD, 'assets', `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  test('the built manifest is the source manifest (dev build) or its release for ADDIN_URL (production)', () => {
    const built = fs.readFileSync(path.join(BUILD, 'manifest.xml'), 'utf8');
    const url = process.env.ADDIN_URL ? addinUrl(process.env.ADDIN_URL) : DEV_URL;
    expect([MANIFEST, releaseManifest(MANIFEST, { url, version })]).toContain(built);
  });

  test('its Version is package.json\'s version as x.y.z.0 (bump both for a release)', () => {
    const v = (walk(doc).find((n) => 'Version' in n)!.Version as string[])[0];
    expect(v).toBe(`${version}.0`);
  });

  test('SupportUrl and Get Started name the support page, the Vietnamese one for vi-VN', () => {
    const support = walk(doc).find((n) => 'SupportUrl' in n)!.SupportUrl as Node[];
    const learn = walk(doc).find((n) => attrs(n).id === 'GetStarted.LearnMoreUrl')!;
    for (const node of [support[0], learn]) {
      expect(attrs(node).DefaultValue).toBe(`${DEV_URL}support.html`);
      const overrides = (node.Override ?? node['bt:Override']) as Node[];
      expect(overrides.map(attrs)).toEqual([{ Locale: 'vi-VN', Value: `${DEV_URL}ho-tro.html` }]);
    }
  });

  test('the release manifest moves the AppDomain to ADDIN_URL\'s origin', () => {
    const out = releaseManifest(MANIFEST, { url: 'https://addin.example.org/a/b/', version });
    expect(out).toContain('<AppDomain>https://addin.example.org</AppDomain>');
    expect(out).not.toContain('localhost');
    expect(appDomains(doc)).toEqual([DEV_URL.slice(0, -1)]);
  });
});

describe('functions metadata', () => {
  const en = JSON.parse(fs.readFileSync(path.join(BUILD, 'functions.json'), 'utf8')) as { functions: FunctionMeta[] };
  const vi = JSON.parse(fs.readFileSync(path.join(BUILD, 'functions.vi.json'), 'utf8')) as { functions: FunctionMeta[] };

  test.each([['functions.json', en, 'en'], ['functions.vi.json', vi, 'vi']] as const)(
    '%s is what the functions declare: every function in order, its texts, its parameters in order', (_file, meta, lang) => {
      expect(meta.functions).toEqual(declaredMetadata(AID_FUNCTIONS, lang));
    });

  test.each([['functions.json', en, 'Example:'], ['functions.vi.json', vi, 'Ví dụ:']] as const)(
    '%s: every function and parameter has a description with an example', (_file, meta, word) => {
      for (const f of meta.functions) {
        expect({ id: f.id, description: f.description ?? '' }).toEqual({ id: f.id, description: expect.stringContaining(`${word} =AID.${f.id}(`) });
        for (const p of f.parameters) {
          expect({ param: `${f.id}.${p.name}`, description: p.description ?? '' }).toEqual({ param: `${f.id}.${p.name}`, description: expect.stringContaining(word) });
        }
      }
    });

  test('the Vietnamese metadata differs from the English only in its descriptions', () => {
    const strip = (m: { functions: FunctionMeta[] }): unknown => m.functions.map((f) => ({ ...f, description: '', parameters: f.parameters.map((p) => ({ ...p, description: '' })) }));
    expect(strip(vi)).toEqual(strip(en));
    expect(vi.functions[0].description).not.toBe(en.functions[0].description);
  });

  test('a missing translation stops the build', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { localizeFunctions } = require('../tools/localize-functions');
    const texts = vietnameseTexts(AID_FUNCTIONS);
    delete texts.RATE.params.committed;
    expect(() => localizeFunctions(en, texts)).toThrow(/RATE\.committed/);
  });
});
