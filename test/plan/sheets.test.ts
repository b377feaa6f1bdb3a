import { decodeDataset, DATA_SHEET_NAME } from '../../src/dataset/storage';
import type { FormulaCell, PlannedSheet, SheetPlan } from '../../src/plan/types';
import { FORMULA_LOOKALIKES } from '../dataset/fixtures';
import { NAMES } from '../../src/plan/names';
import { rangeAddress } from '../../src/plan/cells';
import { allCells, cellAt, rowAt, sampleDataset, samplePlan, sheet, styleAt } from './helpers';

const header = (s: PlannedSheet) => s.blocks[0].values[0];
const colOf = (s: PlannedSheet, name: string) => header(s).indexOf(name) + 1;

describe('the workbook plan', () => {
  it('holds the matrix, Summary, Evidence, Commitments, Status history, Sources and the hidden data sheet, in that order', () => {
    expect(samplePlan().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['OIC Matrix', 'visible'],
      ['Summary', 'visible'],
      ['Evidence', 'visible'],
      ['Commitments', 'visible'],
      ['Status history', 'visible'],
      ['Sources', 'visible'],
      [DATA_SHEET_NAME, 'hidden'],
    ]);
  });

  it('names every range another part of the tracker reads, once each', () => {
    const names = samplePlan().names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.values(NAMES).sort());
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
      'Parser reading',
      'Analyst override',
      'Override reason',
      'Override set',
      'Review',
      'Confidence',
      'Evidence',
      'Commitments',
      'Source',
      'Letter date',
      'Force ID',
    ]);
    expect(s.blocks[0].values).toHaveLength(1 + 43 * 4);
  });

  const pick = (row: readonly unknown[], cols: string[]) => cols.map((c) => row[colOf(s, c) - 1]);
  const COLS = ['Force', 'Region', 'Rec', 'Status', 'Confidence', 'Evidence', 'Commitments', 'Source'];

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
      expect(pick(found, COLS)).toEqual(row);
    },
  );

  it("puts the parser's reading beside an override, with its reason, when and by whom, and any review flag", () => {
    const ds = sampleDataset();
    ds.forces.find((f) => f.forceId === 'gwent')!.cells['8'].override = {
      status: 'Planned',
      reason: '=Told us by phone',
      by: 'J Smith',
      at: '2026-01-11T10:00:00Z',
      parserStatus: 'Not accepted',
    };
    const e = sheet(samplePlan('2025-11-23', ds), 'evidence');
    const row = e.blocks[0].values.find((v) => v[0] === 'Gwent' && v[2] === 8)!;
    const cols = [
      'Status',
      'Parser reading',
      'Analyst override',
      'Override reason',
      'Override set',
      'Review',
      'Force ID',
    ];
    expect(pick(row, cols)).toEqual([
      'Planned',
      'Acknowledged',
      'Planned',
      '=Told us by phone',
      '11/01/2026 by J Smith',
      'Parser now reads Acknowledged; it read Not accepted when overridden',
      'gwent',
    ]);
    const plain = e.blocks[0].values.find((v) => v[0] === 'Gwent' && v[2] === 2)!;
    expect(pick(plain, cols)).toEqual(['Planned', 'Planned', null, null, null, null, 'gwent']);
  });

  it('gives the analyst an input column for override reasons, kept as text, and names the columns a reader needs', () => {
    const reason = colOf(s, 'Override reason');
    expect(s.blocks[0].textColumns).toContain(reason - 1);
    expect(styleAt(s, 2, reason)).toMatchObject({ fill: 'FFF2CC', numberFormat: '@' });
    const names = Object.fromEntries(samplePlan().names.map((n) => [n.name, n]));
    const last = 1 + 43 * 4;
    expect(rangeAddress(names[NAMES.overrideReasons].range)).toBe(`G2:G${last}`);
    expect(rangeAddress(names[NAMES.evidenceRecs].range)).toBe(`C2:C${last}`);
    expect(rangeAddress(names[NAMES.evidenceForceIds].range)).toBe(`O2:O${last}`);
    expect(names[NAMES.overrideReasons].sheet).toBe('Evidence');
    expect(s.columns[colOf(s, 'Force ID') - 1].hidden).toBe(true);
  });

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
  const headerOf = (c: PlannedSheet) => c.blocks[1].values[0];
  const col = (c: PlannedSheet, name: string) => headerOf(c).indexOf(name) + 1;

  it.each([
    { asOf: '2025-07-30', dorset: 'Due soon', gwent: 'Later' },
    { asOf: '2025-07-31', dorset: 'Due soon', gwent: 'Later' },
    { asOf: '2025-08-01', dorset: 'Past due', gwent: 'Later' },
    { asOf: '2026-08-16', dorset: 'Past due', gwent: 'Due soon' },
    { asOf: '2026-08-15', dorset: 'Past due', gwent: 'Later' },
    { asOf: '2026-10-01', dorset: 'Past due', gwent: 'Past due' },
  ])('lists each dated commitment, soonest first, flagged as of $asOf', ({ asOf, dorset, gwent }) => {
    const s = sheet(samplePlan(asOf), 'commitments');
    const status = col(s, 'Due status');
    expect(s.blocks[1].values).toHaveLength(3);
    expect(rowAt(s, 3, 1, 5)).toEqual(['Dorset', 'South West', 9, { kind: 'date', iso: '2025-07-31' }, null]);
    expect(rowAt(s, 4, 1, 5)).toEqual([
      'Gwent',
      'Wales',
      9,
      { kind: 'date', iso: '2026-09-30' },
      { kind: 'date', iso: '2026-09-16' },
    ]);
    expect((cellAt(s, 3, status) as FormulaCell).value).toBe(dorset);
    expect((cellAt(s, 4, status) as FormulaCell).value).toBe(gwent);
    expect((cellAt(s, 3, status) as FormulaCell).formula).toBe(
      'IF(D3<OIC_AsOf,"Past due",IF(D3-OIC_AsOf<=OIC_WarnDays,"Due soon","Later"))',
    );
    expect(cellAt(s, 3, col(s, 'Days left'))).toEqual({
      kind: 'formula',
      formula: 'D3-OIC_AsOf',
      value: ({ '2025-07-30': 1, '2025-07-31': 0 } as Record<string, number>)[asOf] ?? expect.any(Number),
    });
  });

  it('takes the warning window from an input cell the analyst can change, 45 days unless set', () => {
    const s = sheet(samplePlan(), 'commitments');
    expect(cellAt(s, 1, 4)).toBe(45);
    expect(styleAt(s, 1, 4)).toMatchObject({ fill: 'FFF2CC' });
    const name = samplePlan().names.find((n) => n.name === 'OIC_WarnDays')!;
    expect([name.sheet, rangeAddress(name.range)]).toEqual(['Commitments', 'D1']);
    const ds = sampleDataset();
    ds.settings = { warnDays: 500 };
    const wide = sheet(samplePlan('2025-08-01', ds), 'commitments');
    expect(cellAt(wide, 1, 4)).toBe(500);
    expect((cellAt(wide, 4, col(wide, 'Due status')) as FormulaCell).value).toBe('Due soon');
  });

  it('colours Past due and Due soon by rules on the text, so a changed window recolours at once', () => {
    const s = sheet(samplePlan(), 'commitments');
    const cf = s.conditionalFormats.find((c) => c.range.left === col(s, 'Due status'))!;
    expect(cf.rules.map((r) => r.text)).toEqual(['Past due', 'Due soon']);
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
    expect(sheet(samplePlan('2025-11-23', ds), 'commitments').blocks[1].values).toHaveLength(3);
  });
});

