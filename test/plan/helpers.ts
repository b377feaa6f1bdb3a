import { buildDataset } from '../../src/dataset/build';
import type { Dataset } from '../../src/dataset/types';
import { planWorkbook } from '../../src/plan';
import type { CellValue, PlannedSheet, Range, SheetPlan, SheetRole } from '../../src/plan/types';
import { defaultRegister } from '../../src/report/forces';
import { getReport } from '../../src/report/report';
import { sampleResponses } from '../dataset/fixtures';

export const report = getReport();
export const register = defaultRegister();
export const READ_AT = '2026-01-15T09:30:00.000Z';

export function sampleDataset(): Dataset {
  return buildDataset({
    responses: sampleResponses(),
    errors: [{ source: 'letters/broken.txt', message: 'the file is empty' }],
    report,
    register,
    readAt: READ_AT,
    contentHashes: { 'bundled:dorset.txt': 'f00d' },
  });
}

export function samplePlan(asOf = '2025-11-23', dataset = sampleDataset()): SheetPlan {
  return planWorkbook(dataset, { report, register, asOf });
}

export function sheet(plan: SheetPlan, role: SheetRole): PlannedSheet {
  const found = plan.sheets.find((s) => s.role === role);
  if (!found) throw new Error(`no ${role} sheet`);
  return found;
}

/** The value the plan puts in a cell, or undefined where no block covers it. */
export function cellAt(s: PlannedSheet, row: number, col: number): CellValue | undefined {
  for (const b of s.blocks) {
    const r = row - b.row;
    const c = col - b.col;
    if (r >= 0 && r < b.values.length && c >= 0 && c < b.values[r].length) return b.values[r][c];
  }
  return undefined;
}

export function rowAt(s: PlannedSheet, row: number, from: number, to: number): Array<CellValue | undefined> {
  const out = [];
  for (let c = from; c <= to; c++) out.push(cellAt(s, row, c));
  return out;
}

export const covers = (r: Range, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** Every style property the plan's format ranges give one cell, later ranges winning. */
export function styleAt(s: PlannedSheet, row: number, col: number) {
  return s.formats.filter((f) => covers(f.range, row, col)).reduce((acc, f) => ({ ...acc, ...f.style }), {});
}

/** Every cell value of every block of every sheet, with where it is. */
export function* allCells(plan: SheetPlan) {
  for (const s of plan.sheets) {
    for (const b of s.blocks) {
      for (let r = 0; r < b.values.length; r++) {
        for (let c = 0; c < b.values[r].length; c++) {
          yield { sheet: s, row: b.row + r, col: b.col + c, value: b.values[r][c], block: b, blockCol: c };
        }
      }
    }
  }
}
