// Lets plain Node code (webpack.config.js, tools/functions-ts.js) require the TypeScript registry of
// the AID.* functions. Each .ts file is transpiled on its own by the project's TypeScript (types are
// dropped, never checked: `npm run typecheck` does that), only while requireTs runs; modules already
// loaded stay cached.
'use strict';
const fs = require('fs');
const Module = require('module');
const ts = require('typescript');

const COMPILER_OPTIONS = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };

function requireTs(file) {
  const previous = Module._extensions['.ts'];
  Module._extensions['.ts'] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions: COMPILER_OPTIONS });
    module._compile(outputText, filename);
  };
  try {
    return require(file);
  } finally {
    if (previous) Module._extensions['.ts'] = previous;
    else delete Module._extensions['.ts'];
  }
}

module.exports = { requireTs };
