import { readSheetInput } from '../../../src/dataset/sheet-input';
import { DATA_SHEET_NAME, decodeDataset } from '../../../src/dataset/storage';
import { isoToSerial } from '../../../src/plan/cells';
import { NAMES } from '../../../src/plan/names';
import type { Border, CellValue, PlannedSheet, SheetPlan } from '../../../src/plan/types';
import {
  MARKER_KEY,
  readWorkbook,
  workbookValues,
  writeWorkbook,
  WorkbookWriteError,
  type WorkbookSnapshot,
} from '../../../src/writers/excel';
import { widthToPoints } from '../../../src/writers/excel/prepare';
import { cellAt, createFakeExcel, findSheet, parseAddress, type FakeExcel } from '../../fakes/excel-fake';
import type { CellState, SheetState } from '../../fakes/excel-fake';
import { FORMULA_LOOKALIKES } from '../../dataset/fixtures';
import { register as sampleRegister, sampleDataset, samplePlan } from '../../plan/helpers';
import { asExcel, fullDataset, planFor, readAndWrite, registerOf, SHEET_NAMES } from './fixtures';

const FIVE_MB = 5 * 1024 * 1024;
// Whole workbooks are written; under a full parallel run that can pass jest's 5 s.
jest.setTimeout(30_000);

function stateCell(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get((row - 1) * 16_384 + (col - 1));
}

