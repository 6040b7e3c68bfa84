// What Excel is told about the AID.* functions, derived from the registry and nothing else:
//   - the lower part of functions.ts, one JSDoc-described stub per function. Excel's metadata comes
//     from custom-functions-metadata-plugin, which parses that TypeScript source and cannot read the
//     registry, so the stubs are written out (`node tools/functions-ts.js`) and committed; the add-in
//     build and test/functions-registry.test.ts fail when they differ from what this module writes;
//   - the Vietnamese texts that turn functions.json into functions.vi.json (webpack.config.js).
import type { AidFunction, ParamDef } from './define';

/** The line in functions.ts below which everything is written from the registry. */
export const ENTRY_MARK = '// ---- Written from the registry by `node tools/functions-ts.js`: edit the function\'s declaration, not below. ----';

/** A JSDoc line must not end the comment or break over lines: either would change what Excel reads. */
function docText(text: string, where: string): string {
  if (text.trim() === '' || text.includes('*/') || /[\r\n]/.test(text)) throw new Error(`${where}: a description must be one non-empty line without "*/"`);
  return text;
}

/** The TypeScript type custom-functions-metadata reads: any[][] makes Excel pass a 2-D array. */
const tsType = (p: ParamDef): string => (p.type === 'range' ? 'any[][]' : 'any');

function stub(fn: AidFunction): string {
  const where = `AID.${fn.name}`;
  const params = fn.params.map((p) => ` * @param ${p.optional ? `[${p.name}]` : p.name} ${docText(p.en, `${where}.${p.name}`)}`);
  const signature = fn.params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${tsType(p)}`).join(', ');
  return [
    '/**',
    ` * ${docText(fn.en, where)}`,
    ` * @customfunction ${fn.name}`,
    ...params,
    ` * @returns ${docText(fn.returns, `${where} returns`)}`,
    ' */',
    `export function ${fn.name.toLowerCase()}(${signature}): any[][] {`,
    `  return run('${fn.name}', [${fn.params.map((p) => p.name).join(', ')}]);`,
    '}',
  ].join('\n');
}

/** Everything below ENTRY_MARK in functions.ts. */
export function entryStubs(fns: readonly AidFunction[]): string {
  return `${fns.map(stub).join('\n\n')}\n`;
}

/** functions.ts with its written part replaced by the registry's; what is above the mark is kept. */
export function withEntryStubs(source: string, fns: readonly AidFunction[]): string {
  const at = source.indexOf(ENTRY_MARK);
  if (at < 0) throw new Error(`functions.ts has no line "${ENTRY_MARK}"`);
  return `${source.slice(0, at)}${ENTRY_MARK}\n${entryStubs(fns)}`;
}

/** Vietnamese texts per function id, in the shape tools/localize-functions.js applies to functions.json. */
export interface Translations {
  [id: string]: { description: string; params: Record<string, string> };
}

export function vietnameseTexts(fns: readonly AidFunction[]): Translations {
  return Object.fromEntries(fns.map((fn) => [fn.name, {
    description: fn.vi,
    params: Object.fromEntries(fn.params.map((p) => [p.name, p.vi])),
  }]));
}
