// Builds the add-in: one page (taskpane.html) that hosts the task pane, the ribbon commands and the
// custom functions in Excel's shared runtime; functions.json from the functions' JSDoc, and its
// Vietnamese twin from the functions' declarations (src/functions/registry.ts); the manifest with
// the URLs of the build; the support and privacy pages. `npm run build:addin` (production) or
// `npm run build:addin:dev`; `npm run dev-server` serves https://localhost:3000. Production reads
// ADDIN_URL (where the files will be served; the manifest is rewritten for it by
// tools/release-manifest.js), ADDIN_OUT (output folder, default dist/addin) and SUPPORT_EMAIL (the
// contact on the support pages); `npm run package` sets them and zips the result.
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { functionsTs } = require('./tools/functions-ts');
const { localizeFunctions } = require('./tools/localize-functions');
const { requireTs } = require('./tools/load-ts');
const { addinUrl, releaseManifest } = require('./tools/release-manifest');
const { fillContact } = require('./tools/support-contact');
const { version } = require('./package.json');

const URL_DEV = 'https://localhost:3000/';
const OUT = path.resolve(__dirname, process.env.ADDIN_OUT || 'dist/addin');

/**
 * The dev server's certificates from office-addin-dev-certs, read from the user's folder directly:
 * its own helper also tries to trust the CA system-wide, which needs admin rights we may not have.
 */
async function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) {
    const { generateCertificates } = require('office-addin-dev-certs');
    fs.mkdirSync(dir, { recursive: true });
    await generateCertificates(paths.ca, paths.cert, paths.key);
    console.log(`Certificates written to ${dir}. To trust them, run once: npx office-addin-dev-certs install`);
  }
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

/**
 * The Vietnamese texts of the AID.* functions, from their declarations. Stops the build when the
 * JSDoc in functions.ts (what Excel's functions.json is made from) no longer matches them.
 */
function vietnameseFunctionTexts() {
  const { current, wanted } = functionsTs();
  if (current !== wanted) throw new Error('src/functions/functions.ts differs from the functions\' declarations: run node tools/functions-ts.js');
  const { AID_FUNCTIONS } = requireTs(path.join(__dirname, 'src', 'functions', 'registry.ts'));
  return requireTs(path.join(__dirname, 'src', 'functions', 'metadata.ts')).vietnameseTexts(AID_FUNCTIONS);
}

/** functions.vi.json from the generated functions.json, and the size of the functions bundle. */
class AddinAssetsPlugin {
  apply(compiler) {
    const vi = vietnameseFunctionTexts();
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('AddinAssetsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'AddinAssetsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const en = assets['functions.json'];
        if (en) {
          const localized = localizeFunctions(JSON.parse(en.source().toString()), vi);
          compilation.emitAsset('functions.vi.json', new sources.RawSource(JSON.stringify(localized, null, 2)));
        }
        const js = assets['functions.js'];
        if (js) {
          const buf = Buffer.from(js.source());
          const gz = zlib.gzipSync(buf, { level: 9 }).length;
          console.log(`functions.js: ${(buf.length / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzipped (${compiler.options.mode})`);
        }
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  // A wrong ADDIN_URL (http://, no trailing slash) would build a manifest Office refuses: stop here.
  const urlProd = process.env.ADDIN_URL ? addinUrl(process.env.ADDIN_URL) : URL_DEV;
  if (!dev && !process.env.ADDIN_URL) console.log('ADDIN_URL is not set: the production manifest points at https://localhost:3000/.');
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/taskpane.ts',
    },
    output: { path: OUT, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.addin.json', onlyCompileBundledFiles: true } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new AddinAssetsPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: functions and commands live on the pane's page.
        chunks: ['functions', 'commands', 'taskpane'],
        // ?<build hash> on the bundles' URLs: a host may cache them for long, a new build is fetched anew.
        hash: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/support/support.css', to: 'support.css' },
          // The service worker at the site's root (its scope is the folder it is served from); the
          // version in its cache name makes each release a new worker with a cache of its own.
          { from: 'src/offline/sw.js', to: 'sw.js', transform: (content) => Buffer.from(content.toString().replace(/__VERSION__/g, version)) },
          {
            from: 'src/support/*.html',
            to: '[name][ext]',
            transform: (content) => Buffer.from(fillContact(content.toString(), process.env.SUPPORT_EMAIL)),
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // Production: every URL and AppDomain on ADDIN_URL, Version from package.json, ?v= on the functions' files.
            transform: (content) => (dev ? content : Buffer.from(releaseManifest(content.toString(), { url: urlProd, version }))),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: OUT },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: env.WEBPACK_SERVE ? await devCertificates() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
