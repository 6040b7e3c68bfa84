// Periods, exchange rates and the aid summary, on hand-built parsed tables. Every expected figure is
// worked out by hand in the comment beside it.
import { dayToIso, isoToDay } from '../src/core/parse/date';
import { table, type RowSpec } from './helpers/parsedTables';
import { parsePeriod, PeriodError, samePeriodLastYear, type Period } from '../src/core/summary/period';
import { RateTable } from '../src/core/rates/rateTable';
import { summariseAid } from '../src/core/summary/aid';
import { roundMoney, summarise } from '../src/core/summary';

const d = isoToDay;

const range = (p: Period): [string, string, string] => [dayToIso(p.from), dayToIso(p.to), p.label];

describe('parsePeriod', () => {
  const today = d('2025-05-10');

  it('reads a year, as number or text', () => {
    expect(range(parsePeriod({ year: 2022 }, today))).toEqual(['2022-01-01', '2022-12-31', '2022']);
    expect(range(parsePeriod({ year: ' 2022 ' }, today))).toEqual(['2022-01-01', '2022-12-31', '2022']);
    expect(range(parsePeriod({ period: '2022' }, today))).toEqual(['2022-01-01', '2022-12-31', '2022']);
  });

  it('reads halves and quarters', () => {
    expect(range(parsePeriod({ period: '2024-H1' }, today))).toEqual(['2024-01-01', '2024-06-30', '2024-H1']);
    expect(range(parsePeriod({ period: '2024-H2' }, today))).toEqual(['2024-07-01', '2024-12-31', '2024-H2']);
    expect(range(parsePeriod({ period: '2024-Q1' }, today))).toEqual(['2024-01-01', '2024-03-31', '2024-Q1']);
    expect(range(parsePeriod({ period: '2024-Q3' }, today))).toEqual(['2024-07-01', '2024-09-30', '2024-Q3']);
    expect(range(parsePeriod({ period: '2024 q4' }, today))).toEqual(['2024-10-01', '2024-12-31', '2024-Q4']);
    expect(range(parsePeriod({ period: 'Q3/2024' }, today))).toEqual(['2024-07-01', '2024-09-30', '2024-Q3']);
    // A bare quarter takes the year given beside it, or today's year.
    expect(range(parsePeriod({ year: 2023, period: 'Q2' }, today))).toEqual(['2023-04-01', '2023-06-30', '2023-Q2']);
    expect(range(parsePeriod({ period: 'H1' }, today))).toEqual(['2025-01-01', '2025-06-30', '2025-H1']);
  });

  it('reads a month (leap February included)', () => {
    expect(range(parsePeriod({ period: '2024-02' }, today))).toEqual(['2024-02-01', '2024-02-29', '2024-02']);
  });

  it('reads from/to dates, ISO or day first; a month as "to" means its last day', () => {
    expect(range(parsePeriod({ from: '2024-01-01', to: '31/03/2024' }, today)))
      .toEqual(['2024-01-01', '2024-03-31', '2024-01-01..2024-03-31']);
    expect(range(parsePeriod({ from: '01/2024', to: '02/2024' }, today)))
      .toEqual(['2024-01-01', '2024-02-29', '2024-01-01..2024-02-29']);
    // "from" alone runs to today.
    expect(range(parsePeriod({ from: '1/1/2025' }, today))).toEqual(['2025-01-01', '2025-05-10', '2025-01-01..2025-05-10']);
  });

  it('defaults to the calendar year of today', () => {
    expect(range(parsePeriod({}, today))).toEqual(['2025-01-01', '2025-12-31', '2025']);
    expect(range(parsePeriod({ year: '', period: ' ' }, today))).toEqual(['2025-01-01', '2025-12-31', '2025']);
  });

  const code = (spec: Parameters<typeof parsePeriod>[0]): string => {
    try {
      parsePeriod(spec, today);
    } catch (e) {
      expect(e).toBeInstanceOf(PeriodError);
      return (e as PeriodError).code;
    }
    return 'no error';
  };

  it('refuses bad specs with a code', () => {
    expect(code({ period: '2024-H3' })).toBe('bad-period');
    expect(code({ period: '2024-Q5' })).toBe('bad-period');
    expect(code({ period: '2024-13' })).toBe('bad-period');
    expect(code({ period: 'last year' })).toBe('bad-period');
    expect(code({ year: 'abcd' })).toBe('bad-year');
    expect(code({ year: 22 })).toBe('bad-year');
    expect(code({ from: '2024-03-31', to: '2024-01-01' })).toBe('from-after-to');
    expect(code({ from: '31/02/2024', to: '2024-03-31' })).toBe('bad-date');
    expect(code({ from: 'soon', to: '2024-03-31' })).toBe('bad-date');
    expect(code({ to: '2024-03-31' })).toBe('missing-from');
    expect(code({ year: 2024, from: '2024-01-01', to: '2024-03-31' })).toBe('conflict');
    expect(code({ year: 2023, period: '2024-Q1' })).toBe('conflict');
  });
});

