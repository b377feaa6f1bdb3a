import type { PreparedBlock, PreparedSheet, PreparedWorkbook } from './prepare';

/**
 * The write, cut into pieces small enough for one request each. Excel on the web refuses a request over
 * 5 MB; a workbook of 43 or 430 forces goes in one, but a dataset carrying many added letters' text might
 * not, and then its blocks go over more than one batch rather than fail.
 */
export type WorkUnit =
  | { sheet: number; kind: 'frame' }
  | { sheet: number; kind: 'block'; block: PreparedBlock }
  | { sheet: number; kind: 'dress' };

/**
 * Bytes each queued call costs beyond its data: an action and, for a new proxy, its object path, as
 * Office.js frames them (about 90 to 250 bytes each; most are property sets on a proxy already made, at the low end).
 */
const PER_CALL = 100;

function json(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

export function blockBytes(block: PreparedBlock): number {
  const calls = 1 + (block.numberFormat ? 1 : 0) + (block.values ? 1 : 0) + 2 + block.formulas.length * 2;
  return json(block.values) + json(block.numberFormat) + json(block.formulas) + PER_CALL * calls;
}

function frameBytes(sheet: PreparedSheet): number {
  const calls = 4 + 2 * (sheet.columnWidths.length + sheet.hiddenColumns.length + sheet.rowHeights.length);
  return PER_CALL * calls;
}

const FORMAT_PROPS = [
  'fill',
  'fontColor',
  'bold',
  'italic',
  'fontSize',
  'numberFormat',
  'wrap',
  'horizontal',
  'vertical',
] as const;

function dressBytes(sheet: PreparedSheet): number {
  let calls = sheet.merges.length * 2;
  let data = 0;
  for (const f of sheet.formats) {
    calls += 1 + FORMAT_PROPS.filter((k) => f[k] !== undefined).length + f.borders.length * 4;
    data += json(f.numberFormat) + f.borders.length * 40 + 20;
  }
  for (const n of sheet.notes) {
    calls += 3;
    data += json(n.text) + 20;
  }
  for (const v of sheet.validations) {
    calls += 5;
    data += json(v);
  }
  for (const cf of sheet.conditionalFormats) {
    calls += 1 + cf.rules.length * 4;
    data += json(cf.rules);
  }
  for (const c of sheet.charts) {
    calls += 8 + c.series.length * 5;
    data += json(c);
  }
  calls += (sheet.freeze ? 2 : 0) + (sheet.autoFilter ? 2 : 0) + (sheet.print ? 12 : 0);
  return data + PER_CALL * calls;
}

export function unitBytes(unit: WorkUnit, prepared: PreparedWorkbook): number {
  const sheet = prepared.sheets[unit.sheet];
  if (unit.kind === 'frame') return frameBytes(sheet);
  if (unit.kind === 'block') return blockBytes(unit.block);
  return dressBytes(sheet);
}

/** A block cut by rows into pieces of at most `maxBytes` each (a single row is never cut). */
export function sliceBlock(block: PreparedBlock, maxBytes: number): PreparedBlock[] {
  if (blockBytes(block) <= maxBytes || block.box.rows === 1) return [block];
  const slices: PreparedBlock[] = [];
  let start = 0;
  while (start < block.box.rows) {
    let end = start + 1;
    const make = (to: number): PreparedBlock => {
      const row = block.box.row + start;
      const rows = to - start;
      return {
        box: { ...block.box, row, rows },
        numberFormat: block.numberFormat ? block.numberFormat.slice(start, to) : null,
        values: block.values ? block.values.slice(start, to) : null,
        formulas: block.formulas
          .filter((f) => f.box.row >= row && f.box.row < row + rows)
          .map((f) => {
            // A formula rectangle that runs past the slice is cut too.
            const keep = Math.min(f.box.rows, row + rows - f.box.row);
            return { box: { ...f.box, rows: keep }, formulas: f.formulas.slice(0, keep) };
          }),
      };
    };
    while (end < block.box.rows && blockBytes(make(end + 1)) <= maxBytes) end++;
    slices.push(make(end));
    start = end;
  }
  // Formula rectangles that began in one slice and ran into the next: the rest of them, in the next slice.
  for (const f of block.formulas) {
    for (const s of slices) {
      const top = Math.max(f.box.row, s.box.row);
      const bottom = Math.min(f.box.row + f.box.rows, s.box.row + s.box.rows);
      if (top >= bottom || top === f.box.row) continue;
      s.formulas.push({
        box: { ...f.box, row: top, rows: bottom - top },
        formulas: f.formulas.slice(top - f.box.row, bottom - f.box.row),
      });
    }
  }
  return slices;
}

export function workUnits(prepared: PreparedWorkbook, maxBytes: number): WorkUnit[] {
  const units: WorkUnit[] = [];
  prepared.sheets.forEach((sheet, i) => {
    units.push({ sheet: i, kind: 'frame' });
    for (const block of sheet.blocks)
      for (const piece of sliceBlock(block, Math.floor(maxBytes / 2)))
        units.push({ sheet: i, kind: 'block', block: piece });
    units.push({ sheet: i, kind: 'dress' });
  });
  return units;
}

/** Units in order, packed into batches of at most `maxBytes` (a unit bigger than that goes alone). */
export function packBatches(units: WorkUnit[], prepared: PreparedWorkbook, maxBytes: number): WorkUnit[][] {
  const batches: WorkUnit[][] = [[]];
  let size = 0;
  for (const unit of units) {
    const bytes = unitBytes(unit, prepared);
    if (size + bytes > maxBytes && batches[batches.length - 1].length) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(unit);
    size += bytes;
  }
  return batches;
}
