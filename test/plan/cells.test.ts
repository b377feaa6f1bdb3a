import {
  columnLetter,
  daysBetween,
  excelDate,
  isoToSerial,
  quoteSheet,
  rangeAddress,
  ukDate,
  ukLongDate,
} from '../../src/plan/cells';

describe('cell addresses', () => {
  it.each([
    [1, 'A'],
    [11, 'K'],
    [26, 'Z'],
    [27, 'AA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('names column %d %s', (n, letter) => {
    expect(columnLetter(n)).toBe(letter);
  });

  it.each([
    [{ top: 2, left: 2, bottom: 2, right: 2 }, false, 'B2'],
    [{ top: 8, left: 5, bottom: 50, right: 8 }, false, 'E8:H50'],
    [{ top: 8, left: 5, bottom: 50, right: 8 }, true, '$E$8:$H$50'],
  ])('writes %j as %s', (range, absolute, text) => {
    expect(rangeAddress(range, absolute)).toBe(text);
  });

  it('quotes sheet names and doubles the quotes inside them', () => {
    expect(quoteSheet('OIC Matrix')).toBe("'OIC Matrix'");
    expect(quoteSheet("Analyst's view")).toBe("'Analyst''s view'");
  });
});

describe('dates', () => {
  it.each([
    ['1899-12-30', 0],
    ['1900-03-01', 61],
    ['2025-01-01', 45658],
    ['2026-04-30', 46142],
  ])('gives %s the Excel serial %d', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
  });

  it('turns a UTC time into the fraction of the day', () => {
    expect(isoToSerial('2025-01-01T18:00:00.000Z')).toBeCloseTo(45658.75, 6);
  });

  it.each([
    ['2025-11-23', '2026-04-30', 158],
    ['2026-05-01', '2026-04-30', -1],
    ['2024-02-28', '2024-03-01', 2],
  ])('counts from %s to %s as %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('shows dates the UK way', () => {
    expect(ukDate('2025-07-31')).toBe('31/07/2025');
    expect(ukLongDate('2025-07-01')).toBe('1 July 2025');
    expect(excelDate('2026-04-30')).toBe('DATE(2026,4,30)');
  });
});