describe('samePeriodLastYear', () => {
  it('keeps the label form', () => {
    expect(range(samePeriodLastYear(parsePeriod({ period: '2024-H1' })))).toEqual(['2023-01-01', '2023-06-30', '2023-H1']);
    expect(range(samePeriodLastYear(parsePeriod({ period: '2024-Q3' })))).toEqual(['2023-07-01', '2023-09-30', '2023-Q3']);
    expect(range(samePeriodLastYear(parsePeriod({ year: 2022 })))).toEqual(['2021-01-01', '2021-12-31', '2021']);
    expect(range(samePeriodLastYear(parsePeriod({ period: '2024-02' })))).toEqual(['2023-02-01', '2023-02-28', '2023-02']);
  });

  it('moves ranges by a year: 29 Feb → 28 Feb, and a month end stays a month end', () => {
    expect(range(samePeriodLastYear(parsePeriod({ from: '2024-02-29', to: '2024-03-15' }))))
      .toEqual(['2023-02-28', '2023-03-15', '2023-02-28..2023-03-15']);
    expect(range(samePeriodLastYear(parsePeriod({ from: '2025-02-01', to: '2025-02-28' }))))
      .toEqual(['2024-02-01', '2024-02-29', '2024-02-01..2024-02-29']);
  });
});

