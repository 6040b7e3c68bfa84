// Labels of the task pane, in Vietnamese and English: one glossary for the pane's own words.
import type { Lang } from '../core/model';

export const PANE_LABELS = {
  title: { vi: 'Sổ viện trợ & FDI', en: 'Aid & FDI Ledger' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  sections: { vi: 'Các phần', en: 'Sections' },
  functions: { vi: 'Hàm', en: 'Functions' },
  functionsIntro: {
    vi: 'Gõ các hàm này vào bất kỳ ô nào, như hàm sẵn có của Excel. Dấu phân cách đối số theo cài đặt vùng của máy (thường là dấu chấm phẩy).',
    en: 'Type these functions into any cell, like Excel\'s own. Arguments are separated by your regional list separator (usually a comma).',
  },
  loadFailed: { vi: 'Không tải được danh sách hàm.', en: 'The function list could not be loaded.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type PaneLabel = keyof typeof PANE_LABELS;

export const label = (key: PaneLabel, lang: Lang): string => PANE_LABELS[key][lang];
