import {
  dateToSerial,
  dayToExcelSerial,
  dayToIso,
  dayToYmd,
  excelSerialToDay,
  formatDay,
  isoToDay,
  dayMonthEvidence,
  isYearNumber,
  parseDate,
  plainSerialDay,
  spanOf,
  todayDay,
  ymdToDay,
  type DatePrecision,
  type DateResult,
} from '../src/core/parse/date';

function expectDay(r: DateResult, iso: string, precision: DatePrecision, fromText: boolean): void {
  expect(r).toEqual({ ok: true, day: isoToDay(iso), precision, fromText });
}

describe('calendar arithmetic', () => {
  it.each<[string, number]>([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['1900-01-01', -25567],
    ['1900-03-01', -25508],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['2022-04-29', 19111],
    ['2024-12-31', 20088],
    ['9999-12-31', 2932896],
  ])('%s is day %p', (iso, day) => {
    expect(isoToDay(iso)).toBe(day);
    expect(dayToIso(day)).toBe(iso);
  });

  it('agrees with Date.UTC on every day from 1900 to 2100 and around 9999', () => {
    const check = (from: number, to: number): void => {
      for (let day = from; day <= to; day++) {
        const dt = new Date(day * 86_400_000);
        const ymd = { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
        const got = dayToYmd(day);
        if (got.y !== ymd.y || got.m !== ymd.m || got.d !== ymd.d) throw new Error(`day ${day}: ${JSON.stringify(got)}`);
        if (ymdToDay(ymd.y, ymd.m, ymd.d) !== day) throw new Error(`ymdToDay ${JSON.stringify(ymd)}`);
      }
    };
    check(ymdToDay(1900, 1, 1), ymdToDay(2100, 12, 31));
    check(ymdToDay(9990, 1, 1), ymdToDay(9999, 12, 31));
  });

  it('ymdToDay does not validate: 31 Feb rolls into March', () => {
    expect(ymdToDay(2022, 2, 31)).toBe(isoToDay('2022-03-03'));
  });

  it.each(['2022-4-29', '29/04/2022', '2022-02-30', '2022-13-01', '2022-00-10', '2022-04-00', '', ' 2022-04-29', 'x'])(
    'isoToDay throws on %p',
    (s) => {
      expect(() => isoToDay(s)).toThrow();
    },
  );
});

describe('Excel serials', () => {
  it.each<[string, number]>([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['1970-01-01', 25569],
    ['2000-02-29', 36585],
    ['2022-04-29', 44680],
    ['2024-12-31', 45657],
    ['9999-12-31', 2958465],
  ])('%s is serial %p, and back', (iso, serial) => {
    const day = isoToDay(iso);
    expect(dayToExcelSerial(day)).toBe(serial);
    expect(excelSerialToDay(serial)).toBe(day);
    expect(dayToIso(excelSerialToDay(dayToExcelSerial(day)))).toBe(iso);
    expectDay(parseDate(serial), iso, 'day', false);
  });

  it('reads a UTC wall-clock Date (as ExcelJS gives dates) as its serial, time of day as the fraction', () => {
    expect(dateToSerial(new Date(Date.UTC(2022, 3, 29)))).toBe(44680);
    expect(dateToSerial(new Date(Date.UTC(2022, 3, 29, 18)))).toBe(44680.75);
    expect(dateToSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
  });

  it('drops the time of day', () => {
    expect(excelSerialToDay(44680.99)).toBe(isoToDay('2022-04-29'));
    expectDay(parseDate(44680.75), '2022-04-29', 'day', false);
    expectDay(parseDate(1.5), '1900-01-01', 'day', false);
  });

  it("serial 60 is Excel's fictitious 1900-02-29", () => {
    expect(excelSerialToDay(60)).toBeNaN();
    expect(parseDate(60)).toEqual({ ok: false, reason: 'impossible-date' });
    expect(parseDate(60.5)).toEqual({ ok: false, reason: 'impossible-date' });
  });

  it.each([0, 0.5, -1, 2958466, 2958466.5, 1e9])('serial %p is out of range', (n) => {
    expect(parseDate(n)).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it.each([NaN, Infinity, -Infinity])('%p is not a date', (n) => {
    expect(parseDate(n)).toEqual({ ok: false, reason: 'not-a-date' });
  });
});

describe('parseDate: Date objects and other values', () => {
  it('takes the UTC day of a Date', () => {
    expectDay(parseDate(new Date(Date.UTC(2022, 3, 29))), '2022-04-29', 'day', false);
    expectDay(parseDate(new Date(Date.UTC(2022, 3, 29, 23, 59, 59))), '2022-04-29', 'day', false);
    expectDay(parseDate(new Date(Date.UTC(1969, 11, 31, 12))), '1969-12-31', 'day', false);
  });

  it('rejects an invalid Date and Dates outside 1900–9999', () => {
    expect(parseDate(new Date('nope'))).toEqual({ ok: false, reason: 'not-a-date' });
    expect(parseDate(new Date(Date.UTC(1899, 11, 31)))).toEqual({ ok: false, reason: 'out-of-range' });
    expect(parseDate(new Date(Date.UTC(10000, 0, 1)))).toEqual({ ok: false, reason: 'out-of-range' });
  });

  it.each([null, undefined, '', '   ', '\u00a0'])('%p is empty', (v) => {
    expect(parseDate(v)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([true, {}, [], 10n])('%p is not a date', (v) => {
    expect(parseDate(v)).toEqual({ ok: false, reason: 'not-a-date' });
  });
});

describe('parseDate: text with a day', () => {
  it.each<[string, string]>([
    ['29/4/2022', '2022-04-29'],
    ['29/04/2022', '2022-04-29'],
    ['05/01/2022', '2022-01-05'],
    ['5/1/2022', '2022-01-05'],
    ['29-04-2022', '2022-04-29'],
    ['29.04.2022', '2022-04-29'],
    ['29 / 04 / 2022', '2022-04-29'],
    ['  29/4/2022  ', '2022-04-29'],
    ['29/04/2022 10:30', '2022-04-29'],
    ['29/04/2022 10:30:15', '2022-04-29'],
    ['29/4/22', '2022-04-29'],
    ['1/1/00', '2000-01-01'],
    ['31/12/68', '2068-12-31'],
    ['1/1/69', '1969-01-01'],
    ['31/12/99', '1999-12-31'],
    ['2022-04-29', '2022-04-29'],
    ['2022-4-9', '2022-04-09'],
    ['2022/04/29', '2022-04-29'],
    ['2022-04-29T00:00:00', '2022-04-29'],
    ['2022-04-29T00:00:00.000Z', '2022-04-29'],
    ['2022-04-29T23:30:00+07:00', '2022-04-29'],
    ['2022-04-29 08:00', '2022-04-29'],
    ['20220429', '2022-04-29'],
    ['ngày 8 tháng 12 năm 2022', '2022-12-08'],
    ['Ngày 8 tháng 12 năm 2022', '2022-12-08'],
    ['ngày 08 tháng 12 năm 2022', '2022-12-08'],
    ['8 tháng 12 năm 2022', '2022-12-08'],
    ['ngày 8 tháng 12, năm 2022', '2022-12-08'],
    ['ngày 8 tháng 12 2022', '2022-12-08'],
    ['ngay 8 thang 12 nam 2022', '2022-12-08'],
    ['NGÀY 8 THÁNG 12 NĂM 2022', '2022-12-08'],
    ['ngày 8 tháng 12 năm 2022'.normalize('NFD'), '2022-12-08'],
    ['ngày 08/12/2022', '2022-12-08'],
    ['ngay 8/12/2022', '2022-12-08'],
    ['29 Apr 2022', '2022-04-29'],
    ['29 April 2022', '2022-04-29'],
    ['29-Apr-2022', '2022-04-29'],
    ['29-Apr-22', '2022-04-29'],
    ['1st May 2022', '2022-05-01'],
    ['April 29, 2022', '2022-04-29'],
    ['Apr 29 2022', '2022-04-29'],
    ['Sept 3, 2021', '2021-09-03'],
    ['29/2/2024', '2024-02-29'],
    ['29/2/2000', '2000-02-29'],
    ['1/1/1900', '1900-01-01'],
    ['31/12/9999', '9999-12-31'],
  ])('%p → %s', (text, iso) => {
    expectDay(parseDate(text), iso, 'day', true);
  });
});

describe('parseDate: text with a month', () => {
  it.each<[string, string]>([
    ['4/2022', '2022-04-01'],
    ['04/2022', '2022-04-01'],
    ['12-2022', '2022-12-01'],
    ['tháng 4/2022', '2022-04-01'],
    ['Tháng 04/2022', '2022-04-01'],
    ['tháng 4 năm 2022', '2022-04-01'],
    ['thang 4 nam 2022', '2022-04-01'],
    ['tháng 4, năm 2022', '2022-04-01'],
    ['T4/2022', '2022-04-01'],
    ['2022-04', '2022-04-01'],
    ['2022/4', '2022-04-01'],
    ['Apr 2022', '2022-04-01'],
    ['April, 2022', '2022-04-01'],
  ])('%p → %s', (text, iso) => {
    expectDay(parseDate(text), iso, 'month', true);
  });
});

describe('parseDate: a bare year', () => {
  it.each(['2022', 'năm 2022', 'Năm 2022', 'nam 2022'])('%p needs allowPeriods', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'not-a-date' });
    expect(parseDate(text, { allowPeriods: false })).toEqual({ ok: false, reason: 'not-a-date' });
    expectDay(parseDate(text, { allowPeriods: true }), '2022-01-01', 'year', true);
  });

  it('a year out of range is out of range only when years are allowed', () => {
    expect(parseDate('1800', { allowPeriods: true })).toEqual({ ok: false, reason: 'out-of-range' });
    expect(parseDate('1800')).toEqual({ ok: false, reason: 'not-a-date' });
  });
});

describe('parseDate: failures', () => {
  it.each<[string, string]>([
    ['31/2/2022', 'impossible-date'],
    ['30/2/2024', 'impossible-date'],
    ['29/2/2023', 'impossible-date'],
    ['29/2/1900', 'impossible-date'],
    ['31/4/2022', 'impossible-date'],
    ['1/13/2022', 'impossible-date'],
    ['4/29/2022', 'impossible-date'],
    ['0/1/2022', 'impossible-date'],
    ['1/0/2022', 'impossible-date'],
    ['32/1/2022', 'impossible-date'],
    ['2022-02-30', 'impossible-date'],
    ['2022-13-01', 'impossible-date'],
    ['13/2022', 'impossible-date'],
    ['tháng 13/2022', 'impossible-date'],
    ['ngày 31 tháng 4 năm 2022', 'impossible-date'],
    ['31 Apr 2022', 'impossible-date'],
    ['20221301', 'impossible-date'],
    ['29/4/1899', 'out-of-range'],
    ['1/1/0022', 'out-of-range'],
    ['1899-12-31', 'out-of-range'],
    ['12/1899', 'out-of-range'],
    ['ngày 1 tháng 1 năm 1800', 'out-of-range'],
    ['abc', 'not-a-date'],
    ['n/a', 'not-a-date'],
    ['-', 'not-a-date'],
    ['44680', 'not-a-date'],
    ['29/04', 'not-a-date'],
    ['29/4/202', 'not-a-date'],
    ['29/04-2022', 'not-a-date'],
    ['2022-04-29-01', 'not-a-date'],
    ['29 Foo 2022', 'not-a-date'],
    ['ngày 08/12', 'not-a-date'],
    ['10000-01-01', 'not-a-date'],
    ['1/1/12345', 'not-a-date'],
  ])('%p fails with %s', (text, reason) => {
    expect(parseDate(text)).toEqual({ ok: false, reason });
  });
});

describe('formatting', () => {
  it.each<[string, string, string]>([
    ['2022-04-29', '29/04/2022', 'Apr 29, 2022'],
    ['2022-01-05', '05/01/2022', 'Jan 5, 2022'],
    ['1900-03-01', '01/03/1900', 'Mar 1, 1900'],
    ['2024-12-31', '31/12/2024', 'Dec 31, 2024'],
  ])('%s → vi %s, en %s, both read back', (iso, vi, en) => {
    const day = isoToDay(iso);
    expect(formatDay(day, 'vi')).toBe(vi);
    expect(formatDay(day, 'en')).toBe(en);
    expectDay(parseDate(vi), iso, 'day', true);
    expectDay(parseDate(en), iso, 'day', true);
  });

  it('todayDay uses the local calendar date of the given moment', () => {
    expect(todayDay(new Date(2022, 3, 29, 0, 1))).toBe(isoToDay('2022-04-29'));
    expect(todayDay(new Date(2022, 3, 29, 23, 59))).toBe(isoToDay('2022-04-29'));
    const now = new Date();
    expect(todayDay()).toBe(ymdToDay(now.getFullYear(), now.getMonth() + 1, now.getDate()));
  });
});

describe('parseDate: a year typed as a number is a year, never an Excel serial', () => {
  it.each([1900, 2011, 2024, 2100])('%p is the year %p where periods are allowed, and no date elsewhere', (n) => {
    expectDay(parseDate(n, { allowPeriods: true }), `${n}-01-01`, 'year', false);
    expect(parseDate(n)).toEqual({ ok: false, reason: 'not-a-date' });
    expect(plainSerialDay(n)).toBeNaN();
  });
  it('the Date a reader makes of the number 2011 typed in a date-formatted cell (03/07/1905) is the year 2011', () => {
    expectDay(parseDate(new Date(Date.UTC(1905, 6, 3)), { allowPeriods: true }), '2011-01-01', 'year', false);
  });
  it('fractions and numbers outside 1900–2100 stay serials', () => {
    expect(isYearNumber(2011.5)).toBe(false);
    expectDay(parseDate(2101), '1905-10-01', 'day', false);
    expectDay(parseDate(1899), '1905-03-13', 'day', false);
  });
});

describe('parseDate: quarters and halves (where periods are allowed)', () => {
  it.each<[string, string, DatePrecision]>([
    ['Quý I/2024', '2024-01-01', 'quarter'],
    ['quý IV/2024', '2024-10-01', 'quarter'],
    ['Quý 2/2024', '2024-04-01', 'quarter'],
    ['quý 3 năm 2024', '2024-07-01', 'quarter'],
    ['Quý III năm 2024', '2024-07-01', 'quarter'],
    ['Q2/2024', '2024-04-01', 'quarter'],
    ['Q1 2024', '2024-01-01', 'quarter'],
    ['q4-2024', '2024-10-01', 'quarter'],
    ['2024-Q3', '2024-07-01', 'quarter'],
    ['2024 Q3', '2024-07-01', 'quarter'],
    ['6 tháng đầu năm 2024', '2024-01-01', 'half'],
    ['6 tháng cuối năm 2024', '2024-07-01', 'half'],
    ['6 THÁNG ĐẦU NĂM 2024', '2024-01-01', 'half'],
    ['H1 2024', '2024-01-01', 'half'],
    ['H2/2024', '2024-07-01', 'half'],
    ['2024-H2', '2024-07-01', 'half'],
  ])('%p → %s (%s)', (text, iso, precision) => {
    expectDay(parseDate(text, { allowPeriods: true }), iso, precision, true);
    expect(parseDate(text)).toEqual({ ok: false, reason: 'not-a-date' });
  });
  it.each(['Quý V/2024', 'Q5 2024', 'H3 2024', 'quý 0/2024', 'FY2024', '9 tháng đầu năm 2024'])('%p is not read', (text) => {
    expect(parseDate(text, { allowPeriods: true }).ok).toBe(false);
  });
});

describe('spanOf: the days a date of each precision covers', () => {
  it.each<[string, DatePrecision, string]>([
    ['2024-03-15', 'day', '2024-03-15'],
    ['2024-02-01', 'month', '2024-02-29'],
    ['2024-10-01', 'quarter', '2024-12-31'],
    ['2024-04-01', 'quarter', '2024-06-30'],
    ['2024-07-01', 'half', '2024-12-31'],
    ['2024-01-01', 'year', '2024-12-31'],
  ])('%s as a %s runs to %s', (first, precision, last) => {
    expect(spanOf(isoToDay(first), precision)).toEqual({ first: isoToDay(first), last: isoToDay(last) });
  });
});

describe('parseDate: day and month order', () => {
  it('reads day first by default and month first with order mdy', () => {
    expectDay(parseDate('5/1/2024'), '2024-01-05', 'day', true);
    expectDay(parseDate('5/1/2024', { order: 'mdy' }), '2024-05-01', 'day', true);
    expect(parseDate('4/29/2022', { order: 'dmy' })).toEqual({ ok: false, reason: 'impossible-date' });
    expectDay(parseDate('4/29/2022', { order: 'mdy' }), '2022-04-29', 'day', true);
  });
  it("with 'either', names the other reading of an ambiguous date, and reads an unambiguous one its only way", () => {
    expect(parseDate('5/1/2024', { order: 'either' })).toEqual({ ok: true, day: isoToDay('2024-01-05'), precision: 'day', fromText: true, alternative: isoToDay('2024-05-01') });
    expect(parseDate('ngày 5/1/2024', { order: 'either' })).toMatchObject({ alternative: isoToDay('2024-05-01') });
    expectDay(parseDate('25/1/2024', { order: 'either' }), '2024-01-25', 'day', true);
    expectDay(parseDate('1/25/2024', { order: 'either' }), '2024-01-25', 'day', true);
    expectDay(parseDate('5/5/2024', { order: 'either' }), '2024-05-05', 'day', true);
    expectDay(parseDate('2024-01-05', { order: 'either' }), '2024-01-05', 'day', true);
    expect(parseDate('13/13/2024', { order: 'either' })).toEqual({ ok: false, reason: 'impossible-date' });
  });
  it.each<[string, ReturnType<typeof dayMonthEvidence>]>([
    ['25/1/2024', 'dm'], ['1/25/2024', 'md'], ['5/1/2024', 'either'], ['5/5/2024', null], ['2024-01-05', null],
    ['ngày 25/01/2024', 'dm'], ['31/02/2024', null], ['Quý I/2024', null], ['abc', null], ['  1/25/24 ', 'md'],
  ])('%p is evidence %p', (text, e) => {
    expect(dayMonthEvidence(text)).toBe(e);
  });
});