describe('RateTable', () => {
  const rates = new RateTable(table('exchange-rates', [
    { currency: 'USD', validFrom: '2023-01-01', rateUsd: null, rateVnd: 24000 },
    { currency: 'USD', validFrom: '2024-01-01', rateUsd: null, rateVnd: 25000 },
    { currency: 'EUR', validFrom: '2023-01-01', rateUsd: 1.1, rateVnd: null },
    { currency: 'EUR', validFrom: '2024-03-01', rateUsd: 9, rateVnd: null, $err: ['AID-C105'] }, // left out
    { currency: 'EUR', validFrom: '2024-07-01', rateUsd: null, rateVnd: 28000 },
    { currency: 'JPY', validFrom: '2024-01-01', rateUsd: null, rateVnd: 170 },
    { currency: 'KRW', validFrom: '2024-01-01', rateUsd: 0.0008, rateVnd: null },
    { currency: 'KRW', validFrom: '2024-01-01', rateUsd: 0.00075, rateVnd: null }, // same day, typed later: wins
  ]).rows);

  it('uses the row with the latest validFrom on or before the day', () => {
    expect(rates.rateFor('EUR', d('2023-01-01'), 'USD')).toBe(1.1);
    expect(rates.rateFor('EUR', d('2024-03-15'), 'USD')).toBe(1.1); // the errored 9 is ignored
    expect(rates.rateFor('USD', d('2023-12-31'), 'VND')).toBe(24000);
    expect(rates.rateFor('USD', d('2024-01-01'), 'VND')).toBe(25000);
    expect(rates.rateFor('KRW', d('2024-02-01'), 'USD')).toBe(0.00075);
  });

  it('has no rate before the first row', () => {
    expect(rates.rateFor('EUR', d('2022-12-31'), 'USD')).toBeNull();
    expect(rates.rateFor('JPY', d('2023-06-01'), 'VND')).toBeNull();
    expect(rates.rateFor('VND', d('2022-06-01'), 'USD')).toBeNull(); // no USD/VND rate yet
    expect(rates.rateFor('GBP', d('2024-06-01'), 'USD')).toBeNull();
    expect(rates.convert(50, 'GBP', 'USD', d('2024-06-01'))).toBeNull();
  });

  it('needs no rate for a currency into itself', () => {
    expect(rates.rateFor('usd', d('1999-01-01'), 'USD')).toBe(1);
    expect(rates.rateFor('VND', d('1999-01-01'), 'VND')).toBe(1);
    expect(rates.convert(1000, 'EUR', 'EUR', d('1999-01-01'))).toBe(1000);
  });

  it('bridges the missing column through the USD/VND rate of the same day', () => {
    // EUR on 2024-03-15 has a USD rate only: 1.1 × 25 000 = 27 500 VND.
    expect(rates.rateFor('EUR', d('2024-03-15'), 'VND')).toBeCloseTo(27500, 9);
    // EUR from 2024-07-01 has a VND rate only: 28 000 / 25 000 = 1.12 USD.
    expect(rates.rateFor('EUR', d('2024-08-01'), 'USD')).toBeCloseTo(1.12, 12);
    expect(rates.rateFor('EUR', d('2024-08-01'), 'VND')).toBe(28000);
    // JPY: 170 / 25 000 = 0.0068 USD.
    expect(rates.rateFor('JPY', d('2024-02-01'), 'USD')).toBeCloseTo(0.0068, 12);
    // VND into USD: 1 / 25 000 = 0.00004.
    expect(rates.rateFor('VND', d('2024-02-01'), 'USD')).toBeCloseTo(0.00004, 15);
    // KRW into VND: 0.00075 × 25 000 = 18.75.
    expect(rates.rateFor('KRW', d('2024-02-01'), 'VND')).toBeCloseTo(18.75, 9);
  });

  it('converts between any two currencies through USD', () => {
    // 100 EUR = 110 USD on 2024-02-01; 1 JPY = 0.0068 USD → 110 / 0.0068 = 16 176.47 JPY.
    expect(rates.convert(100, 'EUR', 'JPY', d('2024-02-01'))).toBeCloseTo(16176.470588, 5);
    // 2 000 000 VND on 2023-06-01 at 24 000 = 83.33 USD.
    expect(rates.convert(2_000_000, 'VND', 'USD', d('2023-06-01'))).toBeCloseTo(83.333333, 5);
  });

  it('takes the USD/VND bridge from a VND row when the USD row lacks it', () => {
    const t = new RateTable(table('exchange-rates', [
      { currency: 'VND', validFrom: '2024-01-01', rateUsd: 0.00004, rateVnd: null },
      { currency: 'EUR', validFrom: '2024-01-01', rateUsd: null, rateVnd: 27000 },
    ]).rows);
    // 1 USD = 1 / 0.00004 = 25 000 VND; EUR = 27 000 / 25 000 = 1.08 USD.
    expect(t.rateFor('USD', d('2024-05-01'), 'VND')).toBeCloseTo(25000, 6);
    expect(t.rateFor('EUR', d('2024-05-01'), 'USD')).toBeCloseTo(1.08, 12);
  });
});

// ---------------------------------------------------------------------------------------------
// Aid fixtures. Rates: USD = 25 000 VND; EUR = 1.1 USD until 2024-06-30, 1.2 USD from 2024-07-01;
// JPY = 170 VND (so 170 / 25 000 = 0.0068 USD).

const aidRates = table('exchange-rates', [
  { currency: 'USD', validFrom: '2020-01-01', rateUsd: null, rateVnd: 25000 },
  { currency: 'EUR', validFrom: '2023-01-01', rateUsd: 1.1, rateVnd: null },
  { currency: 'EUR', validFrom: '2024-07-01', rateUsd: 1.2, rateVnd: null },
  { currency: 'JPY', validFrom: '2023-01-01', rateUsd: null, rateVnd: 170 },
]);

