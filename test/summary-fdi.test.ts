// The FDI report items 1–6 on hand-built parsed tables; every expected figure is worked out beside it.
import { table } from './helpers/parsedTables';
import { parsePeriod } from '../src/core/summary/period';
import { RateTable } from '../src/core/rates/rateTable';
import { summariseFdi } from '../src/core/summary/fdi';
import { summarise } from '../src/core/summary';

const projects = table('fdi-projects', [
  { projectCode: 'FDI-001', country: 'KR', sector: 'C', certDate: '2024-03-01', registered: 10_000_000, status: 'active' },    // F1 new
  { projectCode: 'FDI-002', country: 'JP', sector: 'C', certDate: '2024-05-10', registered: 5_000_000, status: 'active' },     // F2 new
  { projectCode: '2100123456', country: 'SG', sector: 'L', certDate: '2019-06-01', registered: 20_000_000, status: 'active' }, // F3 old certificate number
  { projectCode: 'FDI-004', country: 'KR', sector: 'G', certDate: '2018-01-01', registered: 3_000_000, status: 'terminated', terminationDate: '2024-06-30' }, // F4
  { projectCode: 'FDI-005', country: 'CN', sector: 'C', certDate: '2017-01-01', registered: 1_000_000, status: 'terminated' }, // F5 no date
  { projectCode: 'FDI-006', country: 'US', sector: 'J', certDate: '2020-01-01', registered: 4_000_000, status: 'active', terminationDate: '2025-03-01' }, // F6 ends after the period
  { projectCode: 'FDI-007', country: 'KR', sector: 'C', certDate: '2024-07-01', registered: 9, $err: ['AID-C107'] },           // F7 error
  { projectCode: 'FDI-008', country: 'JP', sector: 'C', certDate: '2023-04-01', registered: 2_000_000, status: 'active' },     // F8 new in 2023
]);

const changes = table('fdi-capital-changes', [
  { projectCode: '2100123456', date: '2024-04-01', kind: 'increase', amount: 2_000_000 },          // C1 SG/L +2 000 000
  { projectCode: 'FDI-006', date: '2024-08-01', kind: 'decrease', amount: 500_000 },               // C2 US/J −500 000
  { projectCode: ' fdi-001', date: '2024-10-01', kind: 'increase', amount: 1_000_000 },            // C3 KR/C +1 000 000
  { projectCode: '2100123456', date: '2024-09-01', kind: 'contribution', amount: 700_000, country: 'JP' }, // C4 JP/L
  { projectCode: 'FDI-006', date: '2024-11-01', kind: 'contribution', amount: 300_000, country: null },    // C5 US/J
  { projectCode: '2100123456', date: '2023-02-01', kind: 'increase', amount: 1_500_000 },          // C6 2023
  { projectCode: 'FDI-404', date: '2024-05-01', kind: 'increase', amount: 100 },                   // C7 unknown-project
  { projectCode: 'FDI-006', date: '2025-01-10', kind: 'increase', amount: 9_999 },                 // C8 after the period
  { projectCode: 'FDI-004', date: '2022-01-01', kind: 'increase', amount: 400_000 },               // C9 terminated project
  { projectCode: 'FDI-001', date: '2024-03-03', kind: 'increase', amount: 1, $err: ['AID-R205'] }, // C10 error
]);

const month = { periodPrecision: 'month' };
const year = { periodPrecision: 'year' };
const implemented = table('fdi-implemented', [
  { projectCode: 'FDI-001', period: '2024-06-01', amount: 1_000_000, $meta: month },     // I1 June 2024
  { projectCode: '2100123456', period: '2024-01-01', amount: 3_000_000, $meta: year },   // I2 the year 2024
  { projectCode: 'FDI-002', period: '2024-05-15', amount: 250_000 },                     // I3 a day
  { projectCode: 'FDI-006', period: '2023-12-01', amount: 400_000, $meta: month },       // I4 2023
  { projectCode: '2100123456', period: '2023-01-01', amount: 2_000_000, $meta: year },   // I5 2023
  { projectCode: 'FDI-404', period: '2024-02-01', amount: 1, $meta: month },             // I6 unknown-project
]);

