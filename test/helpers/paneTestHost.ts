// The pane's browser tests run the production build with an in-memory host in place of Office.js
// (test/pane/entry.ts, bundled here into testhost.js).
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..');
export const PANE_TEST_BUILD = path.join(ROOT, 'dist', 'addin');
export const PANE_TEST_TMP = path.join(ROOT, 'test', '.tmp', 'pane');

/** Bundles the in-memory host into `out`/testhost.js (test files running side by side use their own `out`). */
export function buildPaneTestHost(out: string = PANE_TEST_TMP): Promise<void> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry: path.join(ROOT, 'test', 'pane', 'entry.ts'),
    output: { path: out, filename: 'testhost.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { configFile: path.join(ROOT, 'tsconfig.addin.json'), transpileOnly: true } } }] },
  });
  return new Promise((resolve, reject) => compiler.run((err, stats) => {
    if (err || stats?.hasErrors()) reject(err ?? new Error(stats!.toString('errors-only')));
    else compiler.close(() => resolve());
  }));
}

/**
 * Serves the production build, with the test host bundled into `out` in place of Office.js (no network
 * here), on a free local port.
 */
export function servePane(out: string = PANE_TEST_TMP): Promise<http.Server> {
  const page = fs.readFileSync(path.join(PANE_TEST_BUILD, 'taskpane.html'), 'utf8')
    .replace(/<script[^>]*appsforoffice[^>]*><\/script>/, '<script src="testhost.js"></script>');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (url === '/taskpane.html') { res.setHeader('content-type', 'text/html; charset=utf-8'); res.end(page); return; }
    const file = url === '/testhost.js' ? path.join(out, 'testhost.js') : path.join(PANE_TEST_BUILD, path.normalize(url).replace(/^([/\\])+/, ''));
    if (!file.startsWith(PANE_TEST_BUILD) && !file.startsWith(out)) { res.statusCode = 403; res.end(); return; }
    fs.readFile(file, (err, data) => {
      if (err) { res.statusCode = 404; res.end(); return; }
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
      res.setHeader('content-type', `${type}; charset=utf-8`);
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
