// The staff guide (docs/huong-dan-su-dung.md) is what an officer follows without a developer at hand,
// so it must not drift from the product: its rule table lists every rule with the title the pane shows,
// its pictures and links exist, and every label it quotes in bold is a label the pane or the ribbon
// really shows, and its function examples give what it says. The guide's convention: **bold** is used for such labels only (Excel's own menus are in
// italics), which is what lets this test find them.
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS, RULES } from '../src/core/rules';
import { ymdToDay } from '../src/core/parse/date';
import { REGISTERS } from '../src/core/schema/registers';
import { envFor } from '../src/functions/env';
import { aidFunction } from '../src/functions/registry';
import { PANE_LABELS } from '../src/taskpane/labels';

const ROOT = path.join(__dirname, '..');
const GUIDE = path.join(ROOT, 'docs', 'huong-dan-su-dung.md');
const ENGLISH_HEADING = '## English summary';

const guide = fs.existsSync(GUIDE) ? fs.readFileSync(GUIDE, 'utf8') : '';
const englishAt = guide.indexOf(ENGLISH_HEADING);
const vietnamese = englishAt < 0 ? guide : guide.slice(0, englishAt);
const english = englishAt < 0 ? '' : guide.slice(englishAt);

const decode = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Texts written in the pane's page itself (buttons such as OK and ✕, the language options). */
function htmlTexts(): string[] {
  const html = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  return [...html.matchAll(/>([^<]+)</g)].map((m) => decode(m[1].trim())).filter((t) => t !== '');
}

/** The ribbon's and the add-in's names in the manifest: English defaults and the vi-VN overrides. */
function manifestTexts(): { en: string[]; vi: string[] } {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const en: string[] = [];
  const vi: string[] = [];
  for (const m of xml.matchAll(/<(?:bt:String|DisplayName)\b[^>]*DefaultValue="([^"]*)"[^>]*>([\s\S]*?)<\/(?:bt:String|DisplayName)>/g)) {
    en.push(decode(m[1]));
    const o = /Locale="vi-VN"\s+Value="([^"]*)"/.exec(m[2]);
    if (o) vi.push(decode(o[1]));
  }
  return { en, vi };
}

/** A label as a pattern: its {placeholders} stand for any text (the guide writes "{n}" or a number). */
function labelPattern(text: string): RegExp {
  const parts = text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

function allowedLabels(lang: 'vi' | 'en'): RegExp[] {
  const pane = Object.values(PANE_LABELS);
  const manifest = manifestTexts();
  const englishPane = new Set(pane.map((l) => l.en as string).filter((en) => !pane.some((l) => l.vi === en)));
  // The page's own texts are its English fallback until the script sets the language: in the Vietnamese
  // part only those that are no English label count (OK, ✕, the language names).
  const html = htmlTexts().filter((t) => lang === 'en' || (!englishPane.has(t) && !manifest.en.includes(t)));
  const texts = lang === 'vi'
    ? [...pane.map((l) => l.vi as string), ...manifest.vi, ...html]
    : [...pane.map((l) => l.en as string), ...manifest.en, ...html];
  return texts.map(labelPattern);
}

/** Bold spans, without code spans (a formula may hold two asterisks). */
function boldTexts(markdown: string): string[] {
  const text = markdown.replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\*\*([^*\n]+?)\*\*/g)].map((m) => m[1]);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+)$/gm)) {
    anchors.add(m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
  }
  return anchors;
}

function links(markdown: string): { image: boolean; target: string }[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => ({ image: m[1] === '!', target: m[2] }));
}

interface RuleRow { id: string; title: string; severity: string; cells: string[] }

function ruleRows(): RuleRow[] {
  return vietnamese.split('\n').filter((l) => /^\|\s*AID-[A-Z]\d{3}\s*\|/.test(l)).map((l) => {
    const cells = l.split('|').slice(1, -1).map((c) => c.trim());
    return { id: cells[0], title: cells[1], severity: cells[2], cells };
  });
}

