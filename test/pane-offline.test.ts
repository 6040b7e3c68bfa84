/// <reference lib="dom" />
// Offline after the first load, in real headless Chromium: the production build is served from one
// origin and the stand-in for Office.js from another (as Microsoft's CDN is); after one online load
// both servers are shut down, and a reload must still bring up a working pane from the service
// worker's cache. Bringing the servers back with a changed page shows that updates are picked up.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser } from 'playwright-core';
import { buildPaneTestHost, PANE_TEST_BUILD, PANE_TEST_TMP } from './helpers/paneTestHost';
import { loadedUrls } from '../src/taskpane/offline';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const HOST_DIR = path.join(PANE_TEST_TMP, 'offline');
const haveChromium = fs.existsSync(CHROMIUM);
const maybe = haveChromium ? describe : describe.skip;

test('the pane keeps what it loaded from its own site and the scripts and styles it took from elsewhere', () => {
  const page = 'https://addin.example.vn/taskpane.html';
  expect(loadedUrls(page, [
    { name: 'https://addin.example.vn/taskpane.js?abc', initiatorType: 'script' },
    { name: 'https://addin.example.vn/functions.json', initiatorType: 'fetch' },
    { name: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', initiatorType: 'script' },
    { name: 'https://appsforoffice.microsoft.com/lib/1/hosted/office_strings.js', initiatorType: 'script' },
    { name: 'https://telemetry.example.com/collect', initiatorType: 'xmlhttprequest' },
    { name: 'data:image/png;base64,AAAA', initiatorType: 'img' },
  ])).toEqual([
    page,
    'https://addin.example.vn/taskpane.js?abc',
    'https://addin.example.vn/functions.json',
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    'https://appsforoffice.microsoft.com/lib/1/hosted/office_strings.js',
  ]);
});

/**
 * A server whose network can fail and come back. Down, it keeps its port but drops every connection
 * unanswered: closing it would free the port for another test's server running alongside, whose
 * answers (a 404) would then stand for "the network" and make the reload fail for the wrong reason.
 */
class Site {
  private server: http.Server | null = null;
  private offline = false;
  port = 0;
  constructor(private readonly handle: http.RequestListener) {}
  async up(): Promise<void> {
    this.offline = false;
    if (this.server) return;
    const server = http.createServer((req, res) => {
      if (this.offline) { req.socket.destroy(); return; }
      this.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }
  /** The network fails: open connections are dropped, new requests get no answer. */
  down(): void {
    this.offline = true;
    this.server?.closeAllConnections();
  }
  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  get base(): string { return `http://127.0.0.1:${this.port}`; }
}

function send(res: http.ServerResponse, file: string): void {
  fs.readFile(file, (err, data) => {
    if (err) { res.statusCode = 404; res.end(); return; }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    res.setHeader('content-type', `${type}; charset=utf-8`);
    // As docs/deployment.md asks of a host: the page and the worker revalidated on every load.
    res.setHeader('cache-control', 'no-cache');
    res.end(data);
  });
}

maybe('offline after the first load (service worker, Chromium)', () => {
  let browser: Browser;
  let release = '1';
  const cdn = new Site((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (url === '/lib/1/hosted/office.js') send(res, path.join(HOST_DIR, 'testhost.js'));
    else { res.statusCode = 404; res.end(); }
  });
  const site = new Site((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (url === '/taskpane.html') {
      const page = fs.readFileSync(path.join(PANE_TEST_BUILD, 'taskpane.html'), 'utf8')
        .replace(/https:\/\/appsforoffice\.microsoft\.com/, cdn.base)
        .replace('<head>', `<head><meta name="release" content="${release}">`);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-cache');
      res.end(page);
      return;
    }
    const file = path.join(PANE_TEST_BUILD, path.normalize(url).replace(/^([/\\])+/, ''));
    if (!file.startsWith(PANE_TEST_BUILD)) { res.statusCode = 403; res.end(); return; }
    send(res, file);
  });

  beforeAll(async () => {
    if (!fs.existsSync(path.join(PANE_TEST_BUILD, 'sw.js'))) throw new Error('dist/addin/sw.js is missing: run `npm run build:addin` first (npm test does).');
    await buildPaneTestHost(HOST_DIR);
    await cdn.up();
    await site.up();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await site.close();
    await cdn.close();
  });

  test('load, lose the network, reload: the pane works from the cache; back online, a new release is served', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.base}/taskpane.html`);
    await page.waitForSelector('#tab-templates:not([hidden])');

    // The worker took over and kept the page, the bundles and the "CDN" script the page loaded.
    const officeJs = `${cdn.base}/lib/1/hosted/office.js`;
    await page.waitForFunction(async (wanted) => {
      const names = await caches.keys();
      const kept = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat();
      return wanted.every((w) => kept.some((k) => k.startsWith(w)));
    }, [officeJs, `${site.base}/taskpane.html`, `${site.base}/taskpane.js`, `${site.base}/taskpane.css`], { timeout: 15_000 });
    expect(await page.evaluate(() => caches.keys())).toEqual(['aid-ledger-' + JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version]);

    site.down();
    cdn.down();
    await expect(fetch(`${site.base}/taskpane.html`)).rejects.toThrow();

    await page.reload();
    await page.waitForSelector('#tab-templates:not([hidden])');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.getAttribute('meta[name="release"]', 'content')).toBe('1');
    expect(await page.textContent('#title')).toBe('Aid & FDI Ledger');
    // Not just the page: the engine runs (the in-memory workbook from the cached "Office.js").
    await page.click('#tab-validate');
    await page.click('#run-validate');
    await page.waitForFunction(() => /Found \d+ registers/.test(document.getElementById('status')!.textContent ?? ''));

    release = '2';
    await cdn.up();
    await site.up();
    await page.reload();
    await page.waitForSelector('#tab-templates:not([hidden])');
    expect(await page.getAttribute('meta[name="release"]', 'content')).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