const tables = [projects, changes, implemented];
const y2024 = parsePeriod({ year: 2024 });

describe('summariseFdi, items 1–6', () => {
  const s = summariseFdi(tables, y2024);

  it('1. counts new projects certified in the period', () => {
    expect(s.newProjects).toEqual({ count: 2, capital: 15_000_000 }); // F1 10 000 000 + F2 5 000 000 (F7 has an error)
  });

  it('2. counts adjustments in times and nets increases against decreases', () => {
    expect(s.adjustments).toEqual({ count: 3, capital: 2_500_000 }); // C1 + C3 − C2 = 2 000 000 + 1 000 000 − 500 000
  });

  it('3. counts contributions and share purchases', () => {
    expect(s.contributions).toEqual({ count: 2, capital: 1_000_000 }); // C4 700 000 + C5 300 000
  });

  it('4. totals items 1–3', () => {
    expect(s.total).toBe(18_500_000); // 15 000 000 + 2 500 000 + 1 000 000
  });

  it('5. sums implemented capital whose whole day/month/year lies in the period', () => {
    expect(s.implemented).toBe(4_250_000); // I1 1 000 000 + I2 3 000 000 + I3 250 000
  });

  it('6. keeps valid projects only, with capital adjusted to the period end', () => {
    // Certified by 2024-12-31: F1 F2 F3 F4 F5 F6 F8; F4 terminated 2024-06-30, F5 terminated (no date).
    // Registered 10 + 5 + 20 + 4 + 2 = 41 000 000; adjustments C1 + 2, C2 − 0.5, C3 + 1, C6 + 1.5 = 4 000 000.
    expect(s.cumulative).toEqual({ projects: 5, capital: 45_000_000 });
  });

  it('reports rows left out', () => {
    // F7 AID-C107, F5 terminated-no-date, C7 + I6 unknown-project, C10 AID-R205; C8 is after the period.
    expect(s.notCounted).toBe(5);
    expect(s.notCountedReasons).toEqual([
      { rule: 'unknown-project', count: 2 },
      { rule: 'AID-C107', count: 1 },
      { rule: 'AID-R205', count: 1 },
      { rule: 'terminated-no-date', count: 1 },
    ]);
  });

  it('groups by country: contributions go to the contributing country', () => {
    expect(s.byCountry).toEqual([
      { key: 'KR', projects: 1, registered: 11_000_000, implemented: 1_000_000 }, // F1 + C3; I1
      { key: 'JP', projects: 1, registered: 5_700_000, implemented: 250_000 },    // F2 + C4 (JP buys into a SG project); I3
      { key: 'SG', projects: 0, registered: 2_000_000, implemented: 3_000_000 },  // C1; I2
      { key: 'US', projects: 0, registered: -200_000, implemented: 0 },           // C5 − C2 = 300 000 − 500 000
    ]);
    const sum = s.byCountry.reduce((a, g) => a + g.registered, 0);
    expect(sum).toBe(s.total);
  });

  it('groups by sector of the project', () => {
    expect(s.bySector).toEqual([
      { key: 'C', projects: 2, registered: 16_000_000, implemented: 1_250_000 }, // F1 + F2 + C3; I1 + I3
      { key: 'L', projects: 0, registered: 2_700_000, implemented: 3_000_000 },  // C1 + C4; I2
      { key: 'J', projects: 0, registered: -200_000, implemented: 0 },           // C5 − C2
    ]);
  });

  it('compares with the same period a year earlier', () => {
    // 2023: F8 (1 project, 2 000 000) + C6 1 500 000 = 3 500 000; implemented I4 400 000 + I5 2 000 000.
    expect(s.previous).toEqual({ newProjects: 1, total: 3_500_000, implemented: 2_400_000 });
    expect(s.change.newProjects).toBe(1);                        // 2 vs 1: +100%
    expect(s.change.total).toBeCloseTo(18.5 / 3.5 - 1, 12);      // +428.6%
    expect(s.change.implemented).toBeCloseTo(4.25 / 2.4 - 1, 12); // +77.1%
  });
});