function a1(row: number, col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row}`;
}

function unquoteSimple(formula: string): string {
  return formula.replace(/'([A-Za-z_][A-Za-z0-9_.]*)'!/g, '$1!');
}

async function rejection(p: Promise<unknown>): Promise<WorkbookWriteError> {
  try {
    await p;
  } catch (err) {
    return err as WorkbookWriteError;
  }
  throw new Error('expected the write to fail');
}

/** The workbook's sheets, cells, names and settings as plain data, to compare before and after. */
function picture(excel: FakeExcel) {
  return JSON.stringify({
    sheets: excel.state.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()],
      merges: s.merges,
      notes: s.notes,
      cfs: s.conditionalFormats,
      validations: s.validations,
      charts: s.charts,
    })),
    names: [...excel.state.names.values()],
    calculationMode: excel.state.calculationMode,
  });
}

describe('the Office.js writer: what the sheets hold', () => {
  const dataset = sampleDataset();
  const plan = samplePlan('2025-11-23', dataset);
  const excel = createFakeExcel();
  beforeAll(async () => {
    await readAndWrite(excel, plan);
  });
  const sheetOf = (p: PlannedSheet) => findSheet(excel.state, p.name)!;

  it('writes every sheet of the plan, in order and first, the data sheet hidden, no temporary sheet left', () => {
    expect(excel.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ...plan.sheets.map((s) => [s.name, s.visibility === 'visible' ? 'Visible' : 'Hidden']),
      ['Sheet1', 'Visible'],
    ]);
    expect(excel.state.activeSheetId).toBe(sheetOf(plan.sheets[0]).id);
  });

  it('marks every sheet it writes with its role', () => {
    for (const p of plan.sheets)
      expect(sheetOf(p).customProperties.get(MARKER_KEY.toLowerCase())?.value).toBe(p.role);
  });

  it('writes every cell of every block as the plan gives it', () => {
    let checked = 0;
    for (const p of plan.sheets) {
      const sheet = sheetOf(p);
      for (const block of p.blocks) {
        block.values.forEach((row, r) =>
          row.forEach((value: CellValue, c) => {
            const cell = stateCell(sheet, block.row + r, block.col + c);
            const where = `${p.name}!${a1(block.row + r, block.col + c)}`;
            checked++;
            if (value === null) {
              expect({ where, formula: cell?.formula ?? null }).toEqual({ where, formula: null });
            } else if (typeof value === 'string') {
              expect({
                where,
                value: cell?.value,
                formula: cell?.formula,
                format: cell?.numberFormat,
              }).toEqual({
                where,
                value,
                formula: null,
                format: '@',
              });
            } else if (typeof value !== 'object') {
              expect({ where, value: cell?.value }).toEqual({ where, value });
            } else if (value.kind === 'date') {
              expect({ where, value: cell?.value }).toEqual({ where, value: isoToSerial(value.iso) });
            } else if (value.kind === 'formula') {
              // Excel writes a sheet name in quotes only where it needs them; the plan always quotes.
              expect({ where, formula: cell?.formula }).toEqual({
                where,
                formula: `=${unquoteSimple(value.formula)}`,
              });
            } else {
              expect({ where, formula: cell?.formula }).toEqual({
                where,
                formula: `=OIC.DAYSLEFT(${value.recommendation},${value.asOfName})`,
              });
            }
          }),
        );
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('keeps letter text that starts with =, +, - or @ as text, never a formula', () => {
    const found: string[] = [];
    for (const sheet of excel.state.sheets) {
      for (const cell of sheet.cells.values()) {
        if (
          typeof cell.value === 'string' &&
          FORMULA_LOOKALIKES.some((t) => cell.value === t || String(cell.value).startsWith(t))
        ) {
          expect(cell).toMatchObject({ formula: null, numberFormat: '@' });
          found.push(String(cell.value));
        }
      }
    }
    expect(found.length).toBeGreaterThan(0);
    for (const sheet of excel.state.sheets)
      for (const cell of sheet.cells.values())
        for (const t of FORMULA_LOOKALIKES) expect(cell.formula ?? '').not.toContain(t.slice(1, 12));
  });

  it('puts =OIC.DAYSLEFT(n, the as-of date) in the days-left cells', () => {
    const daysLeft = [...sheetOf(plan.sheets[0]).cells.values()]
      .map((c) => c.formula)
      .filter((f): f is string => Boolean(f && f.startsWith('=OIC.')));
    expect(daysLeft).toEqual([2, 4, 8, 9].map((n) => `=OIC.DAYSLEFT(${n},OIC_AsOf)`));
  });

  it('leaves formulas pointing at the final sheets, none at a temporary or deleted one', () => {
    const formulas = excel.state.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ''));
    expect(formulas.some((f) => f.includes("'OIC Matrix'!"))).toBe(true);
    for (const f of formulas) {
      expect(f).not.toContain('~OIC');
      expect(f).not.toContain('#REF!');
    }
  });

  it('applies each format range in plan order: fills, fonts, alignment, number formats, wrapping', () => {
    const H = { left: 'Left', center: 'Center', right: 'Right' } as const;
    const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
    for (const p of plan.sheets) {
      const expected = new Map<string, Record<string, unknown>>();
      for (const f of p.formats) {
        for (let r = f.range.top; r <= f.range.bottom; r++)
          for (let c = f.range.left; c <= f.range.right; c++) {
            const e = expected.get(a1(r, c)) ?? {};
            const s = f.style;
            if (s.fill) e.fill = `#${s.fill}`;
            if (s.fontColor) e.fontColor = `#${s.fontColor}`;
            if (s.bold !== undefined) e.fontBold = s.bold;
            if (s.italic !== undefined) e.fontItalic = s.italic;
            if (s.fontSize) e.fontSize = s.fontSize;
            if (s.wrap !== undefined) e.wrapText = s.wrap;
            if (s.horizontal) e.horizontalAlignment = H[s.horizontal];
            if (s.vertical) e.verticalAlignment = V[s.vertical];
            if (s.numberFormat) e.numberFormat = s.numberFormat;
            expected.set(a1(r, c), e);
          }
      }
      for (const [address, e] of expected) {
        const cell = cellAt(excel.state, p.name, address);
        const { numberFormat, ...format } = e;
        expect({ address, format: cell?.format }).toMatchObject({ address, format });
        if (numberFormat) expect({ address, nf: cell?.numberFormat }).toEqual({ address, nf: numberFormat });
      }
    }
  });

  it('draws borders on every cell the plan borders, later ranges winning', () => {
    const line = (b: Border) => ({
      style: { thin: 'Continuous', medium: 'Continuous', dashed: 'Dash', dotted: 'Dot' }[b.style],
      weight: b.style === 'medium' ? 'Medium' : 'Thin',
      color: `#${b.color}`,
    });
    let checked = 0;
    for (const p of plan.sheets) {
      const edges = new Map<string, Record<string, unknown>>();
      for (const f of p.formats) {
        for (let r = f.range.top; r <= f.range.bottom; r++)
          for (let c = f.range.left; c <= f.range.right; c++) {
            const e = edges.get(a1(r, c)) ?? {};
            if (f.style.border)
              Object.assign(e, {
                left: line(f.style.border),
                right: line(f.style.border),
                bottom: line(f.style.border),
              });
            if (f.style.borderBottom) e.bottom = line(f.style.borderBottom);
            edges.set(a1(r, c), e);
          }
      }
      // A cell's top edge is the line it shares with the cell above, which Excel keeps once: not compared here.
      for (const [address, e] of edges) {
        if (!Object.keys(e).length) continue;
        checked++;
        expect({ address, borders: cellAt(excel.state, p.name, address)?.format.borders }).toMatchObject({
          address,
          borders: e,
        });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('merges, sizes columns in points, hides the columns the plan hides and sets row heights', () => {
    for (const p of plan.sheets) {
      const sheet = sheetOf(p);
      expect(sheet.merges).toEqual(
        p.merges.map((m) => ({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 })),
      );
      p.columns.forEach((c, i) => {
        expect(sheet.columnWidths.get(i)).toBe(widthToPoints(c.width));
        expect(sheet.hiddenColumns.has(i)).toBe(Boolean(c.hidden));
      });
      for (const h of p.rowHeights ?? []) expect(sheet.rowHeights.get(h.row - 1)).toBe(h.height);
    }
    expect(widthToPoints(10)).toBe(56.25);
  });

  it('adds the drop-down of statuses, refusing anything else, with its prompt', () => {
    const matrix = plan.sheets[0];
    const [v] = matrix.validations;
    expect(sheetOf(matrix).validations).toEqual([
      {
        rect: { r0: v.range.top - 1, c0: v.range.left - 1, r1: v.range.bottom - 1, c1: v.range.right - 1 },
        rule: { list: { inCellDropDown: true, source: v.values.join(',') } },
        errorAlert: { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.text },
        prompt: { showPrompt: true, title: v.prompt!.title, message: v.prompt!.text },
        ignoreBlanks: v.allowBlank,
      },
    ]);
  });

  it('colours each status by a cell-value rule, the plan’s first rule first', () => {
    for (const p of plan.sheets) {
      const sheet = sheetOf(p);
      for (const cf of p.conditionalFormats) {
        const rect = {
          r0: cf.range.top - 1,
          c0: cf.range.left - 1,
          r1: cf.range.bottom - 1,
          c1: cf.range.right - 1,
        };
        const written = sheet.conditionalFormats
          .filter((w) => JSON.stringify(w.rect) === JSON.stringify(rect))
          .sort((a, b) => a.priority - b.priority);
        expect(written.map((w) => [w.type, w.rule, w.format])).toEqual(
          cf.rules.map((r) => [
            'CellValue',
            { formula1: `="${r.text}"`, operator: 'EqualTo' },
            { fill: `#${r.fill}`, fontColor: `#${r.fontColor}` },
          ]),
        );
      }
    }
  });

  it('names each planned range on its sheet, with its comment', () => {
    for (const n of plan.names) {
      const written = excel.state.names.get(n.name.toLowerCase());
      const at = parseAddress(written!.formula.slice(1));
      expect({
        name: n.name,
        sheet: at?.sheet,
        rect: at && [at.r0, at.c0, at.r1, at.c1],
        comment: written?.comment,
      }).toEqual({
        name: n.name,
        sheet: n.sheet,
        rect: [n.range.top - 1, n.range.left - 1, n.range.bottom - 1, n.range.right - 1],
        comment: n.comment,
      });
    }
  });

  it('freezes panes, sets the filter, the tab colour and the print layout', () => {
    for (const p of plan.sheets) {
      const sheet = sheetOf(p);
      expect(sheet.frozen).toEqual(p.freeze ?? { rows: 0, columns: 0 });
      expect(sheet.autoFilter?.rect ?? null).toEqual(
        p.autoFilter
          ? {
              r0: p.autoFilter.top - 1,
              c0: p.autoFilter.left - 1,
              r1: p.autoFilter.bottom - 1,
              c1: p.autoFilter.right - 1,
            }
          : null,
      );
      expect(sheet.tabColor).toBe(p.tabColor ? `#${p.tabColor.toUpperCase()}` : '');
      if (p.print) {
        expect(sheet.pageLayout).toMatchObject({
          orientation: p.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
          paperSize: 'A4',
          printArea: {
            r0: p.print.area.top - 1,
            c0: p.print.area.left - 1,
            r1: p.print.area.bottom - 1,
            c1: p.print.area.right - 1,
          },
          titleRows: p.print.titleRows
            ? { from: p.print.titleRows.from - 1, to: p.print.titleRows.to - 1 }
            : null,
        });
      }
    }
  });

  it('adds every note, sized to its text', () => {
    for (const p of plan.sheets) {
      const notes = sheetOf(p).notes;
      expect(notes.map((n) => [n.row + 1, n.column + 1, n.content])).toEqual(
        p.notes.map((n) => [n.row, n.col, n.text]),
      );
      for (const n of notes) {
        expect(n.width).toBe(288);
        expect(n.height).toBeGreaterThanOrEqual(60);
      }
    }
    const long = plan.sheets[0].notes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const written = sheetOf(plan.sheets[0]).notes.find((n) => n.content === long.text)!;
    expect(written.height).toBeGreaterThan(60);
  });

  it('draws each planned chart natively over the cells it counts', () => {
    const withCharts = plan.sheets.filter((s) => s.charts?.length);
    expect(withCharts.length).toBeGreaterThan(0);
    for (const p of withCharts) {
      const written = sheetOf(p).charts;
      expect(written).toHaveLength(p.charts!.length);
      p.charts!.forEach((c, i) => {
        expect(written[i]).toMatchObject({
          type: 'BarStacked',
          seriesBy: 'Columns',
          title: c.title,
          source: {
            r0: c.dataRange.top - 1,
            c0: c.dataRange.left - 1,
            r1: c.dataRange.bottom - 1,
            c1: c.dataRange.right - 1,
          },
          categoryAxis: { reversePlotOrder: true },
          valueAxis: { minimum: 0, maximum: c.max },
          legend: { position: 'Bottom' },
          position: {
            r0: c.anchor.top - 1,
            c0: c.anchor.left - 1,
            r1: c.anchor.bottom - 1,
            c1: c.anchor.right - 1,
          },
        });
        expect(written[i].series.map((s) => [s.name, s.fill, s.dataLabels])).toEqual(
          c.series.map((s) => [s.name, `#${s.color}`, { showValue: true, fontColor: `#${s.labelColor}` }]),
        );
      });
    }
  });

  it('stores the dataset in the hidden data sheet, where it reads back whole', () => {
    const sheet = findSheet(excel.state, DATA_SHEET_NAME)!;
    const chunks: unknown[] = [];
    for (let r = 1; stateCell(sheet, r, 1); r++) chunks.push(stateCell(sheet, r, 1)!.value);
    expect(decodeDataset(chunks)).toEqual(dataset);
  });
});

describe('the Office.js writer: notes where Excel has none', () => {
  it('leaves the notes out and says how many', async () => {
    const plan = samplePlan();
    const excel = createFakeExcel();
    const { report } = await readAndWrite(excel, plan, { notes: false });
    expect(excel.state.sheets.flatMap((s) => s.notes)).toEqual([]);
    expect(report.notesLeftOut).toBe(plan.sheets.reduce((n, s) => n + s.notes.length, 0));
  });
});

describe('the Office.js writer: syncs and batches', () => {
  const counts: Record<number, { build: number; refresh: number; largest: number; plan: SheetPlan }> = {};
  beforeAll(async () => {
    for (const copies of [1, 10]) {
      const register = registerOf(copies);
      const plan = planFor(fullDataset(register), register);
      const excel = createFakeExcel();
      await readAndWrite(excel, plan);
      const build = excel.stats.syncs;
      const largestBuild = excel.stats.largestBatchBytes;
      excel.resetStats();
      await readAndWrite(excel, plan);
      counts[copies * 43] = {
        build,
        refresh: excel.stats.syncs,
        largest: Math.max(largestBuild, excel.stats.largestBatchBytes),
        plan,
      };
    }
  }, 60_000);

  it('builds and refreshes 43 and 430 forces in the same number of syncs, at most four', () => {
    expect(counts[430].plan.sheets[0].blocks.some((b) => b.values.length >= 430)).toBe(true);
    expect([counts[430].build, counts[430].refresh]).toEqual([counts[43].build, counts[43].refresh]);
    expect(counts[43].build).toBe(3);
    expect(counts[43].refresh).toBe(4);
  });

  it('keeps every batch under Excel on the web’s 5 MB request limit', () => {
    expect(counts[43].largest).toBeLessThan(FIVE_MB);
    expect(counts[430].largest).toBeLessThan(FIVE_MB);
    expect(counts[430].largest).toBeGreaterThan(counts[43].largest);
  });

  it('suspends screen updating and calculation while it writes, and restores calculation after', async () => {
    const excel = createFakeExcel();
    const snapshot = await excel.run((ctx) => readWorkbook(asExcel(ctx), { sheetNames: SHEET_NAMES }));
    excel.resetStats();
    // Each operation as it applies, by the sync that carried it.
    const actions: string[][] = [];
    excel.failWhen((op) => {
      (actions[excel.stats.syncs - 1] ??= []).push(op.action);
      return false;
    });
    const plan = samplePlan();
    await excel.run((ctx) => writeWorkbook(asExcel(ctx), snapshot, () => ({ plan }), { notes: true }));
    excel.failWhen(null);
    const [write, swap] = actions;
    expect(actions).toHaveLength(2);
    expect(write.slice(0, 2)).toEqual(['suspendScreenUpdatingUntilNextSync', 'set:calculationMode']);
    expect(swap[0]).toBe('suspendScreenUpdatingUntilNextSync');
    expect(swap[swap.length - 1]).toBe('set:calculationMode');
    expect(excel.state.calculationMode).toBe('Automatic');
  });

  it('splits the write into more batches only when it would pass the limit, and writes the same', async () => {
    const plan = samplePlan();
    const whole = createFakeExcel();
    await readAndWrite(whole, plan);
    const split = createFakeExcel();
    const { report } = await readAndWrite(split, plan, { notes: true, batchBytes: 60_000 });
    expect(report.syncs).toBeGreaterThan(3);
    const cells = (excel: FakeExcel) =>
      JSON.stringify(
        excel.state.sheets.map((s) => [s.name, [...s.cells.entries()].sort((a, b) => a[0] - b[0])]),
      );
    expect(cells(split)).toEqual(cells(whole));
  });
});

describe('the Office.js writer: a refresh that fails leaves the workbook as it was', () => {
  it('keeps the old sheets, their values, names and calculation when a write fails part-way', async () => {
    const excel = createFakeExcel();
    await readAndWrite(excel, samplePlan('2025-11-23'));
    const before = picture(excel);
    excel.failWhen((op) => op.action === 'set:values' && op.target.includes('~OIC new 3'));
    const err = await rejection(readAndWrite(excel, samplePlan('2026-03-01')));
    excel.failWhen(null);
    expect(err).toBeInstanceOf(WorkbookWriteError);
    expect(err.untouched).toBe(true);
    expect(err.message).toMatch(/left as it was/);
    expect(picture(excel)).toEqual(before);
  });

  it.each([
    // The old sheets are gone and the new data sheet is renamed by the time the matrix's rename fails.
    ['renaming the matrix', 'set:name', 'workbook.worksheets.add(~OIC new 1)'],
    // The old data sheet is gone and the new one still has its temporary name.
    ['renaming the data sheet', 'set:name', 'workbook.worksheets.add(~OIC new 7)'],
    // Nothing old is gone yet.
    ['deleting the old matrix', 'delete', 'workbook.worksheets.getItem(OIC Matrix)'],
  ])(
    'keeps the new sheets when putting them in place stops at %s, and the next refresh finishes',
    async (_, action, target) => {
      const excel = createFakeExcel();
      const dataset = sampleDataset();
      await readAndWrite(excel, samplePlan('2025-11-23', dataset));
      excel.failWhen((op) => op.action === action && op.target === target);
      const err = await rejection(readAndWrite(excel, samplePlan('2026-01-01', dataset)));
      excel.failWhen(null);
      expect(err.untouched).toBe(false);
      expect(err.message).toMatch(/refresh again to finish/);
      expect(excel.state.calculationMode).toBe('Automatic');
      const { snapshot } = await readAndWrite(excel, samplePlan('2026-01-01', dataset));
      expect(snapshot.dataset).toEqual(dataset);
      expect(excel.state.sheets.map((s) => s.name)).toEqual([...SHEET_NAMES, 'Sheet1']);
    },
  );

  it('refuses a plan Excel could not take before writing anything', async () => {
    const excel = createFakeExcel();
    const plan = samplePlan();
    plan.sheets[0].validations[0] = { ...plan.sheets[0].validations[0], values: ['Yes, done', 'No'] };
    const before = picture(excel);
    const err = await rejection(readAndWrite(excel, plan));
    expect(err.untouched).toBe(true);
    expect(err.message).toMatch(/cannot contain a comma/);
    expect(picture(excel)).toEqual(before);
  });

  it('clears away the temporary sheets a refresh that stopped left behind', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add('~OIC new 2').visibility = 'Hidden';
    });
    await readAndWrite(excel, samplePlan());
    expect(excel.state.sheets.map((s) => s.name).filter((n) => n.startsWith('~'))).toEqual([]);
  });
});