const base = { form: 'DA', status: 'implementation' };
// Two project sheets: the summary concatenates them.
const aidProjectsA = table('aid-projects', [
  // P1: 100 000 USD, approximate ("khoảng").
  { ...base, aidId: 'VT-01', donor: 'World Vision', donorCountry: 'US', sector: 'YT', province: 'HUE', source: 'PCPNN', approvalDate: '2024-03-10', currency: 'USD', committed: 100_000, $meta: { approx: 'about' } },
  // P2: 50 000 EUR at 1.1 on 2024-06-20 = 55 000 USD; the donor typed differently, same donor.
  { ...base, aidId: 'VT-02', donor: ' world  vision ', donorCountry: 'US', sector: 'GDDT', province: 'HUE', source: 'PCPNN', approvalDate: '2024-06-20', currency: 'EUR', committed: 50_000 },
  // P3: 10 000 000 JPY × 0.0068 = 68 000 USD.
  { ...base, aidId: 'VT-03', donor: 'KOICA', donorCountry: 'KR', sector: 'YT', province: 'DNG', source: 'ODA', approvalDate: '2024-02-01', currency: 'JPY', committed: 10_000_000 },
  // P4: previous year, 200 000 USD (approximate, but not in the 2024 figures).
  { ...base, aidId: 'VT-04', donor: 'ChildFund', donorCountry: 'AU', sector: 'GDDT', province: null, source: 'PCPNN', approvalDate: '2023-05-01', currency: 'USD', committed: 200_000, $meta: { approx: 'nearly' } },
], 'Dự án 2023-2024');
const aidProjectsB = table('aid-projects', [
  // P5: error row → not counted (AID-C107).
  { ...base, aidId: 'VT-05', donor: 'X', sector: 'ZZ', approvalDate: '2024-04-01', currency: 'USD', committed: 999, $err: ['AID-C107'] },
  // P6: no KRW rate → not counted (no-rate).
  { ...base, aidId: 'VT-06', donor: 'Y', sector: 'YT', approvalDate: '2024-06-01', currency: 'KRW', committed: 5_000_000 },
  // P7: error row dated after the period: irrelevant to a 2024 report.
  { ...base, aidId: 'VT-07', donor: 'Z', sector: 'YT', approvalDate: '2025-02-01', currency: 'USD', committed: 1, $err: ['AID-C109'] },
  // P8: previous year, 50 000 USD.
  { ...base, aidId: 'VT-08', donor: 'koica', donorCountry: 'KR', sector: 'YT', province: 'DNG', source: null, approvalDate: '2023-09-01', currency: 'USD', committed: 50_000 },
], 'Dự án bổ sung');

const aidDisb = table('aid-disbursements', [
  { aidId: 'VT-01', date: '2024-04-01', amount: 40_000, currency: 'USD' },                    // D1 40 000
  { aidId: 'VT-04', date: '2024-02-01', amount: 50_000, currency: 'USD' },                    // D2 50 000 (2023 project)
  { aidId: 'VT-02', date: '2024-09-01', amount: 20_000, currency: 'EUR', $meta: { approx: 'over' } }, // D3 × 1.2 = 24 000
  { aidId: 'VT-03', date: '2024-05-01', amount: 3_000_000, currency: 'JPY' },                 // D4 × 0.0068 = 20 400
  { aidId: ' vt-03 ', date: '2024-10-01', amount: 800, currency: 'USD' },                     // D5 800, joined despite case/space
  { aidId: 'VT-04', date: '2023-06-01', amount: 100_000, currency: 'USD' },                   // D6 previous year
  { aidId: 'VT-99', date: '2024-03-01', amount: 1_000, currency: 'USD' },                     // D7 unknown-project
  { aidId: 'VT-05', date: '2024-05-01', amount: 500, currency: 'USD' },                       // D8 project-not-counted
  { aidId: 'VT-01', date: '2024-06-01', amount: null, currency: 'USD', $err: ['AID-C102', 'AID-C109'] }, // D9
  { aidId: 'VT-01', date: '2025-01-15', amount: 10_000, currency: 'USD' },                    // D10 after the period
  { aidId: 'VT-01', date: '2024-07-01', amount: 100, currency: 'GBP' },                       // D11 no-rate
]);

const aidTables = [aidProjectsA, aidDisb, aidProjectsB, aidRates];
const y2024 = parsePeriod({ year: 2024 });
const aidRateTable = new RateTable(aidRates.rows);

