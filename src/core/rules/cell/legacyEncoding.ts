// AID-C111 legacy-encoding: text typed in a TCVN3 or VNI font reads as garbage outside that font; the Unicode text is the fix.
import { repairLegacy } from '../../parse/legacy';
import { boundedMemo } from '../../base/memo';
import { defineRule, q } from '../define';

export const legacyEncoding = defineRule({
  id: 'AID-C111', name: 'legacy-encoding', severity: 'warning', needs: 'cell',
  params: { value: 'text', encoding: 'text', fixText: 'text' },
  titleVi: 'Chữ mã cũ (TCVN3/VNI)', titleEn: 'Legacy-encoded text (TCVN3/VNI)',
  vi: (p) => `${p.where}: ${q(p.value)} là chữ mã ${p.encoding}; sửa thành Unicode ${q(p.fixText)}.`,
  en: (p) => `${p.where}: ${q(p.value)} is ${p.encoding} text; fix: the Unicode ${q(p.fixText)}.`,
});

// eslint-disable-next-line no-control-regex -- any 7-bit text, control characters included, cannot be TCVN3/VNI
const ASCII = /^[\x00-\x7f]*$/;
/** One remembered detector per font, since the font decides the encoding as much as the text. */
const repairByFont = new Map<string, (text: string) => ReturnType<typeof repairLegacy>>();

/**
 * The Unicode text of a TCVN3/VNI text under its cell's font, or null when the text is not legacy.
 * The check (validate/cells.ts) reports it; the fast path (validate/engine/cleanCells.ts) asks it of
 * the texts some font would make legacy.
 */
export function legacyRepair(text: string, font: string | undefined): ReturnType<typeof repairLegacy> {
  if (ASCII.test(text)) return null;
  const f = font ?? '';
  let repair = repairByFont.get(f);
  if (!repair) {
    repair = boundedMemo(50_000, (t) => repairLegacy(t, font));
    repairByFont.set(f, repair);
  }
  return repair(text);
}