describe('the Office.js writer: the analyst’s own sheets and formulas', () => {
  it('keeps an analyst’s sheet that has a name the plan needs, under a new name', async () => {
    const excel = createFakeExcel({ sheets: ['Summary', 'Sources'] });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Summary').getRange('A1').values = [['my own notes']];
    });
    const { report } = await readAndWrite(excel, samplePlan());
    expect(report.renamed).toEqual([
      { from: 'Summary', to: 'Summary (2)' },
      { from: 'Sources', to: 'Sources (2)' },
    ]);
    expect(cellAt(excel.state, 'Summary (2)', 'A1')?.value).toBe('my own notes');
    expect(findSheet(excel.state, 'Summary')!.customProperties.size).toBe(1);
  });

  it('replaces the sheets of a workbook the command line wrote (no marks, but the data is there)', async () => {
    const excel = createFakeExcel();
    await readAndWrite(excel, samplePlan());
    for (const s of excel.state.sheets) s.customProperties.clear();
    const { report } = await readAndWrite(excel, samplePlan('2026-01-01'));
    expect(report.renamed).toEqual([]);
    expect(excel.state.sheets.map((s) => s.name)).toEqual([...SHEET_NAMES, 'Sheet1']);
  });

  it('keeps formulas over the plan’s names working across a refresh; references by address to a replaced sheet break', async () => {
    const excel = createFakeExcel();
    await readAndWrite(excel, samplePlan());
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').formulas = [
        ['=COUNTIF(OIC_Matrix,"Planned")'],
        ["='OIC Matrix'!E8"],
      ];
    });
    await readAndWrite(excel, samplePlan('2026-01-01'));
    expect(cellAt(excel.state, 'Sheet1', 'A1')?.formula).toBe('=COUNTIF(OIC_Matrix,"Planned")');
    expect(excel.state.names.get('oic_matrix')?.formula).toBe("='OIC Matrix'!$E$8:$H$50");
    expect(cellAt(excel.state, 'Sheet1', 'A2')?.formula).toBe('=#REF!');
  });
});

