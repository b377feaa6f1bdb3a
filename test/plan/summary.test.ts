import { SUMMARY, SUMMARY_SHEET } from '../../src/plan';
import { rangeAddress } from '../../src/plan/cells';
import { STATUS_COLOURS } from '../../src/plan/colours';
import type { CellValue, FormulaCell } from '../../src/plan/types';
import { STATUSES } from '../../src/parse/types';
import { cellAt, rowAt, sampleDataset, samplePlan, sheet, styleAt } from './helpers';

const value = (v: CellValue | undefined) =>
  v && typeof v === 'object' && 'value' in v ? (v as FormulaCell).value : v;
const summary = (asOf = '2025-11-23', ds = sampleDataset()) => sheet(samplePlan(asOf, ds), 'summary');
const REC_ROWS = { 2: 6, 4: 7, 8: 8, 9: 9 } as const;
const header = (s: ReturnType<typeof summary>) => rowAt(s, SUMMARY.statusHeaderRow, 1, 13) as string[];
const col = (s: ReturnType<typeof summary>, name: string) => header(s).indexOf(name) + 1;

describe('the Summary sheet plan', () => {
  const s = summary();

  it('comes second, after the matrix', () => {
    expect(samplePlan().sheets[1].name).toBe(SUMMARY_SHEET);
  });

  it('has a row per recommendation with the count of forces in each status', () => {
    expect(header(s)).toEqual([
      'Recommendation',
      ...STATUSES,
      'Forces',
      'Complete or in progress',
      'Deadline',
      'Days left',
      'Overdue (forces not Complete)',
    ]);
    // Sample letters: Dorset, Gwent, Suffolk, West Midlands, Avon and Somerset; 38 forces without one.
    expect(rowAt(s, REC_ROWS[2], 1, 9).map(value)).toEqual(['Rec 2', 0, 3, 1, 0, 1, 0, 38, 43]);
    expect(rowAt(s, REC_ROWS[4], 1, 9).map(value)).toEqual(['Rec 4', 1, 3, 0, 0, 0, 1, 38, 43]);
    expect(rowAt(s, REC_ROWS[8], 1, 9).map(value)).toEqual(['Rec 8', 0, 3, 1, 1, 0, 0, 38, 43]);
    expect(rowAt(s, REC_ROWS[9], 1, 9).map(value)).toEqual(['Rec 9', 0, 2, 3, 0, 0, 0, 38, 43]);
  });

  it('counts with formulas over the matrix column, so a typed status recounts at once', () => {
    expect(cellAt(s, REC_ROWS[4], col(s, 'Complete'))).toEqual({
      kind: 'formula',
      formula: `COUNTIF('OIC Matrix'!$F$8:$F$50,"Complete")`,
      value: 1,
    });
    expect((cellAt(s, REC_ROWS[4], col(s, 'Forces')) as FormulaCell).formula).toBe('SUM(B7:H7)');
  });

  it('counts an override as the status it sets', () => {
    const ds = sampleDataset();
    ds.forces.find((f) => f.forceId === 'dorset')!.cells['2'].override = {
      status: 'Complete',
      reason: null,
      by: null,
      at: '2026-01-10T10:00:00Z',
      parserStatus: 'In progress',
    };
    const o = summary('2025-11-23', ds);
    expect(rowAt(o, REC_ROWS[2], 2, 3).map(value)).toEqual([1, 2]);
  });

  it('gives the share Complete or In progress as a percentage', () => {
    const share = cellAt(s, REC_ROWS[4], col(s, 'Complete or in progress')) as FormulaCell;
    expect(share.formula).toBe('IF(I7=0,0,(B7+C7)/I7)');
    expect(share.value).toBeCloseTo(4 / 43);
    expect(styleAt(s, REC_ROWS[4], col(s, 'Complete or in progress'))).toMatchObject({ numberFormat: '0%' });
  });

  it.each([
    { asOf: '2025-11-23', rec4: 0, rec2: 0 },
    { asOf: '2026-01-01', rec4: 42, rec2: 0 },
    { asOf: '2026-05-01', rec4: 42, rec2: 43 },
  ])('counts forces overdue, past the deadline and not Complete, as of $asOf', ({ asOf, rec4, rec2 }) => {
    const o = summary(asOf);
    const overdue = col(o, 'Overdue (forces not Complete)');
    expect(value(cellAt(o, REC_ROWS[4], overdue))).toBe(rec4);
    expect(value(cellAt(o, REC_ROWS[2], overdue))).toBe(rec2);
    expect((cellAt(o, REC_ROWS[4], overdue) as FormulaCell).formula).toBe('IF(OIC_AsOf>K7,I7-B7,0)');
  });

  it("shows each recommendation's deadline and days left", () => {
    expect(cellAt(s, REC_ROWS[4], col(s, 'Deadline'))).toEqual({ kind: 'date', iso: '2025-12-31' });
    expect(cellAt(s, REC_ROWS[4], col(s, 'Days left'))).toMatchObject({
      kind: 'daysLeft',
      recommendation: 4,
      value: 38,
    });
  });

  const labelled = (label: string) => {
    for (let r = 10; r < 40; r++) {
      const v = value(cellAt(s, r, 1));
      if (typeof v === 'string' && v.startsWith(label)) return r;
    }
    throw new Error(`no row labelled ${label}`);
  };

  it.each([
    ['On time', 3, 'COUNTIF(\'OIC Matrix\'!$D$8:$D$50,"Yes")'],
    ['Late', 1, 'COUNTIF(\'OIC Matrix\'!$D$8:$D$50,"No")'],
    ['Letter undated', 1, 'COUNTIF(\'OIC Matrix\'!$D$8:$D$50,"Undated")'],
    ['Date not clear', 0, 'COUNTIF(\'OIC Matrix\'!$D$8:$D$50,"Unknown")'],
    ['No letter yet', 38, "ROWS('OIC Matrix'!$D$8:$D$50)-COUNTA('OIC Matrix'!$D$8:$D$50)"],
  ])('counts responses by timeliness: %s', (label, count, formula) => {
    const cell = cellAt(s, labelled(label), 2) as FormulaCell;
    expect([cell.value, cell.formula]).toEqual([count, formula]);
  });

  it.each([
    ['Past due', 1],
    ['Due within 45 days', 0],
    ['Due later', 1],
    ['All dated commitments', 2],
  ])('counts commitments from the Commitments flags: %s', (label, count) => {
    expect(value(cellAt(s, labelled(label), 2))).toBe(count);
  });

  it('labels the due-soon count with the window the analyst set, live', () => {
    const label = cellAt(s, labelled('Due within'), 1) as FormulaCell;
    expect(label.formula).toBe('"Due within "&OIC_WarnDays&" days"');
    expect((cellAt(s, labelled('Due within'), 2) as FormulaCell).formula).toBe(
      'COUNTIF(\'Commitments\'!$G$3:$G$4,"Due soon")',
    );
  });

  describe('its chart', () => {
    const chart = s.charts![0];

    it('is a stacked bar per recommendation over the status counts', () => {
      expect(chart.kind).toBe('stackedBar');
      expect(chart.categories).toEqual(['Rec 2', 'Rec 4', 'Rec 8', 'Rec 9']);
      expect(rangeAddress(chart.dataRange)).toBe('A5:H9');
      expect(chart.max).toBe(43);
    });

    it('has a series per status in its BRAG colour, reading the cells of its column', () => {
      expect(chart.series.map((x) => [x.name, x.color, rangeAddress(x.range)])).toEqual(
        STATUSES.map((status, i) => [
          status,
          STATUS_COLOURS[status].fill,
          `${'BCDEFGH'[i]}6:${'BCDEFGH'[i]}9`,
        ]),
      );
      chart.series.forEach((x, i) => {
        expect(x.values).toEqual([6, 7, 8, 9].map((r) => value(cellAt(s, r, 2 + i))));
      });
    });

    it('sits below its legend, clear of the tables, at a size that matches its cells', () => {
      const legendRow = chart.anchor.top - 1;
      expect(rowAt(s, legendRow, chart.anchor.left, chart.anchor.left + 6)).toEqual([...STATUSES]);
      expect(chart.anchor.left).toBeGreaterThan(2);
      expect(chart.width).toBeGreaterThan(500);
      expect(chart.height).toBe((chart.anchor.bottom - chart.anchor.top + 1) * 20);
      for (let r = chart.anchor.top; r <= chart.anchor.bottom; r++)
        for (let c = chart.anchor.left; c <= chart.anchor.right; c++)
          expect(cellAt(s, r, c) ?? null).toBeNull();
    });
  });
});
