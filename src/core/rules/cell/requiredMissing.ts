// AID-C101 required-missing: a required cell left blank (validate/cells.ts; an aid project's currency, when neither the row nor the
// amount header names one, in validate/dataRows.ts).
import { defineRule } from '../define';

export const requiredMissing = defineRule({
  id: 'AID-C101', name: 'required-missing', severity: 'error', needs: 'cell',
  params: {},
  native: (at) => (at.required ? `TRIM(${at.ref})=""` : null),
  titleVi: 'Thiếu giá trị bắt buộc', titleEn: 'Required value missing',
  vi: (p) => `${p.where}: thiếu "${p.column}"; ô này bắt buộc phải có giá trị.`,
  en: (p) => `${p.where}: "${p.column}" is missing; this cell must have a value.`,
});
