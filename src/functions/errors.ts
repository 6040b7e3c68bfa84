// The errors our functions raise, independent of any host: Excel turns them into
// CustomFunctions.Error, the formula-engine test into its own error values. Each carries the
// message the user sees when hovering the cell.
import { fnMessage } from './messages';
export type FunctionErrorCode = 'value' | 'na' | 'num' | 'div0' | 'ref';

export class FunctionError extends Error {
  constructor(readonly code: FunctionErrorCode, message: string) {
    super(message);
    this.name = 'FunctionError';
  }
}

/** Raises the function error `id` (see messages.ts) in the language of `lang`. */
export function fail(lang: 'vi' | 'en', code: FunctionErrorCode, id: string, params: Record<string, string | number> = {}): never {
  throw new FunctionError(code, fnMessage(id, lang, params));
}
