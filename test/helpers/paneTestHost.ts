// The pane's browser tests run the production build with an in-memory host in place of Office.js
// (test/pane/entry.ts, bundled here into testhost.js).
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
