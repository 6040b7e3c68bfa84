// AID-C106 code-not-canonical: a code-list value recognised but not written as the list writes it; the canonical name is the fix
// (validate/cells.ts).
// The check (validate/cells.ts) and the fast path's "certainly clean" test (validate/engine/cleanCells.ts)
// both ask this, so the condition is written once.
import { defineRule, q } from '../define';

export const codeNotCanonical = defineRule({
  id: 'AID-C106', name: 'code-not-canonical', severity: 'warning', needs: 'cell',
  params: { value: 'text', canonical: 'text' },
  titleVi: 'Giá trị chưa đúng tên chuẩn', titleEn: 'Value not in its canonical form',
  vi: (p) => `${p.where}: ${q(p.value)} ở cột "${p.column}" được hiểu là ${q(p.canonical)}; sửa thành tên chuẩn ${q(p.canonical)}.`,
  en: (p) => `${p.where}: ${q(p.value)} in "${p.column}" is read as ${q(p.canonical)}; fix: the canonical ${q(p.canonical)}.`,
});

/** A value the list recognised (`exact`: as one of its names) but shown otherwise than its canonical name. */
export function isNotCanonical(exact: boolean, shown: string, canonical: string): boolean {
  return !exact && shown !== canonical;
}