describe('the Sources sheet plan', () => {
  const s = sheet(samplePlan(), 'sources');

  it('lists every source read with force, kind, location, when, result, message and hash', () => {
    const rows = s.blocks[0].values.slice(1);
    expect(rows).toHaveLength(6);
    expect(header(s)[0]).toBe('Force');
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
      expect(f.formula).toMatch(
        /^(SUBSTITUTE\(|IF\(|COUNTIF\(|COUNTA\(|SUM\(|ROWS\(|OIC_AsOf$|"Due within "&OIC_WarnDays|D\d+-OIC_AsOf$)/,
      );
    }
  });
});

describe('the Sources sheet as a place to assign a letter to a force', () => {
  const ds = sampleDataset();
  ds.sources.push({
    kind: 'file',
    location: 'letters/unsigned.txt',
    forceId: null,
    notes: null,
    readAt: '2026-01-15T09:30:00.000Z',
    contentHash: 'abc',
    result: 'error',
    message: 'Could not tell which force this letter is from.',
  });
  const s = sheet(samplePlan('2025-11-23', ds), 'sources');

  it('shades the Force cell of a letter without a force as an input, and only those', () => {
    expect(styleAt(s, 8, 1)).toMatchObject({ fill: 'FFF2CC', numberFormat: '@' });
    expect(styleAt(s, 2, 1)).not.toHaveProperty('fill');
    expect(s.notes.find((n) => n.row === 1 && n.col === 1)?.text).toMatch(/type the force/);
  });

  it('names the location and force columns, so a reader finds them after a sort', () => {
    const names = Object.fromEntries(samplePlan('2025-11-23', ds).names.map((n) => [n.name, n]));
    expect(rangeAddress(names[NAMES.sourceLocations].range)).toBe('C2:C8');
    expect(rangeAddress(names[NAMES.sourceForces].range)).toBe('A2:A8');
  });
});
