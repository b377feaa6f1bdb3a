import { decodeDataset, DATA_SHEET_NAME } from '../../src/dataset/storage';
import type { FormulaCell, PlannedSheet, SheetPlan } from '../../src/plan/types';
import { FORMULA_LOOKALIKES } from '../dataset/fixtures';
import { allCells, cellAt, rowAt, sampleDataset, samplePlan, sheet, styleAt } from './helpers';

const header = (s: PlannedSheet) => s.blocks[0].values[0];
const colOf = (s: PlannedSheet, name: string) => header(s).indexOf(name) + 1;

describe('the workbook plan', () => {
  it('holds the matrix, Evidence, Commitments, Sources and the hidden data sheet, in that order', () => {
    expect(samplePlan().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['OIC Matrix', 'visible'],
      ['Evidence', 'visible'],
      ['Commitments', 'visible'],
      ['Sources', 'visible'],
      [DATA_SHEET_NAME, 'hidden'],
    ]);
  });

  it('gives every block rows of one length', () => {
    for (const s of samplePlan().sheets) {
      for (const b of s.blocks) for (const row of b.values) expect(row).toHaveLength(b.values[0].length);
    }
  });
});

describe('the Evidence sheet plan', () => {
  const s = sheet(samplePlan(), 'evidence');

  it('has one row per force and recommendation, after a header', () => {
    expect(header(s)).toEqual([
      'Force',
      'Region',
      'Rec',
      'Status',
      'Confidence',
      'Evidence',
      'Commitments',
      'Source',
      'Letter date',
      'Analyst override',
    ]);
    expect(s.blocks[0].values).toHaveLength(1 + 43 * 4);
  });

  it.each([
    {
      row: [
        'Gwent',
        'Wales',
        4,
        'Complete',
        0.9,
        "The force's evidence for Complete.",
        null,
        'bundled:gwent.txt',
      ],
      force: 'Gwent',
      rec: 4,
    },
    {
      row: ['Cleveland', 'North East', 2, 'No response', null, null, null, null],
      force: 'Cleveland',
      rec: 2,
    },
    {
      row: [
        'Dorset',
        'South West',
        9,
        'Planned',
        0.45,
        "The force's evidence for Planned.",
        'end of July 2025: due 31/07/2025; owner: Head of Learning. Work will be finished by 2025-07-31.',
        'bundled:dorset.txt',
      ],
      force: 'Dorset',
      rec: 9,
    },
  ])(
    'writes $force Rec $rec with its status, confidence, evidence, commitments and source',
    ({ row, force, rec }) => {
      const found = s.blocks[0].values.find((v) => v[0] === force && v[2] === rec)!;
      expect(found.slice(0, 8)).toEqual(row);
    },
  );

  it('puts each evidence sentence on its own line', () => {
    const dorset2 = s.blocks[0].values.find((v) => v[0] === 'Dorset' && v[2] === 2)!;
    expect(dorset2[colOf(s, 'Evidence') - 1]).toBe(
      'There is more work to be done.\nWork is underway on guidance.',
    );
  });

  it('shows confidence as a percentage and colours statuses by the same rules as the matrix', () => {
    expect(styleAt(s, 2, colOf(s, 'Confidence'))).toMatchObject({ numberFormat: '0%' });
    expect(s.conditionalFormats[0].rules).toHaveLength(7);
    expect(s.conditionalFormats[0].range.left).toBe(colOf(s, 'Status'));
  });

  it('gives wrapped rows a height that shows their text', () => {
    const gwentRow = s.blocks[0].values.findIndex((v) => v[0] === 'Gwent' && v[2] === 2) + 1;
    const height = s.rowHeights!.find((h) => h.row === gwentRow)!.height;
    expect(height).toBeGreaterThanOrEqual(4 * 12.75);
  });
});

