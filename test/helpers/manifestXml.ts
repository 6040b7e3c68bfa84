// Reading an add-in manifest parsed by xml2js: shared by the source manifest's checks
// (manifest.test.ts) and the packaged release's (package.test.ts).
import { execFileSync } from 'child_process';
import * as path from 'path';

export type Node = Record<string, unknown>;

/** Every object in the parsed XML tree, depth first. */
export function walk(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, out));
  else if (node && typeof node === 'object') {
    out.push(node as Node);
    Object.values(node).forEach((v) => walk(v, out));
  }
  return out;
}

export const attrs = (n: Node): Record<string, string> => (n.$ as Record<string, string>) ?? {};

/** Every https:// address in a DefaultValue or Value attribute (URLs and their locale overrides). */
export function manifestUrls(doc: Node): string[] {
  const urls = new Set<string>();
  for (const n of walk(doc)) {
    for (const v of [attrs(n).DefaultValue, attrs(n).Value]) if (v?.startsWith('https://')) urls.add(v);
  }
  return [...urls];
}

/** The text of every <AppDomain>. */
export const appDomains = (doc: Node): string[] => walk(doc).filter((n) => 'AppDomain' in n).flatMap((n) => n.AppDomain as string[]);

/** Resource ids used (resid="…") that Resources does not define, and ids defined more than once. */
export function resourceProblems(doc: Node): { undefinedIds: string[]; duplicateIds: string[]; used: number } {
  const res = (walk(doc).find((n) => 'Resources' in n)!.Resources as Node[])[0];
  const defined: string[] = [];
  for (const [kind, tag] of [['bt:Images', 'bt:Image'], ['bt:Urls', 'bt:Url'], ['bt:ShortStrings', 'bt:String'], ['bt:LongStrings', 'bt:String']]) {
    const group = (res[kind] as Node[] | undefined)?.[0];
    for (const n of (group?.[tag] as Node[] | undefined) ?? []) defined.push(attrs(n).id);
  }
  const used = walk(doc).map((n) => attrs(n).resid).filter((x): x is string => Boolean(x));
  return {
    undefinedIds: used.filter((id) => !defined.includes(id)),
    duplicateIds: defined.filter((id, i) => defined.indexOf(id) !== i),
    used: used.length,
  };
}

/** `office-addin-manifest info` on a manifest file: what Microsoft's own parser reads from it. */
export function manifestInfo(file: string): string {
  const root = path.join(__dirname, '..', '..');
  const bin = path.join(root, 'node_modules', '.bin', 'office-addin-manifest');
  return execFileSync(bin, ['info', file], { cwd: root, encoding: 'utf8' });
}
