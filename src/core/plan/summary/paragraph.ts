// The summary in words, as provinces write it in their reports: period phrases ("Trong 6 tháng đầu
// năm 2024"), money in words ("3,7 triệu USD", "45,3 tỷ đồng") and "tăng 35,2% so với cùng kỳ".
// Shared by the summary sheet and the task pane, which shows the paragraph ready to paste.
import type { Lang } from '../../model';
import { formatDay, isoToDay } from '../../parse/date';
import type { Summary } from '../../summary';
import { moneyWords, short } from '../../i18n/moneyWords';
import { missingRate } from '../../rules/cross/missingRate';
import type { Approx } from '../../vocab/qualifiers';
import { noRegisterText, reasonWords, warningText, withQualifier } from '../../summary/words';
import type { Reason } from '../../summary/common';
import { RULES } from '../../rules/catalog';

/** A label as a clause after "do" / in brackets: first letter lower-cased unless it starts an acronym ("VSIC", "FDI"). */
function asClause(title: string | undefined, lang: Lang): string | null {
  if (!title) return null;
  const acronym = title.length > 1 && title[1] === title[1].toUpperCase() && title[1] !== title[1].toLowerCase();
  return acronym ? title : title[0].toLocaleLowerCase(lang) + title.slice(1);
}

/** A rule's title as a clause. No rule id: a report's paragraph speaks the province's language, the sheet's reconciliation names the rule. */
function ruleClause(rule: string, lang: Lang): string | null {
  const def = RULES.get(rule);
  return def ? asClause(lang === 'vi' ? def.titleVi : def.titleEn, lang) : null;
}

/**
 * "Các số liệu trên không tính 3 khoản do thiếu tỷ giá và 1 khoản do thiếu ngày." — the rows left
 * out of the figures, by reason, as the reconciliation under the sheet's key figures counts them;
 * '' when every row was counted. `unit` names what a row is (khoản viện trợ, dòng FDI).
 */