describe('the Commitments sheet plan', () => {
  it.each([
    { asOf: '2025-07-30', dorset: 'No', gwent: 'No' },
    { asOf: '2025-07-31', dorset: 'No', gwent: 'No' },
    { asOf: '2025-08-01', dorset: 'Yes', gwent: 'No' },
    { asOf: '2026-10-01', dorset: 'Yes', gwent: 'Yes' },
  ])('lists each dated commitment, soonest first, past due as of $asOf', ({ asOf, dorset, gwent }) => {
    const s = sheet(samplePlan(asOf), 'commitments');
    const past = colOf(s, 'Past due?');
    expect(s.blocks[0].values).toHaveLength(3);
    expect(rowAt(s, 2, 1, 5)).toEqual(['Dorset', 'South West', 9, { kind: 'date', iso: '2025-07-31' }, null]);
    expect(rowAt(s, 3, 1, 5)).toEqual([
      'Gwent',
      'Wales',
      9,
      { kind: 'date', iso: '2026-09-30' },
      { kind: 'date', iso: '2026-09-16' },
    ]);
    expect((cellAt(s, 2, past) as FormulaCell).value).toBe(dorset);
    expect((cellAt(s, 3, past) as FormulaCell).value).toBe(gwent);
    expect((cellAt(s, 2, past) as FormulaCell).formula).toBe('IF(D2<OIC_AsOf,"Yes","No")');
  });

  it('leaves out commitments without a date', () => {
    const ds = sampleDataset();
    ds.forces
      .find((f) => f.forceId === 'suffolk')!
      .cells['8'].commitments.push({
        text: 'We will review it.',
        when: 'in due course',
        due: null,
        dueFrom: null,
        owner: null,
      });
    expect(sheet(samplePlan('2025-11-23', ds), 'commitments').blocks[0].values).toHaveLength(3);
  });
});

describe('the Sources sheet plan', () => {
  const s = sheet(samplePlan(), 'sources');

  it('lists every source read with force, kind, location, when, result, message and hash', () => {
    const rows = s.blocks[0].values.slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual([
      'Dorset',
      'bundled',
      'bundled:dorset.txt',
      { kind: 'date', iso: '2026-01-15T09:30:00.000Z' },
      'Read',
      null,
      null,
      'f00d',
    ]);
    expect(rows[5]).toEqual([
      null,
      'file',
      'letters/broken.txt',
      { kind: 'date', iso: '2026-01-15T09:30:00.000Z' },
      'Error',
      'the file is empty',
      null,
      null,
    ]);
  });
});

describe('the data sheet plan', () => {
  it('carries the dataset, which decodes back unchanged', () => {
    const ds = sampleDataset();
    const data = sheet(samplePlan('2025-11-23', ds), 'data');
    expect(data.name).toBe(DATA_SHEET_NAME);
    expect(data.visibility).toBe('hidden');
    expect(data.blocks[0].col).toBe(1);
    expect(decodeDataset(data.blocks[0].values.map((r) => r[0]))).toEqual(ds);
  });
});

describe('letter text', () => {
  const plan = samplePlan();

  const lettersText = (p: SheetPlan) =>
    [...allCells(p)].filter(
      ({ value }) =>
        typeof value === 'string' && FORMULA_LOOKALIKES.some((t) => value.includes(t.slice(0, 12))),
    );

  it('reaches the workbook, so the checks below are not vacuous', () => {
    expect(lettersText(plan).length).toBeGreaterThanOrEqual(2);
  });

  it('is always a plain string in a column the plan marks as text', () => {
    for (const { value, block, blockCol, sheet: s } of allCells(plan)) {
      if (typeof value === 'string' && /^[=+\-@]/.test(value)) {
        expect({ sheet: s.name, value, text: block.textColumns?.includes(blockCol) }).toEqual({
          sheet: s.name,
          value,
          text: true,
        });
      }
    }
  });

  it('never appears inside a formula', () => {
    const formulas = [...allCells(plan)]
      .map(({ value }) => value)
      .filter((v): v is FormulaCell => typeof v === 'object' && v !== null && v.kind === 'formula');
    expect(formulas.length).toBeGreaterThan(43);
    for (const f of formulas) {
      for (const text of [...FORMULA_LOOKALIKES, 'HYPERLINK', 'cmd|', 'evidence'])
        expect(f.formula).not.toContain(text);
      // Only cell references, names, numbers, fixed words and the functions the plan uses.
      expect(f.formula).toMatch(/^(SUBSTITUTE|IF)\(/);
    }
  });
});