describe('the Office.js writer: what the analyst typed', () => {
  async function typeStatus(excel: FakeExcel, forceId: string, rec: number, status: string) {
    await excel.run(async (ctx) => {
      const ids = ctx.workbook.names.getItem(NAMES.forceIds).getRange().load('values, rowIndex');
      const block = ctx.workbook.names.getItem(NAMES.matrix).getRange().load('rowIndex, columnIndex');
      await ctx.sync();
      const i = ids.values.findIndex((r) => r[0] === forceId);
      ctx.workbook.worksheets
        .getItem('OIC Matrix')
        .getCell(block.rowIndex + i, block.columnIndex + [2, 4, 8, 9].indexOf(rec)).values = [[status]];
    });
  }

  it('reads statuses typed on the matrix through its names, as edits for the refresh', async () => {
    const excel = createFakeExcel();
    const dataset = sampleDataset();
    await readAndWrite(excel, samplePlan('2025-11-23', dataset));
    await typeStatus(excel, 'gwent', 8, 'Complete');
    const snapshot = await excel.run((ctx) => readWorkbook(asExcel(ctx), { sheetNames: SHEET_NAMES }));
    expect(snapshot.dataset).toEqual(dataset);
    const input = readSheetInput(snapshot.dataset!, workbookValues(snapshot.typed)!, {
      register: sampleRegister,
    });
    expect(input.edits).toEqual([
      expect.objectContaining({ forceId: 'gwent', recommendation: '8', status: 'Complete' }),
    ]);
  });

  it('starts again from what is there when the analyst types while the refresh works', async () => {
    const excel = createFakeExcel();
    await readAndWrite(excel, samplePlan());
    const snapshot = await excel.run((ctx) => readWorkbook(asExcel(ctx), { sheetNames: SHEET_NAMES }));
    await typeStatus(excel, 'dorset', 2, 'Complete');
    const seen: WorkbookSnapshot[] = [];
    excel.resetStats();
    const report = await excel.run((ctx) =>
      writeWorkbook(
        asExcel(ctx),
        snapshot,
        (s) => {
          seen.push(s);
          return { plan: samplePlan() };
        },
        { notes: true },
      ),
    );
    expect(report.rounds).toBe(2);
    expect(excel.stats.syncs).toBe(3);
    const completes = (s: WorkbookSnapshot) =>
      s.typed[NAMES.matrix].flat().filter((v) => v === 'Complete').length;
    expect(completes(seen[1])).toBe(completes(seen[0]) + 1);
    expect(excel.state.sheets.filter((s) => s.name.startsWith('~'))).toEqual([]);
  });
});