function notCountedSentence(total: number, reasons: readonly Reason[], lang: Lang, unit: { vi: string; en: [string, string] }, what: { vi: string; en: string }): string {
  if (total <= 0) return '';
  const vi = lang === 'vi';
  const n = (k: number): string => (vi ? `${k} ${unit.vi}` : `${k} ${k === 1 ? unit.en[0] : unit.en[1]}`);
  const given = reasons.filter((r) => r.count > 0);
  const parts = given.map((r) => {
    const why = asClause(reasonWords(r.rule, lang), lang) ?? ruleClause(r.rule, lang) ?? r.rule;
    return vi ? `${n(r.count)} do ${why}` : `${n(r.count)} (${why})`;
  });
  const listed = given.reduce((k, r) => k + r.count, 0);
  const and = vi ? ' và ' : ' and ';
  // Reasons that do not add up to the total are not itemised: the total alone is said.
  const body = parts.length > 0 && listed === total
    ? (parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]}`)
    : n(total);
  return vi ? ` ${what.vi} không tính ${body}.` : ` ${what.en} leave out ${body}.`;
}

/** Money in words, with "khoảng"/"trên"… when parts of the figure were written as approximate. */
function approxMoney(x: number, cur: string, lang: Lang, q: Approx | null): string {
  return withQualifier(moneyWords(x, cur, lang), q, lang);
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The period as a sentence opener: "Năm 2024" / "In 2024", "Trong 6 tháng đầu năm 2024" / "In the
 * first half of 2024", "Quý III/2024" / "In Q3 2024", "Tháng 3/2024" / "In March 2024", and
 * "Từ 01/01/2024 đến 31/03/2024" / "From Jan 1, 2024 to Mar 31, 2024" for any other range.
 */
export function periodPhrase(period: Summary['period'], lang: Lang): string {
  const vi = lang === 'vi';
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/.exec(period.label);
  if (m) {
    const y = m[1];
    const part = m[2];
    if (part === undefined) return vi ? `Năm ${y}` : `In ${y}`;
    if (part === 'H1') return vi ? `Trong 6 tháng đầu năm ${y}` : `In the first half of ${y}`;
    if (part === 'H2') return vi ? `Trong 6 tháng cuối năm ${y}` : `In the second half of ${y}`;
    if (part[0] === 'Q') return vi ? `Quý ${ROMAN[Number(part[1]) - 1]}/${y}` : `In Q${part[1]} ${y}`;
    const month = Number(part);
    return vi ? `Tháng ${month}/${y}` : `In ${MONTHS_EN[month - 1]} ${y}`;
  }
  const from = formatDay(isoToDay(period.from), lang);
  const to = formatDay(isoToDay(period.to), lang);
  return vi ? `Từ ${from} đến ${to}` : `From ${from} to ${to}`;
}

/** A ratio as a percentage with at most one decimal: "35,2%", "183%". */
function percent(ratio: number, lang: Lang): string {
  return `${short(ratio * 100, lang, 1)}%`;
}

/** "tăng 35,2% so với cùng kỳ" / "up 35.2% year on year"; '' when there is nothing to compare with. */
function changeWords(change: number | null, lang: Lang): string {
  if (change === null || !Number.isFinite(change)) return '';
  const pct = percent(Math.abs(change), lang);
  if (lang === 'vi') {
    if (Math.abs(change) < 0.0005) return 'bằng cùng kỳ';
    return `${change > 0 ? 'tăng' : 'giảm'} ${pct} so với cùng kỳ`;
  }
  if (Math.abs(change) < 0.0005) return 'unchanged year on year';
  return `${change > 0 ? 'up' : 'down'} ${pct} year on year`;
}

const withChange = (text: string, change: number | null, lang: Lang): string => {
  const c = changeWords(change, lang);
  return c === '' ? text : `${text}, ${c}`;
};

function aidSentences(s: Summary, lang: Lang, opener: string): string {
  const a = s.aid;
  const cur = s.currency;
  const vi = lang === 'vi';
  const parts: string[] = [];
  const short = aidLeftOut(s);
  if (a.projects === 0 && short.length > 0) {
    // Some projects may be among the amounts with no rate: "none approved" would be a figure the data cannot give.
    parts.push(vi ? `${opener}, không có khoản viện trợ mới nào tính được bằng ${cur}` : `${opener}, no new aid could be counted in ${cur}`);
  } else if (a.projects > 0) {
    const committed = approxMoney(a.committed, cur, lang, a.qualifiers.committed);
    parts.push(vi
      ? withChange(`${opener}, toàn tỉnh đã phê duyệt ${a.projects} khoản viện trợ với tổng giá trị cam kết ${committed}`, a.change.committed, lang)
      : withChange(`${opener}, the province approved ${a.projects} aid ${a.projects === 1 ? 'project' : 'projects'} with total commitments of ${committed}`, a.change.committed, lang));
  } else {
    parts.push(vi ? `${opener}, toàn tỉnh chưa phê duyệt khoản viện trợ mới nào` : `${opener}, the province approved no new aid`);
  }
  if (a.disbursed === null) {
    // No disbursement register: the period's disbursements are not known; the projects' own
    // "disbursed to date" gives only the cumulative figure, said as such.
    const d = a.cumulative.disbursed;
    if (d !== null && a.cumulative.source === 'disbursedToDate') {
      const money = moneyWords(d, cur, lang);
      const r = a.cumulative.rate;
      parts.push(vi
        ? `giải ngân lũy kế theo sổ dự án đạt ${money}${r === null ? '' : `, bằng ${percent(r, lang)} tổng cam kết`}`
        : `cumulative disbursements in the project register reached ${money}${r === null ? '' : `, ${percent(r, lang)} of commitments`}`);
    }
  } else if (a.disbursed !== 0 || a.projects > 0) {
    const rate = a.rate === null ? '' : ` (${percent(a.rate, lang)})`;
    const money = approxMoney(a.disbursed, cur, lang, a.qualifiers.disbursed);
    parts.push(vi ? `giải ngân đạt ${money}${rate}` : `disbursements reached ${money}${rate}`);
  }
  let text = `${parts.join('; ')}.`;
  if (a.approximate > 0) {
    text += vi
      ? ` Trong đó có ${a.approximate} số liệu được ghi ở dạng ước tính.`
      : ` ${a.approximate} of these ${a.approximate === 1 ? 'figure is an estimate' : 'figures are estimates'}.`;
  }
  if (short.length > 0) {
    const list = short.map((w) => (vi ? `${w.count} số tiền bằng ${w.currency}` : `${w.count} ${w.count === 1 ? 'amount' : 'amounts'} in ${w.currency}`)).join(', ');
    text += vi
      ? ` Các số liệu viện trợ trên chưa gồm ${list} chưa có tỷ giá sang ${cur}.`
      : ` These aid figures leave out ${list} with no exchange rate to ${cur}.`;
  }
  // The other reasons rows were left out; rate gaps are said above, by currency, when they were.
  // (A missing rate is 'no-rate' in a one-currency workbook and the missing-rate error in a mixed one.)
  const isRateGap = (r: Reason): boolean => short.length > 0 && (r.rule === 'no-rate' || r.rule === missingRate.id);
  const rest = a.notCountedReasons.filter((r) => !isRateGap(r));
  const restTotal = a.notCounted - a.notCountedReasons.filter(isRateGap).reduce((k, r) => k + r.count, 0);
  text += notCountedSentence(restTotal, rest, lang, { vi: 'khoản', en: ['row', 'rows'] },
    { vi: 'Các số liệu viện trợ trên', en: 'These aid figures' });
  return text;
}

/** Aid amounts with no rate to the report currency, per currency (the summary's warnings). */
const aidLeftOut = (s: Summary) => s.warnings.filter((w) => w.part === 'aid');

function fdiSentences(s: Summary, lang: Lang, opener: string | null): string {
  const f = s.fdi;
  const cur = f.currency;
  const vi = lang === 'vi';
  const m = (x: number, q: Approx | null = null): string => approxMoney(x, cur, lang, q);
  const fq = f.qualifiers;
  const items: string[] = [];
  if (f.newProjects.count > 0) {
    items.push(vi
      ? `cấp mới ${f.newProjects.count} dự án với tổng vốn đăng ký ${m(f.newProjects.capital, fq.newProjects)}`
      : `${f.newProjects.count} new ${f.newProjects.count === 1 ? 'project was' : 'projects were'} licensed with registered capital of ${m(f.newProjects.capital, fq.newProjects)}`);
  } else {
    items.push(vi ? 'chưa cấp mới dự án nào' : 'no new project was licensed');
  }
  if (f.adjustments.count > 0) {
    const n = f.adjustments.count;
    const cap = f.adjustments.capital;
    if (vi) {
      items.push(cap >= 0
        ? `${n} lượt điều chỉnh tăng vốn thêm ${m(cap, fq.adjustments)}`
        : `${n} lượt điều chỉnh vốn, tổng vốn giảm ${m(-cap, fq.adjustments)}`);
    } else {
      const times = `${n} capital ${n === 1 ? 'adjustment' : 'adjustments'}`;
      items.push(cap >= 0 ? `${times} added ${m(cap, fq.adjustments)}` : `${times} reduced capital by ${m(-cap, fq.adjustments)}`);
    }
  }
  if (f.contributions.count > 0) {
    const n = f.contributions.count;
    items.push(vi
      ? `${n} lượt góp vốn, mua cổ phần với giá trị ${m(f.contributions.capital, fq.contributions)}`
      : `${n} capital ${n === 1 ? 'contribution or share purchase' : 'contributions and share purchases'} totalled ${m(f.contributions.capital, fq.contributions)}`);
  }
  const lead = opener === null
    ? (vi ? 'Về FDI, ' : 'FDI: ')
    : (vi ? `${opener}, về FDI, ` : `${opener}, FDI: `);
  let text = `${lead}${items.join('; ')}.`;
  const totalText = vi
    ? withChange(`Tổng vốn đăng ký cấp mới, điều chỉnh và góp vốn đạt ${m(f.total, fq.total)}`, f.change.total, lang)
    : withChange(`Total new, adjusted and contributed capital reached ${m(f.total, fq.total)}`, f.change.total, lang);
  // Without an implemented-capital register there is no implemented figure to state.
  const impl = !f.implementedKnown ? '' : vi ? `; vốn thực hiện đạt ${m(f.implemented, fq.implemented)}` : `; implemented capital reached ${m(f.implemented, fq.implemented)}`;
  text += ` ${totalText}${impl}.`;
  const end = formatDay(isoToDay(s.period.to), lang);
  const n = f.cumulative.projects;
  text += vi
    ? ` Lũy kế đến ${end}, trên địa bàn có ${n} dự án FDI còn hiệu lực với tổng vốn đăng ký ${m(f.cumulative.capital, fq.cumulative)}.`
    : ` As of ${end}, the province had ${n} valid FDI ${n === 1 ? 'project' : 'projects'} with registered capital of ${m(f.cumulative.capital, fq.cumulative)}.`;
  if (f.approximate > 0) {
    text += vi
      ? ` Trong đó có ${f.approximate} số liệu được ghi ở dạng ước tính.`
      : ` ${f.approximate} of these ${f.approximate === 1 ? 'figure is an estimate' : 'figures are estimates'}.`;
  }
  text += notCountedSentence(f.notCounted, f.notCountedReasons, lang, { vi: 'dòng', en: ['row', 'rows'] },
    { vi: 'Các số liệu FDI trên', en: 'These FDI figures' });
  return text;
}

const aidIsEmpty = (s: Summary): boolean =>
  s.aid.projects === 0 && !s.aid.disbursed && s.aid.cumulative.committed === 0 && !s.aid.cumulative.disbursed;

const fdiIsEmpty = (s: Summary): boolean => {
  const f = s.fdi;
  return f.newProjects.count === 0 && f.adjustments.count === 0 && f.contributions.count === 0
    && f.implemented === 0 && f.cumulative.projects === 0;
};

/**
 * A paragraph ready to paste into a report, e.g. "Trong 6 tháng đầu năm 2024, toàn tỉnh đã phê duyệt
 * 12 khoản viện trợ với tổng giá trị cam kết 3,7 triệu USD, tăng 35,2% so với cùng kỳ; giải ngân đạt
 * 2,1 triệu USD (56,8%). Về FDI, cấp mới 5 dự án với tổng vốn đăng ký 215,6 triệu USD; …".
 * A stream with no records at all (no aid, or no FDI) is left out; comparisons are left out when
 * the registers do not reach back a year.
 */
export function summaryParagraph(summary: Summary, lang: Lang): string {
  const opener = periodPhrase(summary.period, lang);
  // Aid amounts with no rate to the report currency: when none could be converted, the paragraph states
  // no aid figure at all (each would be 0, short of the truth); when some could, its figures say what
  // they leave out. A kind with no register at all has no figure to state, not a 0.
  const aidShort = aidLeftOut(summary).length > 0;
  const noneConverted = aidIsEmpty(summary);
  const noAid = !summary.aid.hasRegister || (noneConverted && !aidShort);
  const noFdi = !summary.fdi.hasRegister || fdiIsEmpty(summary);
  // Amounts that could not be converted are said first: the figures after them leave those out.
  const warnings = summary.warnings.map((w) => `${lang === 'vi' ? 'Lưu ý' : 'Note'}: ${warningText(w, lang)}. `).join('');
  if (!summary.aid.hasRegister && !summary.fdi.hasRegister) return warnings + `${noRegisterText('aid', lang)} ${noRegisterText('fdi', lang)}`;
  if (!summary.aid.hasRegister || (noAid && !noFdi)) return warnings + fdiSentences(summary, lang, opener);
  const aid = aidShort && noneConverted ? aidNotGiven(summary, lang, opener) : aidSentences(summary, lang, opener);
  return warnings + (noFdi ? aid : `${aid} ${fdiSentences(summary, lang, null)}`);
}

/** The aid sentence when no aid amount could be converted: what is missing and what to do, no figure. */
function aidNotGiven(s: Summary, lang: Lang, opener: string): string {
  const cur = s.currency;
  const others = [...new Set(s.warnings.filter((w) => w.part === 'aid').map((w) => w.currency))];
  const list = others.join(', ');
  // Summaries are made in USD or VND: a workbook kept in dong alone can be summarised in it.
  const inVnd = others.length === 1 && others[0] === 'VND';
  return lang === 'vi'
    ? `${opener}, chưa nêu được số liệu viện trợ bằng ${cur} vì có số tiền bằng ${list} chưa có tỷ giá sang ${cur}; cần bổ sung tỷ giá${inVnd ? ', hoặc lập tổng hợp bằng VND' : ''}.`
    : `${opener}, aid figures cannot be given in ${cur}: amounts in ${list} have no exchange rate to ${cur}; add the rates${inVnd ? ', or summarise in VND' : ''}.`;
}
