// The functions metadata Excel must get (functions.json, or functions.vi.json with lang 'vi'), as the
// functions' declarations say it: compared with custom-functions-metadata's output on functions.ts
// (test/functions-registry.test.ts) and with the add-in build (test/manifest.test.ts).
import type { Lang } from '../../src/core/model';
import type { AidFunction } from '../../src/functions/registry';

export interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean; type?: string; dimensionality?: string }[];
  result?: { dimensionality?: string };
}

export function declaredMetadata(fns: readonly AidFunction[], lang: Lang): FunctionMeta[] {
  return fns.map((fn) => ({
    id: fn.name,
    name: fn.name,
    description: fn[lang],
    parameters: fn.params.map((p) => ({
      name: p.name,
      description: p[lang],
      // Every parameter is `any` to Excel; a range parameter is also a matrix (see define.ts).
      type: 'any',
      ...(p.type === 'range' ? { dimensionality: 'matrix' } : {}),
      ...(p.optional ? { optional: true } : {}),
    })),
    result: { dimensionality: 'matrix' },
  }));
}
