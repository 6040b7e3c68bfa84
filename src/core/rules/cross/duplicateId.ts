// AID-X301 duplicate-id: an id used twice in one register (validate/duplicates.ts): needs the other rows of the register.
import { defineRule, q } from '../define';

export const duplicateId = defineRule({
  id: 'AID-X301', name: 'duplicate-id', severity: 'error', needs: 'table',
  params: { value: 'text', firstRow: 'text' },
  titleVi: 'Mã bị trùng', titleEn: 'Duplicate id',
  vi: (p) => `${p.where}: mã ${q(p.value)} đã có ở dòng ${p.firstRow}; mỗi mã chỉ được dùng một lần.`,
  en: (p) => `${p.where}: id ${q(p.value)} already appears on row ${p.firstRow}; each id must be unique.`,
});
