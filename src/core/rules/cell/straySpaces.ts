// AID-C112 stray-spaces: spaces before, after or doubled inside a text: they split one donor into two in every summary.
// The check (validate/cells.ts) and the fast path's "certainly clean" test (validate/engine/cleanCells.ts)
// both ask this, so the condition is written once.
import { defineRule, q } from '../define';

export const straySpaces = defineRule({
  id: 'AID-C112', name: 'stray-spaces', severity: 'warning', needs: 'cell',
  params: { value: 'text', fixText: 'text' },
  titleVi: 'Khoảng trắng thừa', titleEn: 'Stray spaces',
  vi: (p) => `${p.where}: ${q(p.value)} có khoảng trắng thừa; sửa thành ${q(p.fixText)}.`,
  en: (p) => `${p.where}: ${q(p.value)} has stray spaces; fix: ${q(p.fixText)}.`,
});

/** Whether a text has stray spaces, and the text without them (the fix). */
export { hasStraySpaces, cleanSpaces as withoutStraySpaces } from '../../base/text';
