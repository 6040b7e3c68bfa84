// AID-C105 ambiguous-number: "1,250" in a USD column: 1250 or 1.25? Only a person can tell, so no fix is proposed (validate/cells.ts).
import { defineRule, q } from '../define';

export const ambiguousNumber = defineRule({
  id: 'AID-C105', name: 'ambiguous-number', severity: 'error', needs: 'cell',
  params: { value: 'text', reading: 'number', alternative: 'number' },
  titleVi: 'Số có thể hiểu hai cách', titleEn: 'Ambiguous number',
  vi: (p) => `${p.where}: ${q(p.value)} có thể là ${p.reading} hoặc ${p.alternative}; cần người nhập xác định và ghi lại rõ ràng.`,
  en: (p) => `${p.where}: ${q(p.value)} could be ${p.reading} or ${p.alternative}; only a person can tell, so retype it unambiguously.`,
});