describe('summariseAid', () => {
  const s = summariseAid(aidTables, y2024, 'USD', aidRateTable);

  it('totals the period: projects approved in it, disbursements dated in it', () => {
    expect(s.projects).toBe(3); // P1, P2, P3
    expect(s.committed).toBeCloseTo(223_000, 6); // 100 000 + 55 000 + 68 000
    expect(s.disbursed).toBeCloseTo(135_200, 6); // 40 000 + 50 000 + 24 000 + 20 400 + 800
    // The period's rate is over the projects paid in it (P1, P2, P3 and the 2023 project P4: 423 000),
    // not over the period's new commitments (223 000), which D2 was not paid against (README "Summaries").
    expect(s.committedOfPaid).toBeCloseTo(423_000, 6);
    expect(s.rate).toBeCloseTo(135_200 / 423_000, 12); // 0.3196
    // 223 000 − what P1–P3 received up to 2024-12-31 (40 000 + 24 000 + 20 400 + 800 = 85 200).
    expect(s.undisbursed).toBeCloseTo(137_800, 6);
  });

  it('gives cumulative figures to the period end', () => {
    // Committed: P1–P3 223 000 + P4 200 000 + P8 50 000 = 473 000.
    expect(s.cumulative.committed).toBeCloseTo(473_000, 6);
    // Disbursed: 135 200 in 2024 + D6 100 000 = 235 200 (D10 is after the end).
    expect(s.cumulative.disbursed).toBeCloseTo(235_200, 6);
    expect(s.cumulative.rate).toBeCloseTo(235_200 / 473_000, 12); // 0.4973
  });

  it('counts approximate figures among those counted in the period', () => {
    expect(s.approximate).toBe(2); // P1 "about", D3 "over"; P4 "nearly" is 2023
  });

  it('reports the rows left out, by rule', () => {
    // P5 (AID-C107), P6 (no-rate), D7 (unknown-project), D8 (project-not-counted),
    // D9 (AID-C102 + AID-C109), D11 (no-rate); P7 is dated after the period.
    expect(s.notCounted).toBe(6);
    expect(s.notCountedReasons).toEqual([
      { rule: 'no-rate', count: 2 },
      { rule: 'AID-C102', count: 1 },
      { rule: 'AID-C107', count: 1 },
      { rule: 'AID-C109', count: 1 },
      { rule: 'project-not-counted', count: 1 },
      { rule: 'unknown-project', count: 1 },
    ]);
  });

  it('groups by sector, with disbursements joined to their project', () => {
    expect(s.bySector.map((g) => g.key)).toEqual(['YT', 'GDDT']);
    const [yt, gddt] = s.bySector;
    // YT: P1 + P3 = 168 000; paid D1 40 000 + D4 20 400 + D5 800 = 61 200; balance 106 800.
    expect(yt.projects).toBe(2);
    expect(yt.committed).toBeCloseTo(168_000, 6);
    expect(yt.disbursed).toBeCloseTo(61_200, 6);
    expect(yt.undisbursed).toBeCloseTo(106_800, 6);
    expect(yt.rate).toBeCloseTo(61_200 / 168_000, 12);
    // GDDT: P2 55 000; paid D3 24 000 + D2 50 000 (P4's, a 2023 project) = 74 000; balance 55 000 − 24 000.
    expect(gddt.projects).toBe(1);
    expect(gddt.committed).toBeCloseTo(55_000, 6);
    expect(gddt.disbursed).toBeCloseTo(74_000, 6);
    expect(gddt.undisbursed).toBeCloseTo(31_000, 6);
  });

  it('groups donors by their text, case- and space-insensitive, under the first spelling', () => {
    const rows = s.byDonor.map((g) => [g.key, g.projects, Math.round(g.committed), Math.round(g.disbursed ?? NaN)]);
    expect(rows).toEqual([
      ['World Vision', 2, 155_000, 64_000], // P1 + P2; D1 40 000 + D3 24 000
      ['KOICA', 1, 68_000, 21_200],         // P3 (P8 "koica" is 2023); D4 + D5
      ['ChildFund', 0, 0, 50_000],          // only D2 in the period
    ]);
  });

  it('groups by donor country, province and source, with "" for blanks', () => {
    const brief = (gs: typeof s.bySector): [string, number, number][] =>
      gs.map((g) => [g.key, Math.round(g.committed), Math.round(g.disbursed ?? NaN)]);
    expect(brief(s.byDonorCountry)).toEqual([['US', 155_000, 64_000], ['KR', 68_000, 21_200], ['AU', 0, 50_000]]);
    expect(brief(s.byProvince)).toEqual([['HUE', 155_000, 64_000], ['DNG', 68_000, 21_200], ['', 0, 50_000]]);
    // PCPNN: P1 + P2; D1 + D3 + D2 = 114 000.
    expect(brief(s.bySource)).toEqual([['PCPNN', 155_000, 114_000], ['ODA', 68_000, 21_200]]);
  });

  it('compares with the same period a year earlier', () => {
    // 2023: P4 200 000 + P8 50 000; disbursed D6 100 000.
    expect(s.previous).toEqual({ projects: 2, committed: 250_000, disbursed: 100_000 });
    expect(s.change.projects).toBeCloseTo(0.5, 12);       // 3 vs 2
    expect(s.change.committed).toBeCloseTo(-0.108, 12);   // 223 000 / 250 000 − 1
    expect(s.change.disbursed).toBeCloseTo(0.352, 12);    // 135 200 / 100 000 − 1: "tăng 35,2%"
  });

  it('has no previous figures when the registers start after last year\'s period', () => {
    const only2024 = table('aid-projects', [aidProjectsA.rows[0].v as RowSpec]);
    const t = summariseAid([only2024], y2024, 'USD', aidRateTable);
    expect(t.projects).toBe(1);
    expect(t.previous).toBeNull();
    expect(t.change).toEqual({ projects: null, committed: null, disbursed: null });
    // No disbursement register: the period's disbursements and rate are not known (null), not 0.
    expect(t.disbursed).toBeNull();
    expect(t.rate).toBeNull();
  });

  it('gives a period rate over the projects paid even when none was approved in the period', () => {
    const t = summariseAid(aidTables, parsePeriod({ period: '2024-Q4' }), 'USD', aidRateTable);
    expect(t.projects).toBe(0);
    expect(t.disbursed).toBeCloseTo(800, 9); // D5
    // The old rate (÷ the period's new commitments, 0) was null; D5 went to P3 (68 000).
    expect(t.rate).toBeCloseTo(800 / 68_000, 12);
    // 2023-Q4: no project, no disbursement → previous zeros, so no relative change.
    expect(t.previous).toEqual({ projects: 0, committed: 0, disbursed: 0 });
    expect(t.change.disbursed).toBeNull();
  });
});

