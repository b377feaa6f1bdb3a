import type { CellValue } from './types';

/**
 * Spreadsheet programs do not all fit a row's height to wrapped text when they open a file (LibreOffice
 * keeps the default height), so the plan works heights out itself. Measured for 10-point Arial: a
 * column of width w holds about 1.1·w average characters, and a line takes 12.75 points.
 */
const CHARS_PER_WIDTH = 1.2;
const POINTS_PER_LINE = 12.75;
const DEFAULT_HEIGHT = 15;
const MAX_HEIGHT = 409; // Excel's limit

export function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Height in points for a row of wrapped cells, or null where the default height will do. */
export function rowHeight(values: readonly CellValue[], widths: readonly number[]): number | null {
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value === 'string') lines = Math.max(lines, linesFor(value, widths[i] ?? 8.43));
  });
  if (lines <= 1) return null;
  return Math.min(MAX_HEIGHT, Math.max(DEFAULT_HEIGHT, Math.ceil(lines * POINTS_PER_LINE + 3)));
}

/** Heights for the rows of a block that starts at `firstRow`, leaving out rows the default fits. */
export function blockRowHeights(
  rows: readonly (readonly CellValue[])[],
  widths: readonly number[],
  firstRow: number,
): Array<{ row: number; height: number }> {
  const out: Array<{ row: number; height: number }> = [];
  rows.forEach((values, i) => {
    const height = rowHeight(values, widths);
    if (height !== null) out.push({ row: firstRow + i, height });
  });
  return out;
}
