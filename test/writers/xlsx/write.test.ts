import ExcelJS from 'exceljs';
import { effectiveStatus } from '../../../src/dataset/build';
import { DATA_SHEET_NAME, decodeDataset } from '../../../src/dataset/storage';
import { MATRIX } from '../../../src/plan';
import { STATUS_COLOURS } from '../../../src/plan/colours';
import { STATUSES } from '../../../src/parse/types';
import { renderXlsx } from '../../../src/writers/xlsx/write';
import { FORMULA_LOOKALIKES } from '../../dataset/fixtures';
import { allCells, sampleDataset, samplePlan } from '../../plan/helpers';

const FIRST = MATRIX.firstForceRow;
const LAST = FIRST + 42;
const ID_COL = 11;

async function writtenAndRead(asOf = '2025-11-23') {
  const dataset = sampleDataset();
  const plan = samplePlan(asOf, dataset);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(plan, { now: new Date('2026-01-15T09:30:00Z') })) as never);
  return { wb, dataset, plan, matrix: wb.getWorksheet('OIC Matrix')! };
}

const noteText = (cell: ExcelJS.Cell): string => {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
};

describe('the .xlsx written from a plan and read back with ExcelJS', () => {
  let read: Awaited<ReturnType<typeof writtenAndRead>>;
  beforeAll(async () => {
    read = await writtenAndRead();
  });

  it('has every sheet, the data sheet hidden', () => {
    expect(read.wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['OIC Matrix', 'visible'],
      ['Summary', 'visible'],
      ['Evidence', 'visible'],
      ['Commitments', 'visible'],
      ['Status history', 'visible'],
      ['Sources', 'visible'],
      [DATA_SHEET_NAME, 'hidden'],
    ]);
  });

  it("has all 43 forces with each letter's statuses", () => {
    const seen = new Map<string, string[]>();
    for (let r = FIRST; r <= LAST; r++) {
      const row = read.matrix.getRow(r);
      seen.set(
        String(row.getCell(ID_COL).value),
        [5, 6, 7, 8].map((c) => String(row.getCell(c).value)),
      );
    }
    expect(seen.size).toBe(43);
    for (const force of read.dataset.forces) {
      expect(seen.get(force.forceId)).toEqual(
        ['2', '4', '8', '9'].map((n) => effectiveStatus(force.cells[n])),
      );
    }
  });

  it('colours the status block with an equals rule for every status, in its BRAG colours', () => {
    // ExcelJS reads rules back but leaves this property out of its types.
    const sheetRules = (
      read.matrix as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    const cf = sheetRules.find((c) => c.ref === `E${FIRST}:H${LAST}`)!;
    expect(cf.rules).toHaveLength(STATUSES.length);
    for (const [i, status] of STATUSES.entries()) {
      const rule = cf.rules[i] as ExcelJS.CellIsRuleType;
      expect(rule.type).toBe('cellIs');
      expect(rule.operator).toBe('equal');
      expect(rule.formulae).toEqual([`"${status}"`]);
      const fill = rule.style!.fill as ExcelJS.FillPattern;
      expect(fill.bgColor?.argb).toBe(`FF${STATUS_COLOURS[status].fill}`);
      expect(rule.style!.font!.color?.argb).toBe(`FF${STATUS_COLOURS[status].fontColor}`);
    }
  });

  it('offers the seven statuses as a drop-down on every status cell, and nowhere else in the row', () => {
    for (const r of [FIRST, LAST]) {
      for (const c of [5, 8]) {
        const dv = read.matrix.getCell(r, c).dataValidation;
        expect(dv.type).toBe('list');
        expect(dv.formulae).toEqual([`"${STATUSES.join(',')}"`]);
        expect(dv.showErrorMessage).toBe(true);
      }
      expect(read.matrix.getCell(r, 4).dataValidation).toBeUndefined();
    }
  });

  it('puts the evidence, source and confidence in the note on a status cell', () => {
    let row = 0;
    for (let r = FIRST; r <= LAST; r++) if (read.matrix.getCell(r, ID_COL).value === 'gwent') row = r;
    const text = noteText(read.matrix.getCell(row, 5));
    expect(text).toContain('Gwent, Rec 2: Planned');
    expect(text).toContain(`"${FORMULA_LOOKALIKES[0]}"`);
    expect(text).toContain('Source: bundled:gwent.txt, letter dated 01/08/2025');
    expect(text).toContain('Confidence: 90%');
  });

  it('writes letter text as text, so nothing from a letter becomes a formula', () => {
    const evidence = read.wb.getWorksheet('Evidence')!;
    const found: string[] = [];
    evidence.eachRow((row) =>
      row.eachCell((cell) => {
        if (
          typeof cell.value === 'string' &&
          FORMULA_LOOKALIKES.some((t) => cell.value === t || String(cell.value).startsWith(t))
        ) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          found.push(String(cell.value));
        }
      }),
    );
    expect(found).toEqual([FORMULA_LOOKALIKES.join('\n')]);
    const commitments = read.wb.getWorksheet('Commitments')!;
    const risky = commitments.getRow(4).getCell(10);
    expect(risky.value).toBe("=cmd|' /C calc'!A0");
    expect(risky.type).toBe(ExcelJS.ValueType.String);
  });

  it('has formulas only where the plan made them, none holding letter text', () => {
    const formulas: string[] = [];
    for (const ws of read.wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.formula);
        }),
      );
    }
    const planned = [...allCells(read.plan)].filter(
      ({ value }) =>
        typeof value === 'object' &&
        value !== null &&
        (value.kind === 'formula' || value.kind === 'daysLeft'),
    );
    expect(formulas.length).toBe(planned.length);
    expect(formulas.length).toBeGreaterThan(4 + 43 + 2 + 40);
    for (const f of formulas) {
      expect(f).toMatch(
        /^(DATE\(\d+,\d+,\d+\)-OIC_AsOf|SUBSTITUTE\(TRIM\(|IF\(|COUNTIF\(|COUNTA\(|ROWS\(|SUM\(|OIC_AsOf$|D\d+-OIC_AsOf$|"Due within ")/,
      );
      for (const t of FORMULA_LOOKALIKES) expect(f).not.toContain(t);
    }
  });

  it('writes days left as a plain formula over the as-of date, with the value cached', () => {
    const cell = read.matrix.getCell(MATRIX.daysLeftRow, 5);
    expect(cell.formula).toBe('DATE(2026,4,30)-OIC_AsOf');
    expect(cell.result).toBe(158);
    expect(read.matrix.getCell(MATRIX.daysLeftRow, 6).result).toBe(38);
  });

  it('writes dates as dates shown the UK way', () => {
    const asOf = read.matrix.getCell(MATRIX.asOfRow, 2);
    expect(asOf.value).toEqual(new Date('2025-11-23T00:00:00Z'));
    expect(asOf.numFmt).toBe('dd/mm/yyyy');
  });

  it('names the ranges other parts of the add-in read', () => {
    const names = Object.fromEntries(read.wb.definedNames.model.map((n) => [n.name, n.ranges]));
    expect(names.OIC_AsOf).toEqual(["'OIC Matrix'!$B$2"]);
    expect(names.OIC_Matrix).toEqual([`'OIC Matrix'!$E$${FIRST}:$H$${LAST}`]);
    expect(names.OIC_ForceIds).toEqual([`'OIC Matrix'!$K$${FIRST}:$K$${LAST}`]);
  });

  it('freezes the header, filters the force rows and prints landscape one page wide', () => {
    expect(read.matrix.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: MATRIX.headerRow });
    expect(read.matrix.autoFilter).toBe(`A${MATRIX.headerRow}:M${LAST}`);
    expect(read.matrix.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(read.matrix.getColumn(ID_COL).hidden).toBe(true);
  });

  it('carries its own dataset, which round-trips unchanged', () => {
    const data = read.wb.getWorksheet(DATA_SHEET_NAME)!;
    const chunks: unknown[] = [];
    data.getColumn(1).eachCell((cell) => chunks.push(cell.value));
    expect(decodeDataset(chunks)).toEqual(read.dataset);
  });

  it('marks a low-confidence reading in italics with a dashed border', () => {
    let row = 0;
    for (let r = FIRST; r <= LAST; r++) if (read.matrix.getCell(r, ID_COL).value === 'dorset') row = r;
    const cell = read.matrix.getCell(row, 8);
    expect(cell.font.italic).toBe(true);
    expect(cell.border.top?.style).toBe('dashed');
    expect(read.matrix.getCell(row, 10).value).toBe('9');
  });

  it('embeds the Summary chart as a PNG picture at its anchor, with the note under it', () => {
    const summary = read.wb.getWorksheet('Summary')!;
    const chart = read.plan.sheets.find((x) => x.role === 'summary')!.charts![0];
    const images = summary.getImages();
    expect(images).toHaveLength(1);
    const range = images[0].range as unknown as { tl: { nativeCol: number; nativeRow: number } };
    expect([range.tl.nativeCol, range.tl.nativeRow]).toEqual([chart.anchor.left - 1, chart.anchor.top - 1]);
    const media = read.wb.getImage(Number(images[0].imageId));
    expect(media.extension).toBe('png');
    const png = Buffer.from(media.buffer as unknown as Uint8Array);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([chart.width, chart.height]);
    expect(summary.getCell(chart.anchor.bottom + 1, chart.anchor.left).value).toBe(chart.pictureNote);
  });

  it('writes the Summary counts as formulas with their values cached', () => {
    const summary = read.wb.getWorksheet('Summary')!;
    const complete = summary.getCell(7, 2);
    expect(complete.formula).toBe(`COUNTIF('OIC Matrix'!$F$${FIRST}:$F$${LAST},"Complete")`);
    expect(complete.result).toBe(1);
  });
});