describe('summarise', () => {
  it('converts to VND at each figure\'s date and rounds to whole dong', () => {
    const s = summarise(aidTables, { period: y2024, currency: 'VND' });
    expect(s.period).toEqual({ from: '2024-01-01', to: '2024-12-31', label: '2024' });
    expect(s.currency).toBe('VND');
    // P1 100 000 × 25 000 = 2 500 000 000; P2 50 000 EUR × 1.1 × 25 000 = 1 375 000 000;
    // P3 10 000 000 JPY × 170 = 1 700 000 000 → 5 575 000 000.
    expect(s.aid.committed).toBe(5_575_000_000);
    // 135 200 USD-equivalent × 25 000 = 3 380 000 000.
    expect(s.aid.disbursed).toBe(3_380_000_000);
    expect(s.aid.change.disbursed).toBe(0.352);
    expect(s.aid.previous).toEqual({ projects: 2, committed: 6_250_000_000, disbursed: 2_500_000_000 });
  });

  it('rounds USD figures to cents and ratios to six decimals', () => {
    const s = summarise(aidTables, { period: y2024, currency: 'USD' });
    expect(s.aid.committed).toBe(223_000);
    expect(s.aid.bySector[0].disbursed).toBe(61_200);
    expect(s.aid.rate).toBe(0.319622); // 135 200 / 423 000 = 0.3196217…
    expect(s.aid.change.committed).toBe(-0.108);
  });

  it('keeps the same figures unrounded beside the printed ones (Summary.exact), for the summary sheet\'s formulas', () => {
    const s = summarise(aidTables, { period: y2024, currency: 'USD' });
    expect(s.exact.aid.rate).toBe(135_200 / 423_000);
    expect(s.aid.rate).toBe(0.319622);
    expect(roundMoney(s.exact.aid.committed, 'USD')).toBe(s.aid.committed);
    expect(s.exact.aid.bySector.map((g) => g.key)).toEqual(s.aid.bySector.map((g) => g.key));
    expect(s.exact.fdi.currency).toBe(s.fdi.currency);
    expect(s.exact.fdi.usdToVnd).toBe(s.fdi.usdToVnd);
  });
});

describe('roundMoney', () => {
  it('rounds VND to whole dong and other currencies to cents, half away from zero', () => {
    expect(roundMoney(1234.5, 'VND')).toBe(1235);
    expect(roundMoney(-2.5, 'VND')).toBe(-3);
    expect(roundMoney(1.005, 'USD')).toBe(1.01);
    expect(roundMoney(0.1 + 0.2, 'EUR')).toBe(0.3);
    expect(roundMoney(-0.001, 'USD')).toBe(0);
    expect(Object.is(roundMoney(-0.001, 'USD'), -0)).toBe(false);
  });
});
