import { MATRIX, MATRIX_SHEET } from '../../src/plan';
import { rangeAddress } from '../../src/plan/cells';
import { STATUS_COLOURS } from '../../src/plan/colours';
import type { DaysLeftCell, FormulaCell } from '../../src/plan/types';
import { STATUSES } from '../../src/parse/types';
import { cellAt, register, rowAt, sampleDataset, samplePlan, sheet, styleAt } from './helpers';

const FIRST = MATRIX.firstForceRow;
const LAST = FIRST + 42;
const REC_COLS = { 2: 5, 4: 6, 8: 7, 9: 8 } as const;
const OVERDUE_COL = 9;
const CHECK_COL = 10;
const ID_COL = 11;
const OVERRIDES_COL = 12;
const REVIEW_COL = 13;

const matrix = (asOf?: string) => sheet(samplePlan(asOf), 'matrix');
const rowOf = (s: ReturnType<typeof matrix>, forceId: string) => {
  for (let r = FIRST; r <= LAST; r++) if (cellAt(s, r, ID_COL) === forceId) return r;
  throw new Error(`no row for ${forceId}`);
};

describe('the matrix sheet plan', () => {
  const s = matrix();

  it('is the first sheet, visible, named "OIC Matrix"', () => {
    const plan = samplePlan();
    expect(plan.sheets[0]).toBe(plan.sheets.find((x) => x.role === 'matrix'));
    expect(s.name).toBe(MATRIX_SHEET);
    expect(s.visibility).toBe('visible');
  });

  it("carries the report's name in the title and the as-of date as a date", () => {
    expect(String(cellAt(s, MATRIX.titleRow, 1))).toContain(
      'Improving the response to organised immigration crime',
    );
    expect(cellAt(s, MATRIX.asOfRow, 1)).toBe('As of');
    expect(cellAt(s, MATRIX.asOfRow, 2)).toEqual({ kind: 'date', iso: '2025-11-23' });
    expect(styleAt(s, MATRIX.asOfRow, 2)).toMatchObject({ numberFormat: 'dd/mm/yyyy' });
  });

  it('has the header row the filter hangs from', () => {
    expect(rowAt(s, MATRIX.headerRow, 1, REVIEW_COL)).toEqual([
      'Force',
      'Region',
      'Letter date',
      'On time',
      'Rec 2',
      'Rec 4',
      'Rec 8',
      'Rec 9',
      'Overdue recs',
      'Check',
      'Force ID',
      'Overrides (parser reads)',
      'Review',
    ]);
  });

  it.each([
    { rec: 2, title: 'Intelligence document with every NCCU report', deadline: '2026-04-30', days: 158 },
    {
      rec: 4,
      title: 'Plans to collect, analyse and share OIC information',
      deadline: '2025-12-31',
      days: 38,
    },
    { rec: 8, title: 'Hydra training package', deadline: '2026-04-30', days: 158 },
    { rec: 9, title: 'OIC e-learning, four modules', deadline: '2026-04-30', days: 158 },
  ])("puts Rec $rec's title, deadline and days left above its column", ({ rec, title, deadline, days }) => {
    const col = REC_COLS[rec as keyof typeof REC_COLS];
    expect(cellAt(s, MATRIX.recTitleRow, col)).toBe(title);
    expect(cellAt(s, MATRIX.deadlineRow, col)).toEqual({ kind: 'date', iso: deadline });
    expect(cellAt(s, MATRIX.daysLeftRow, col)).toEqual<DaysLeftCell>({
      kind: 'daysLeft',
      recommendation: rec,
      deadline,
      value: days,
      asOfName: 'OIC_AsOf',
    });
    expect(cellAt(s, MATRIX.headerRow, col)).toBe(`Rec ${rec}`);
  });

  it('shows days left in words, so a past deadline reads as overdue rather than a bare minus', () => {
    const fmt = (styleAt(s, MATRIX.daysLeftRow, 5) as { numberFormat?: string }).numberFormat;
    expect(fmt).toBe('0" days left";0" days overdue";"Due today"');
  });

  it('has one contiguous row for each of the 43 forces, by region and then by name', () => {
    const ids: unknown[] = [];
    const regions: string[] = [];
    const names: string[] = [];
    for (let r = FIRST; r <= LAST; r++) {
      ids.push(cellAt(s, r, ID_COL));
      regions.push(String(cellAt(s, r, 2)));
      names.push(String(cellAt(s, r, 1)));
    }
    expect(new Set(ids).size).toBe(43);
    expect([...ids].sort()).toEqual(register.forces.map((f) => f.id).sort());
    const keys = regions.map((region, i) => [region, names[i]]);
    const sorted = [...keys].sort(
      (a, b) => a[0].localeCompare(b[0], 'en-GB') || a[1].localeCompare(b[1], 'en-GB'),
    );
    expect(keys).toEqual(sorted);
    expect(cellAt(s, LAST + 1, 1)).toBeUndefined();
  });

  it.each([
    {
      force: 'gwent',
      row: [
        'Gwent',
        'Wales',
        { kind: 'date', iso: '2025-08-01' },
        'No',
        'Planned',
        'Complete',
        'Acknowledged',
        'Planned',
      ],
    },
    {
      force: 'suffolk',
      row: [
        'Suffolk',
        'Eastern',
        { kind: 'date', iso: '2025-07-04' },
        'Yes',
        'Not accepted',
        'Not mentioned',
        'Planned',
        'In progress',
      ],
    },
    {
      force: 'west-midlands',
      row: [
        'West Midlands',
        'West Midlands',
        null,
        'Undated',
        'In progress',
        'In progress',
        'In progress',
        'In progress',
      ],
    },
    {
      force: 'cleveland',
      row: [
        'Cleveland',
        'North East',
        null,
        null,
        'No response',
        'No response',
        'No response',
        'No response',
      ],
    },
  ])('writes $force as force, region, letter date, on time and its four statuses', ({ force, row }) => {
    expect(rowAt(s, rowOf(s, force), 1, 8)).toEqual(row);
  });

  describe("an analyst's override", () => {
    const ds = sampleDataset();
    const dorset = ds.forces.find((f) => f.forceId === 'dorset')!;
    dorset.cells['2'].override = {
      status: 'Complete',
      reason: 'Confirmed at the board.',
      by: 'J Smith',
      at: '2026-01-10T10:00:00Z',
      parserStatus: 'In progress',
    };
    // Gwent Rec 8 was overridden when the letter read Not accepted; the letter now reads Acknowledged.
    ds.forces.find((f) => f.forceId === 'gwent')!.cells['8'].override = {
      status: 'Planned',
      reason: null,
      by: null,
      at: '2026-01-11T10:00:00Z',
      parserStatus: 'Not accepted',
    };
    // An override on a force with no letter, from a phone call.
    ds.forces.find((f) => f.forceId === 'cleveland')!.cells['4'].override = {
      status: 'Acknowledged',
      reason: 'Phone call with the force',
      by: null,
      at: '2026-01-12T10:00:00Z',
      parserStatus: 'No response',
    };
    const m = sheet(samplePlan('2025-11-23', ds), 'matrix');
    const note = (force: string, rec: keyof typeof REC_COLS) =>
      m.notes.find((n) => n.row === rowOf(m, force) && n.col === REC_COLS[rec])?.text ?? '';

    it("shows the override's status in the cell, so the drop-down holds it", () => {
      expect(cellAt(m, rowOf(m, 'dorset'), REC_COLS[2])).toBe('Complete');
      expect(cellAt(m, rowOf(m, 'gwent'), REC_COLS[8])).toBe('Planned');
    });

    it('marks the cell with a heavy border, a look that is not colour', () => {
      expect(styleAt(m, rowOf(m, 'dorset'), REC_COLS[2])).toMatchObject({
        border: { style: 'medium', color: '000000' },
      });
      expect(styleAt(m, rowOf(m, 'dorset'), REC_COLS[4])).not.toMatchObject({ border: { style: 'medium' } });
    });

    it("lists the override with the parser's reading beside it, in words", () => {
      expect(cellAt(m, rowOf(m, 'dorset'), OVERRIDES_COL)).toBe('2 (parser: In progress)');
      expect(cellAt(m, rowOf(m, 'gwent'), OVERRIDES_COL)).toBe('8 (parser: Acknowledged)');
      expect(cellAt(m, rowOf(m, 'suffolk'), OVERRIDES_COL)).toBeNull();
    });

    it('starts the note with who overrode it, when, why and what the parser reads', () => {
      expect(note('dorset', 2).split('\n').slice(0, 3)).toEqual([
        'Dorset, Rec 2: Complete',
        'OVERRIDE by J Smith on 10/01/2026: Confirmed at the board. Parser reads: In progress.',
        'Confidence: 90%',
      ]);
    });

    it('flags for review, in the Review column and the note, a cell whose reading changed under its override', () => {
      expect(cellAt(m, rowOf(m, 'gwent'), REVIEW_COL)).toBe('8: parser now reads Acknowledged');
      expect(cellAt(m, rowOf(m, 'dorset'), REVIEW_COL)).toBeNull();
      expect(note('gwent', 8)).toContain(
        'OVERRIDE on 11/01/2026. Parser reads: Acknowledged.\nREVIEW: the parser now reads Acknowledged; it read Not accepted when the override was made.',
      );
    });

    it('notes an override on a force with no letter, though such cells otherwise have no note', () => {
      expect(note('cleveland', 4)).toBe(
        [
          'Cleveland, Rec 4: Acknowledged',
          'OVERRIDE on 12/01/2026: Phone call with the force. Parser reads: No response.',
          '',
          'No letter from this force has been read.',
        ].join('\n'),
      );
      expect(note('cleveland', 2)).toBe('');
    });

    it('is not marked low-confidence, since an analyst has judged it', () => {
      expect(styleAt(m, rowOf(m, 'dorset'), REC_COLS[2])).not.toHaveProperty('italic');
    });
  });

  it.each([
    ['Overdue', 9],
    ['Check', 10],
    ['Override', 12],
    ['Review', 13],
  ])('explains the %s flag in the key, above the column that lists it', (flag, col) => {
    expect(cellAt(s, MATRIX.keyRow, col)).toBe(flag);
    expect(s.notes.find((n) => n.row === MATRIX.keyRow && n.col === col)?.text).toBeTruthy();
  });

  it('colours the status block by a text rule for every one of the seven statuses', () => {
    const block = { top: FIRST, left: 5, bottom: LAST, right: 8 };
    const cf = s.conditionalFormats.find((c) => rangeAddress(c.range) === rangeAddress(block))!;
    expect(cf.rules.map((r) => r.text)).toEqual([...STATUSES]);
    for (const rule of cf.rules) {
      expect(rule).toEqual({
        kind: 'textEquals',
        text: rule.text,
        ...pick(STATUS_COLOURS[rule.text as keyof typeof STATUS_COLOURS]),
      });
    }
  });

  it('offers the seven statuses as a drop-down on exactly the status block', () => {
    expect(s.validations).toHaveLength(1);
    expect(rangeAddress(s.validations[0].range)).toBe(`E${FIRST}:H${LAST}`);
    expect(s.validations[0].values).toEqual(STATUSES);
  });

  it.each(STATUSES.map((status, i) => ({ status, col: 2 + i })))(
    'shows $status in the key in its own colours',
    ({ status, col }) => {
      expect(cellAt(s, MATRIX.keyRow, col)).toBe(status);
      expect(styleAt(s, MATRIX.keyRow, col)).toMatchObject(pick(STATUS_COLOURS[status]));
    },
  );

  describe('a reading below the confidence threshold', () => {
    const row = rowOf(s, 'dorset');

    it('is italic with a dashed border, over its colour', () => {
      expect(styleAt(s, row, REC_COLS[9])).toMatchObject({ italic: true, border: { style: 'dashed' } });
      expect(styleAt(s, row, REC_COLS[2])).not.toHaveProperty('italic');
    });

    it('is listed in the Check column, so the flag is text as well as a look', () => {
      expect(cellAt(s, row, CHECK_COL)).toBe('9');
      expect(cellAt(s, rowOf(s, 'gwent'), CHECK_COL)).toBeNull();
    });

    it('says so in its note, without touching the status word the drop-down matches', () => {
      expect(cellAt(s, row, REC_COLS[9])).toBe('Planned');
      const note = s.notes.find((n) => n.row === row && n.col === REC_COLS[9])!;
      expect(note.text).toContain('CHECK: low confidence (45%)');
    });
  });

  it.each([
    { asOf: '2025-11-23', dorset: '', gwent: '' },
    { asOf: '2025-12-31', dorset: '', gwent: '' },
    { asOf: '2026-01-01', dorset: '4', gwent: '' },
    { asOf: '2026-05-01', dorset: '2, 4, 8, 9', gwent: '2, 8, 9' },
  ])('flags overdue recommendations as of $asOf (Complete is never overdue)', ({ asOf, dorset, gwent }) => {
    const m = matrix(asOf);
    const d = cellAt(m, rowOf(m, 'dorset'), OVERDUE_COL) as FormulaCell;
    const g = cellAt(m, rowOf(m, 'gwent'), OVERDUE_COL) as FormulaCell;
    expect(d.value).toBe(dorset);
    expect(g.value).toBe(gwent);
  });

  it('works overdue out with a formula over the status, the as-of date and the deadline, so typing recounts it', () => {
    const row = rowOf(s, 'gwent');
    const cell = cellAt(s, row, OVERDUE_COL) as FormulaCell;
    expect(cell.kind).toBe('formula');
    expect(cell.formula).toBe(
      'SUBSTITUTE(TRIM(' +
        [
          `IF(AND(E${row}<>"Complete",OIC_AsOf>$E$5),"2 ","")`,
          `IF(AND(F${row}<>"Complete",OIC_AsOf>$F$5),"4 ","")`,
          `IF(AND(G${row}<>"Complete",OIC_AsOf>$G$5),"8 ","")`,
          `IF(AND(H${row}<>"Complete",OIC_AsOf>$H$5),"9 ","")`,
        ].join('&') +
        ')," ",", ")',
    );
    expect(styleAt(s, row, OVERDUE_COL)).toMatchObject({ bold: true, fontColor: 'C00000' });
  });

  it('notes each lettered cell with its evidence, commitments, source and confidence', () => {
    const row = rowOf(s, 'dorset');
    const note = (col: number) => s.notes.find((n) => n.row === row && n.col === col)?.text;
    expect(note(REC_COLS[2])).toBe(
      [
        'Dorset, Rec 2: In progress',
        'Confidence: 90%',
        '',
        'Evidence:',
        '"There is more work to be done."',
        '"Work is underway on guidance."',
        '',
        'Source: bundled:dorset.txt, letter dated 25/06/2025',
      ].join('\n'),
    );
    expect(note(REC_COLS[9])).toContain(
      'Commitments:\nend of July 2025: due 31/07/2025; owner: Head of Learning',
    );
  });

  it('leaves "No response" cells without a note, as there is nothing to quote', () => {
    const row = rowOf(s, 'cleveland');
    expect(s.notes.filter((n) => n.row === row)).toEqual([]);
  });

  it('freezes the header and first column, filters from the header row and hides the id column', () => {
    expect(s.freeze).toEqual({ rows: MATRIX.headerRow, columns: 1 });
    expect(rangeAddress(s.autoFilter!)).toBe(`A${MATRIX.headerRow}:M${LAST}`);
    expect(s.columns.map((c, i) => (c.hidden ? i + 1 : 0)).filter(Boolean)).toEqual([ID_COL]);
  });

  it('prints landscape, one page wide, to the Review column', () => {
    expect(s.print).toEqual({
      orientation: 'landscape',
      fitToWidth: true,
      area: { top: 1, left: 1, bottom: LAST, right: REVIEW_COL },
      titleRows: { from: MATRIX.recTitleRow, to: MATRIX.headerRow },
    });
  });

  it.each([
    ['OIC_AsOf', 'B2'],
    ['OIC_Matrix', `E${FIRST}:H${LAST}`],
    ['OIC_RecHeaders', 'E7:H7'],
    ['OIC_ForceIds', `K${FIRST}:K${LAST}`],
    ['OIC_Deadlines', 'E5:H5'],
  ])('names %s as %s on the matrix sheet', (name, where) => {
    const n = samplePlan().names.find((x) => x.name === name)!;
    expect(n.sheet).toBe(MATRIX_SHEET);
    expect(rangeAddress(n.range)).toBe(where);
  });
});

function pick(c: { fill: string; fontColor: string }) {
  return { fill: c.fill, fontColor: c.fontColor };
}