describe('summariseFdi, coarse implemented periods', () => {
  it('leaves out a year figure when reporting a quarter', () => {
    const s = summariseFdi(tables, parsePeriod({ period: '2024-Q2' }));
    expect(s.newProjects).toEqual({ count: 1, capital: 5_000_000 }); // F2 (10 May)
    expect(s.implemented).toBe(1_250_000); // I1 June + I3 15 May; I2 (all of 2024) cannot be split
    expect(s.notCountedReasons).toContainEqual({ rule: 'period-too-coarse', count: 1 });
    // F7 (dated 2024-07-01) is after Q2 and no longer reported: C7 + I6 unknown, C10, F5, I2 coarse.
    expect(s.notCounted).toBe(5);
    // F4 terminated on 2024-06-30, i.e. within Q2: not valid at the end of Q2.
    // Valid: F1 F2 F3 F6 F8 = 41 000 000 + C1 2 000 000 + C6 1 500 000 (C2, C3 are later) = 44 500 000.
    expect(s.cumulative).toEqual({ projects: 5, capital: 44_500_000 });
  });

  it('ignores month figures outside the quarter', () => {
    const q3 = summariseFdi(tables, parsePeriod({ period: '2024-Q3' }));
    expect(q3.implemented).toBe(0);
    expect(q3.notCountedReasons).toContainEqual({ rule: 'period-too-coarse', count: 1 }); // I2 again
  });

  it('counts a project terminated later as valid at an earlier period end', () => {
    // End of 2024-Q1: F1 (1 March) F3 F4 (ends 30 June) F6 F8 = 5; F2 comes later, F5 has no date.
    // 10 + 20 + 3 + 4 + 2 = 39 000 000, plus C6 1 500 000 and F4's C9 400 000 = 40 900 000.
    const q1 = summariseFdi(tables, parsePeriod({ period: '2024-Q1' }));
    expect(q1.cumulative).toEqual({ projects: 5, capital: 40_900_000 });
  });
});

describe('summariseFdi in VND', () => {
  const rates = new RateTable(table('exchange-rates', [
    { currency: 'USD', validFrom: '2020-01-01', rateUsd: null, rateVnd: 25_000 },
    { currency: 'USD', validFrom: '2024-12-01', rateUsd: null, rateVnd: 26_000 },
  ]).rows);

  it('converts every figure at the USD rate of the period end, last year\'s too', () => {
    const s = summariseFdi(tables, y2024, 'VND', rates);
    expect(s.currency).toBe('VND');
    expect(s.usdToVnd).toBe(26_000);
    expect(s.newProjects.capital).toBe(390_000_000_000); // 15 000 000 × 26 000
    expect(s.previous?.total).toBe(91_000_000_000);      // 3 500 000 × 26 000, same rate
    expect(s.change.total).toBeCloseTo(18.5 / 3.5 - 1, 12);
  });

  it('stays in USD when no USD rate is known', () => {
    const s = summariseFdi(tables, y2024, 'VND', new RateTable([]));
    expect(s.currency).toBe('USD');
    expect(s.usdToVnd).toBeNull();
    expect(s.total).toBe(18_500_000);
  });

  it('goes through summarise with the workbook\'s rate table', () => {
    const rateTable = table('exchange-rates', [{ currency: 'USD', validFrom: '2020-01-01', rateUsd: null, rateVnd: 25_000 }]);
    const s = summarise([...tables, rateTable], { period: y2024, currency: 'VND' });
    expect(s.fdi.total).toBe(462_500_000_000);                    // 18 500 000 × 25 000
    expect(s.fdi.change.implemented).toBe(0.770833);              // 4.25 / 2.4 − 1 = 0.7708333…
    expect(s.aid.projects).toBe(0);
    expect(s.aid.previous).toBeNull();
  });
});
