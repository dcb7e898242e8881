import fc from "fast-check";
import {
  MAX_SERIAL,
  addMonths,
  dateKey,
  dateToSerial,
  daysInMonth,
  fiscalMonths,
  isDateSerial,
  isValidYmd,
  monthKey,
  monthOf,
  monthsBetween,
  nextMonthKey,
  parseMonthKey,
  serialOf,
  serialToDate,
  ymdOf,
} from "../../src/kernel/calendar";

const DAY = 86_400_000;
/** The plain day count from 1899-12-30 every copy used, right from 1900-03-01 on. */
const oldSerial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY;
/** The other copy's form (engine/incentives dateSerial). */
const oldDateSerial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY + 25569;

/** A real calendar day from 1900-03-01 to 9999-12-31. */
const realDay = fc
  .integer({ min: 61, max: MAX_SERIAL })
  .map((s) => new Date(Date.UTC(1899, 11, 30) + s * DAY))
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe("Excel serials with the 1900 leap-day rule", () => {
  test("the fixed points Excel shows", () => {
    expect(serialOf(1900, 1, 1)).toBe(1);
    expect(serialOf(1900, 2, 28)).toBe(59);
    expect(serialOf(1900, 2, 29)).toBe(60);
    expect(serialOf(1900, 3, 1)).toBe(61);
    expect(serialOf(2026, 1, 1)).toBe(46023);
    expect(serialOf(2026, 3, 1)).toBe(46082);
    expect(serialOf(9999, 12, 31)).toBe(MAX_SERIAL);
    expect(ymdOf(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(ymdOf(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(ymdOf(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(ymdOf(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(monthOf(60)).toEqual({ year: 1900, month: 2 });
    expect(ymdOf(46082.75)).toEqual({ year: 2026, month: 3, day: 1 });
  });

  test("days and months out of range carry as Excel's DATE does", () => {
    expect(serialOf(2026, 3, 0)).toBe(serialOf(2026, 2, 28));
    expect(serialOf(2026, 13, 1)).toBe(serialOf(2027, 1, 1));
    expect(serialOf(2026, 0, 1)).toBe(serialOf(2025, 12, 1));
    expect(serialOf(1900, 3, 0)).toBe(60);
    expect(daysInMonth(1900, 2)).toBe(29);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
  });

  test("serial -> day -> serial round-trips over Excel's whole range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SERIAL }), (s) => {
        const { year, month, day } = ymdOf(s);
        expect(serialOf(year, month, day)).toBe(s);
        expect(isValidYmd(year, month, day)).toBe(true);
      }),
    );
  });

  test("from 1900-03-01 on it is the plain day count every old copy used", () => {
    fc.assert(
      fc.property(realDay, ({ year, month, day }) => {
        const s = serialOf(year, month, day);
        expect(s).toBe(oldSerial(year, month, day));
        expect(s).toBe(oldDateSerial(year, month, day));
        expect(ymdOf(s)).toEqual({ year, month, day });
        expect(dateToSerial(new Date(Date.UTC(year, month - 1, day, 6)))).toBe(s + 0.25);
        expect(serialToDate(s + 0.5).getTime()).toBe(Date.UTC(year, month - 1, day, 12));
      }),
    );
  });

  test("instants before March 1900 shift by Excel's missing day", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1, 12)))).toBe(1.5);
    expect(serialToDate(1.5).toISOString()).toBe("1900-01-01T12:00:00.000Z");
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  test("date range and valid days", () => {
    expect(isDateSerial(1)).toBe(true);
    expect(isDateSerial(MAX_SERIAL + 0.99)).toBe(true);
    expect(isDateSerial(0.5)).toBe(false);
    expect(isDateSerial(MAX_SERIAL + 1)).toBe(false);
    expect(isDateSerial(NaN)).toBe(false);
    expect(isValidYmd(1900, 2, 29)).toBe(true);
    expect(isValidYmd(2026, 2, 29)).toBe(false);
    expect(isValidYmd(1899, 12, 31)).toBe(false);
    expect(isValidYmd(2026, 13, 1)).toBe(false);
  });
});

describe("months and fiscal years", () => {
  test("month keys", () => {
    expect(monthKey({ year: 2026, month: 3 })).toBe("2026-03");
    expect(dateKey({ year: 2026, month: 3, day: 5 })).toBe("2026-03-05");
    expect(parseMonthKey(" 2026-3 ")).toEqual({ year: 2026, month: 3 });
    expect(parseMonthKey("2026-13")).toBeNull();
    expect(parseMonthKey("2026/03")).toBeNull();
    expect(nextMonthKey("2026-12")).toBe("2027-01");
    expect(() => nextMonthKey("2026-Q1")).toThrow(RangeError);
  });

  test("month arithmetic", () => {
    expect(addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthsBetween({ year: 2025, month: 12 }, { year: 2026, month: 3 })).toBe(3);
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -500, max: 500 }),
        (year, month, n) => {
          expect(monthsBetween({ year, month }, addMonths({ year, month }, n))).toBe(n);
        },
      ),
    );
  });

  test("a fiscal year starting in April runs to March, months tiling the year", () => {
    const periods = fiscalMonths(2026, 4);
    expect(periods.map((p) => p.label)).toEqual([
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
      "2027-03",
    ]);
    expect(periods[0]).toMatchObject({
      start: serialOf(2026, 4, 1),
      end: serialOf(2026, 4, 30),
      index: 0,
      quarter: 1,
    });
    expect(periods[11]).toMatchObject({ year: 2027, month: 3, end: serialOf(2027, 3, 31), quarter: 4 });
    for (let i = 1; i < 12; i++) expect(periods[i].start).toBe(periods[i - 1].end + 1);
  });
});
