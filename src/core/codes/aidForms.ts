// Small lists of the aid and FDI registers: form of aid, source of funds, kind of FDI capital change.
import { CodeList } from './codeList';

/** Form of foreign NGO aid (Decree 80/2020/NĐ-CP, reported as replaced by Decree 313/2025/NĐ-CP). */
export const AID_FORMS: CodeList = new CodeList('aidForms', [
  {
    code: 'programme', vi: 'Chương trình', en: 'Programme',
    aliases: ['CT', 'program', 'chương trình viện trợ'],
  },
  {
    code: 'project', vi: 'Dự án', en: 'Project',
    aliases: ['DA', 'dự án viện trợ'],
  },
  {
    code: 'non-project', vi: 'Phi dự án', en: 'Non-project aid',
    aliases: ['PDA', 'Khoản viện trợ phi dự án', 'Viện trợ phi dự án', 'non-project', 'nonproject'],
  },
  {
    // Emergency relief is both a form of aid and a reporting sector; the two lists are separate.
    code: 'emergency', vi: 'Cứu trợ khẩn cấp', en: 'Emergency relief',
    aliases: ['Cứu trợ', 'Viện trợ khẩn cấp', 'Khẩn cấp', 'emergency', 'emergency aid', 'relief'],
  },
]);

/** Source of funds of an aid item. */
export const FUNDING_SOURCES: CodeList = new CodeList('fundingSources', [
  {
    code: 'ngo', vi: 'Viện trợ PCPNN', en: 'Foreign NGO aid',
    aliases: ['PCPNN', 'Phi chính phủ', 'Phi chính phủ nước ngoài', 'Viện trợ phi chính phủ nước ngoài', 'Viện trợ phi chính phủ', 'NGO', 'INGO', 'NGO aid'],
  },
  {
    code: 'oda-grant', vi: 'ODA không hoàn lại', en: 'ODA grant',
    aliases: ['Viện trợ ODA không hoàn lại', 'Vốn ODA không hoàn lại', 'ODA viện trợ không hoàn lại', 'grant', 'ODA grants'],
  },
  {
    code: 'oda-loan', vi: 'Vốn vay ODA', en: 'ODA loan',
    aliases: ['ODA vốn vay', 'Vay ODA', 'ODA loans'],
  },
  {
    code: 'concessional', vi: 'Vốn vay ưu đãi', en: 'Concessional loan',
    aliases: ['Vay ưu đãi', 'Vốn vay ưu đãi nước ngoài', 'concessional', 'concessional loans'],
  },
  {
    code: 'other', vi: 'Khác', en: 'Other',
    aliases: ['Nguồn khác', 'Nguồn vốn khác'],
  },
]);

/** Kind of change in an FDI project's capital: the three movements national FDI reports count. */
export const FDI_CHANGE_KINDS: CodeList = new CodeList('fdiChangeKinds', [
  {
    code: 'increase', vi: 'Tăng vốn', en: 'Capital increase',
    aliases: ['Điều chỉnh tăng', 'Điều chỉnh tăng vốn', 'Tăng', 'increase', 'capital increase'],
  },
  {
    code: 'decrease', vi: 'Giảm vốn', en: 'Capital decrease',
    aliases: ['Điều chỉnh giảm', 'Điều chỉnh giảm vốn', 'Giảm', 'decrease', 'capital reduction'],
  },
  {
    code: 'contribution', vi: 'Góp vốn, mua cổ phần', en: 'Capital contribution or share purchase',
    aliases: [
      'Góp vốn mua cổ phần', 'Góp vốn', 'Mua cổ phần', 'Mua phần vốn góp', 'Góp vốn, mua cổ phần, mua phần vốn góp',
      'GVMCP', 'GV, MCP', 'GV-MCP', 'capital contribution', 'share purchase', 'contribution',
    ],
  },
]);
