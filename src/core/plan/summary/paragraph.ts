// The summary in words, as provinces write it in their reports: period phrases ("Trong 6 tháng đầu
// năm 2024"), money in words ("3,7 triệu USD", "45,3 tỷ đồng") and "tăng 35,2% so với cùng kỳ".
// Shared by the summary sheet and the task pane, which shows the paragraph ready to paste.
import type { Lang } from '../../model';
import { formatDay, isoToDay } from '../../parse/date';
import type { Summary } from '../../summary';
import { moneyWords, short } from '../../i18n/moneyWords';
import type { Approx } from '../../vocab/qualifiers';
import { noRegisterText, warningText, withQualifier } from '../../summary/words';

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
  if (a.projects > 0) {
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
  return text;
}

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
  const impl = vi ? `vốn thực hiện đạt ${m(f.implemented, fq.implemented)}` : `implemented capital reached ${m(f.implemented, fq.implemented)}`;
  text += ` ${totalText}; ${impl}.`;
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
  const noAid = !summary.aid.hasRegister || aidIsEmpty(summary);
  const noFdi = !summary.fdi.hasRegister || fdiIsEmpty(summary);
  // Amounts that could not be converted are said first: the figures after them leave those out.
  const warnings = summary.warnings.map((w) => `${lang === 'vi' ? 'Lưu ý' : 'Note'}: ${warningText(w, lang)}. `).join('');
  // No register of either kind: there is no figure to state, not a 0.
  if (!summary.aid.hasRegister && !summary.fdi.hasRegister) return warnings + `${noRegisterText('aid', lang)} ${noRegisterText('fdi', lang)}`;
  if (!summary.aid.hasRegister || (noAid && !noFdi)) return warnings + fdiSentences(summary, lang, opener);
  const aid = aidSentences(summary, lang, opener);
  return warnings + (noFdi ? aid : `${aid} ${fdiSentences(summary, lang, null)}`);
}