test('the staff guide exists, in Vietnamese, with an English summary at the end', () => {
  expect(fs.existsSync(GUIDE)).toBe(true);
  expect(guide).toMatch(/^# Hướng dẫn sử dụng/);
  expect(englishAt).toBeGreaterThan(0);
});

test('its rule table lists every rule once, with the Vietnamese title and severity the pane shows', () => {
  const rows = ruleRows();
  expect(rows.map((r) => r.id)).toEqual([...RULE_IDS]);
  for (const r of rows) {
    const def = RULES.get(r.id)!;
    expect({ id: r.id, title: r.title, severity: r.severity })
      .toEqual({ id: r.id, title: def.titleVi, severity: def.severity === 'error' ? 'lỗi' : 'cảnh báo' });
    // Meaning and how to fix are both written.
    expect(r.cells).toHaveLength(5);
    expect(r.cells[3].length).toBeGreaterThan(10);
    expect(r.cells[4].length).toBeGreaterThan(5);
  }
});

test('every picture it shows exists', () => {
  const images = links(guide).filter((l) => l.image);
  expect(images.length).toBeGreaterThanOrEqual(3);
  for (const { target } of images) {
    expect({ target, exists: fs.existsSync(path.join(ROOT, 'docs', target)) }).toEqual({ target, exists: true });
  }
});

test('every relative link resolves, anchors included', () => {
  const own = anchorsOf(guide);
  for (const { target } of links(guide)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [file, anchor] = target.split('#');
    const full = file === '' ? GUIDE : path.join(ROOT, 'docs', decodeURIComponent(file));
    expect({ target, exists: fs.existsSync(full) }).toEqual({ target, exists: true });
    if (!anchor) continue;
    const anchors = file === '' ? own : anchorsOf(fs.readFileSync(full, 'utf8'));
    expect({ target, anchor: anchors.has(decodeURIComponent(anchor)) }).toEqual({ target, anchor: true });
  }
});

test('every label it quotes in bold is a real label of the pane or the ribbon, in the part\'s language', () => {
  for (const [part, lang] of [[vietnamese, 'vi'], [english, 'en']] as const) {
    const allowed = allowedLabels(lang);
    const bold = boldTexts(part);
    expect(bold.length).toBeGreaterThan(0);
    const unknown = bold.filter((b) => !allowed.some((re) => re.test(b)));
    expect({ lang, unknown }).toEqual({ lang, unknown: [] });
  }
});

test('the label check tells a real label from an invented one', () => {
  const vi = allowedLabels('vi');
  const known = (s: string): boolean => vi.some((re) => re.test(s));
  expect(known('Kiểm tra ngay')).toBe(true);
  expect(known('Sửa tất cả (6)')).toBe(true);
  expect(known('Viện trợ & FDI')).toBe(true); // the ribbon tab, from the manifest
  expect(known('Hoàn tác')).toBe(false);
  expect(known('Validate now')).toBe(false); // English, in the Vietnamese part
});

/** The guide's function examples whose arguments are all literals, with the result it promises. */
function literalExamples(): { name: string; args: (string | number)[]; result: string }[] {
  const out: { name: string; args: (string | number)[]; result: string }[] = [];
  for (const m of vietnamese.matchAll(/`=AID\.([A-Z]+)\(([^`]*)\)` → ([^|\n]+?)\s*\|/g)) {
    const args = m[2].split(';').map((a) => a.trim());
    if (!args.every((a) => /^".*"$/.test(a) || /^-?\d+$/.test(a))) continue; // cell references need a workbook
    out.push({ name: m[1], args: args.map((a) => (a.startsWith('"') ? a.slice(1, -1) : Number(a))), result: m[3] });
  }
  return out;
}

test('the functions\' examples give what the guide says, in Vietnamese Excel', () => {
  const examples = literalExamples();
  expect(examples.map((e) => e.name)).toEqual(['AMOUNT', 'CURRENCY', 'SECTOR', 'COUNTRY', 'PROVINCE', 'TEXT', 'WORDS']);
  const env = envFor('vi-VN', ymdToDay(2025, 6, 1));
  for (const e of examples) {
    const m = aidFunction(e.name).run(e.args, env);
    expect({ example: `${e.name}(${e.args.join(';')})`, result: String(m[0][0]) }).toEqual({ example: `${e.name}(${e.args.join(';')})`, result: e.result });
  }
});

test('its table of required columns names exactly each register\'s required columns', () => {
  const start = vietnamese.indexOf('| Trang | Cột bắt buộc |');
  expect(start).toBeGreaterThan(0);
  const lines = vietnamese.slice(start).split('\n').slice(2);
  const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith('|')));
  const listed = Object.fromEntries(rows.map((l) => {
    const [sheet, columns] = l.split('|').slice(1, -1).map((c) => c.trim());
    return [sheet.replace(/`/g, ''), [...columns.matchAll(/"([^"]+)"/g)].map((m) => m[1])];
  }));
  const expected = Object.fromEntries(REGISTERS.map((d) => [d.sheetVi, d.columns.filter((c) => c.required).map((c) => c.vi)]));
  expect(listed).toEqual(expected);
});
