import { isoToSerial } from '../../plan/cells';
import type {
  Border,
  CellStyle,
  CellValue,
  ChartPlan,
  PlannedSheet,
  Range,
  SheetPlan,
  ValueBlock,
} from '../../plan/types';

/**
 * A sheet plan turned into exactly what the Office.js calls will carry, as plain data, before anything is
 * written: values and number formats as 2-D arrays, formulas with their sheet references pointing at the
 * sheets being written, colours and alignments in Excel's words, widths in points. Whatever the plan holds
 * that Excel would refuse (a drop-down list too long, a name Excel cannot take) fails here, so a refresh
 * never stops half-way through writing.
 *
 * Coordinates here are 0-based, as Worksheet.getRangeByIndexes takes them.
 */

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type Scalar = string | number | boolean;

export interface PreparedBlock {
  box: Box;
  /** '@' for text, a date format for dates, null to leave as is; null when the block needs none. */
  numberFormat: Array<Array<string | null>> | null;
  /** Constants; null where a formula goes or the plan leaves the cell alone. Null when all are. */
  values: Array<Array<Scalar | null>> | null;
  /** Rectangles of formula cells, each written with one Range.formulas. */
  formulas: Array<{ box: Box; formulas: string[][] }>;
}

export interface BorderEdge {
  index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
  style: 'Continuous' | 'Dash' | 'Dot';
  weight: 'Thin' | 'Medium';
  color: string;
}

export interface PreparedFormat {
  box: Box;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** One format for every cell of the box, as a 2-D array. */
  numberFormat?: string[][];
  wrap?: boolean;
  horizontal?: 'Left' | 'Center' | 'Right';
  vertical?: 'Top' | 'Center' | 'Bottom';
  borders: BorderEdge[];
}

export interface PreparedNote {
  /** A1 address on the sheet, without the sheet. */
  address: string;
  text: string;
  width: number;
  height: number;
}

export interface PreparedValidation {
  box: Box;
  source: string;
  ignoreBlanks: boolean;
  prompt: { title: string; message: string } | null;
  error: { title: string; message: string };
}

export interface PreparedConditionalFormat {
  box: Box;
  /** In the order to add them: Excel puts the last one added first, so the plan's first rule is added last. */
  rules: Array<{ formula1: string; fill: string; fontColor: string }>;
}

export interface PreparedChart {
  dataBox: Box;
  title: string;
  series: Array<{ fill: string; labelColor: string }>;
  max: number;
  /** The chart's corners: the top-left cell and the bottom-right cell it covers. */
  from: string;
  to: string;
}

export interface PreparedPrint {
  orientation: 'Landscape' | 'Portrait';
  fitToWidth: boolean;
  area: Box;
  /** "4:7": whole rows repeated on every page. */
  titleRows: string | null;
}

export interface PreparedSheet {
  /** The name the sheet ends with. */
  name: string;
  /** The name it is written under, until the swap. */
  tempName: string;
  role: PlannedSheet['role'];
  visible: boolean;
  tabColor: string | null;
  /** Runs of columns of one width (points), and columns to hide. */
  columnWidths: Array<{ col: number; count: number; points: number }>;
  hiddenColumns: number[];
  rowHeights: Array<{ row: number; count: number; points: number }>;
  font: { name: string; size: number };
  blocks: PreparedBlock[];
  merges: Box[];
  formats: PreparedFormat[];
  notes: PreparedNote[];
  validations: PreparedValidation[];
  conditionalFormats: PreparedConditionalFormat[];
  freeze: { rows: number; columns: number } | null;
  autoFilter: Box | null;
  print: PreparedPrint | null;
  charts: PreparedChart[];
}

export interface PreparedName {
  name: string;
  comment: string;
  /** Index into the prepared sheets. */
  sheet: number;
  box: Box;
  /** The reference while the sheet still has its temporary name, e.g. ='~OIC new 1'!$B$2. */
  tempReference: string;
}

export interface PreparedWorkbook {
  sheets: PreparedSheet[];
  names: PreparedName[];
}

/** Sheets are written under these names first; a refresh that fails leaves only these to clear away. */
export const TEMP_SHEET_PREFIX = '~OIC new ';

export function tempSheetName(index: number): string {
  return `${TEMP_SHEET_PREFIX}${index + 1}`;
}

export function isTempSheetName(name: string): boolean {
  return name.startsWith(TEMP_SHEET_PREFIX);
}

export class PlanNotWritableError extends Error {}

const BAD_SHEET_CHARS = /[\\/?*[\]:]/;

function checkSheetName(name: string): void {
  if (!name.trim() || name.length > 31 || BAD_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
    throw new PlanNotWritableError(`"${name}" cannot be a worksheet name in Excel.`);
  }
}

function checkDefinedName(name: string): void {
  const bad =
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name) ||
    /^R\d*C\d*$/i.test(name);
  if (bad) throw new PlanNotWritableError(`"${name}" cannot be a defined name in Excel.`);
}

/** A sheet name as a reference needs it. Always quoted: Excel accepts quotes on any name. */
export function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export function boxAddress(box: Box, absolute = false): string {
  const from = a1(box.row, box.col, absolute);
  if (box.rows === 1 && box.cols === 1) return from;
  return `${from}:${a1(box.row + box.rows - 1, box.col + box.cols - 1, absolute)}`;
}

function boxOf(range: Range): Box {
  return {
    row: range.top - 1,
    col: range.left - 1,
    rows: range.bottom - range.top + 1,
    cols: range.right - range.left + 1,
  };
}

function hex(rrggbb: string): string {
  return `#${rrggbb.toUpperCase()}`;
}

/**
 * Excel's column width unit is the width of a digit in the workbook's standard font; Office.js sets widths
 * in points. A digit of the standard 11-point font is 7 pixels, plus 5 pixels of padding, at 0.75 points a
 * pixel: the same arithmetic Excel uses to turn a typed width into the column's size.
 */
export function widthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Note boxes sized to their text, so the evidence a matrix note quotes is not cut off: about 48 characters
 * a line at 288 points wide (four inches), 12 points a line, within Excel's own default and a screenful.
 */
export function noteSize(text: string): { width: number; height: number } {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 48)), 0);
  return { width: 288, height: Math.min(480, Math.max(60, lines * 12 + 16)) };
}

/** Formulas refer to the plan's sheets by name; while writing, those sheets go by their temporary names. */
function retarget(formula: string, sheetNames: ReadonlyMap<string, string>): string {
  let out = formula;
  for (const [name, temp] of sheetNames) out = out.split(`${quoted(name)}!`).join(`${quoted(temp)}!`);
  return out;
}

function cellFormula(value: CellValue, sheetNames: ReadonlyMap<string, string>): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (value.kind === 'formula') return `=${retarget(value.formula, sheetNames)}`;
  if (value.kind === 'daysLeft') {
    // Counted from the as-of cell, as every other date sum on the sheets is, so the matrix agrees with itself
    // and with the file the command line writes; a refresh sets the as-of date to the day it runs.
    return `=OIC.DAYSLEFT(${value.recommendation},${value.asOfName})`;
  }
  return null;
}

function prepareBlock(block: ValueBlock, sheetNames: ReadonlyMap<string, string>): PreparedBlock {
  const rows = block.values.length;
  const cols = rows ? block.values[0].length : 0;
  if (block.values.some((r) => r.length !== cols)) {
    throw new PlanNotWritableError(
      `A block at row ${block.row}, column ${block.col} has rows of different lengths.`,
    );
  }
  const text = new Set(block.textColumns ?? []);
  const numberFormat: Array<Array<string | null>> = [];
  const values: Array<Array<Scalar | null>> = [];
  const formulaAt: Array<Array<string | null>> = [];
  let anyFormat = false;
  let anyValue = false;
  for (const row of block.values) {
    const nf: Array<string | null> = [];
    const vs: Array<Scalar | null> = [];
    const fs: Array<string | null> = [];
    row.forEach((value, c) => {
      const formula = cellFormula(value, sheetNames);
      fs.push(formula);
      let format: string | null = null;
      let v: Scalar | null = null;
      if (formula !== null) {
        // A formula stays a formula; a text format would turn it into its own wording.
      } else if (value === null) {
        // Nothing to write; a column of letter text stays text for whatever is typed there later.
        if (text.has(c)) format = '@';
      } else if (typeof value === 'string') {
        // Every string is written as text: Excel would read "=...", "+44", "007", "TRUE" or "31/12/2025" typed
        // into a General cell as a formula, a number, a boolean or a date. The plan's strings are literal.
        format = '@';
        v = value;
      } else if (typeof value === 'object') {
        if (value.kind !== 'date') throw new PlanNotWritableError(`A ${value.kind} cell has no formula.`);
        v = isoToSerial(value.iso);
        format = value.iso.length > 10 ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy';
      } else {
        v = value;
      }
      if (format !== null) anyFormat = true;
      if (v !== null) anyValue = true;
      nf.push(format);
      vs.push(v);
    });
    numberFormat.push(nf);
    values.push(vs);
    formulaAt.push(fs);
  }
  return {
    box: { row: block.row - 1, col: block.col - 1, rows, cols },
    numberFormat: anyFormat ? numberFormat : null,
    values: anyValue ? values : null,
    formulas: formulaRectangles(formulaAt).map((r) => ({
      box: { row: block.row - 1 + r.row, col: block.col - 1 + r.col, rows: r.rows, cols: r.cols },
      formulas: r.formulas,
    })),
  };
}

/**
 * Covers the formula cells of a block with few rectangles, each full of formulas: a column of them (one per
 * force) is one write, whatever the number of forces.
 */
export function formulaRectangles(
  grid: ReadonlyArray<ReadonlyArray<string | null>>,
): Array<Box & { formulas: string[][] }> {
  const used = grid.map((row) => row.map(() => false));
  const out: Array<Box & { formulas: string[][] }> = [];
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === null || used[r][c]) continue;
      let width = 1;
      while (c + width < grid[r].length && grid[r][c + width] !== null && !used[r][c + width]) width++;
      let height = 1;
      const rowFull = (rr: number) => {
        for (let k = 0; k < width; k++) if (grid[rr]?.[c + k] == null || used[rr][c + k]) return false;
        return true;
      };
      while (r + height < grid.length && rowFull(r + height)) height++;
      const formulas: string[][] = [];
      for (let rr = r; rr < r + height; rr++) {
        const line: string[] = [];
        for (let k = 0; k < width; k++) {
          line.push(grid[rr][c + k] as string);
          used[rr][c + k] = true;
        }
        formulas.push(line);
      }
      out.push({ row: r, col: c, rows: height, cols: width, formulas });
    }
  }
  return out;
}

const LINE: Record<Border['style'], Pick<BorderEdge, 'style' | 'weight'>> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  dashed: { style: 'Dash', weight: 'Thin' },
  dotted: { style: 'Dot', weight: 'Thin' },
};

function edges(indexes: BorderEdge['index'][], border: Border): BorderEdge[] {
  return indexes.map((index) => ({ index, ...LINE[border.style], color: hex(border.color) }));
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function prepareFormat(range: Range, style: CellStyle): PreparedFormat {
  const box = boxOf(range);
  const borders: BorderEdge[] = [];
  if (style.border) {
    const indexes: BorderEdge['index'][] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (box.rows > 1) indexes.push('InsideHorizontal');
    if (box.cols > 1) indexes.push('InsideVertical');
    borders.push(...edges(indexes, style.border));
  }
  if (style.borderBottom) {
    // The bottom of every cell: the range's bottom edge and the lines between its rows.
    borders.push(
      ...edges(box.rows > 1 ? ['EdgeBottom', 'InsideHorizontal'] : ['EdgeBottom'], style.borderBottom),
    );
  }
  const format: PreparedFormat = { box, borders };
  if (style.fill) format.fill = hex(style.fill);
  if (style.fontColor) format.fontColor = hex(style.fontColor);
  if (style.bold !== undefined) format.bold = style.bold;
  if (style.italic !== undefined) format.italic = style.italic;
  if (style.fontSize) format.fontSize = style.fontSize;
  if (style.numberFormat) {
    const nf = style.numberFormat;
    format.numberFormat = Array.from({ length: box.rows }, () => Array.from({ length: box.cols }, () => nf));
  }
  if (style.wrap !== undefined) format.wrap = style.wrap;
  if (style.horizontal) format.horizontal = HORIZONTAL[style.horizontal];
  if (style.vertical) format.vertical = VERTICAL[style.vertical];
  return format;
}

/** An in-line list as Excel's validation takes it: comma-separated, at most 255 characters. */
function listSource(values: readonly string[]): string {
  for (const value of values) {
    if (value.includes(','))
      throw new PlanNotWritableError(`A drop-down choice cannot contain a comma: "${value}".`);
  }
  const source = values.join(',');
  if (source.length > 255)
    throw new PlanNotWritableError('The drop-down list is longer than Excel allows (255 characters).');
  return source;
}

function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

function runs<T>(items: Array<{ at: number; value: T }>): Array<{ at: number; count: number; value: T }> {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const out: Array<{ at: number; count: number; value: T }> = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && last.at + last.count === item.at && last.value === item.value) last.count++;
    else out.push({ at: item.at, count: 1, value: item.value });
  }
  return out;
}

function prepareChart(chart: ChartPlan): PreparedChart {
  const dataBox = boxOf(chart.dataRange);
  if (chart.series.length !== dataBox.cols - 1) {
    throw new PlanNotWritableError(
      `The chart "${chart.title}" has ${chart.series.length} series but its data has ${dataBox.cols - 1} columns of values.`,
    );
  }
  return {
    dataBox,
    title: chart.title,
    series: chart.series.map((s) => ({ fill: hex(s.color), labelColor: hex(s.labelColor) })),
    max: chart.max,
    from: a1(chart.anchor.top - 1, chart.anchor.left - 1),
    to: a1(chart.anchor.bottom - 1, chart.anchor.right - 1),
  };
}

function prepareSheet(
  sheet: PlannedSheet,
  tempName: string,
  font: SheetPlan['font'],
  sheetNames: ReadonlyMap<string, string>,
  notes: boolean,
): PreparedSheet {
  checkSheetName(sheet.name);
  return {
    name: sheet.name,
    tempName,
    role: sheet.role,
    visible: sheet.visibility === 'visible',
    tabColor: sheet.tabColor ? hex(sheet.tabColor) : null,
    columnWidths: runs(sheet.columns.map((c, i) => ({ at: i, value: widthToPoints(c.width) }))).map((r) => ({
      col: r.at,
      count: r.count,
      points: r.value,
    })),
    hiddenColumns: sheet.columns.flatMap((c, i) => (c.hidden ? [i] : [])),
    rowHeights: runs((sheet.rowHeights ?? []).map((h) => ({ at: h.row - 1, value: h.height }))).map((r) => ({
      row: r.at,
      count: r.count,
      points: r.value,
    })),
    font,
    blocks: sheet.blocks.filter((b) => b.values.length > 0).map((b) => prepareBlock(b, sheetNames)),
    merges: sheet.merges.map(boxOf),
    formats: sheet.formats.map((f) => prepareFormat(f.range, f.style)),
    notes: notes
      ? sheet.notes.map((n) => ({ address: a1(n.row - 1, n.col - 1), text: n.text, ...noteSize(n.text) }))
      : [],
    validations: sheet.validations.map((v) => ({
      box: boxOf(v.range),
      source: listSource(v.values),
      ignoreBlanks: v.allowBlank,
      prompt: v.prompt ? { title: v.prompt.title, message: v.prompt.text } : null,
      error: { title: v.error.title, message: v.error.text },
    })),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      box: boxOf(cf.range),
      rules: [...cf.rules].reverse().map((rule) => ({
        formula1: textFormula(rule.text),
        fill: hex(rule.fill),
        fontColor: hex(rule.fontColor),
      })),
    })),
    freeze: sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? { ...sheet.freeze } : null,
    autoFilter: sheet.autoFilter ? boxOf(sheet.autoFilter) : null,
    print: sheet.print
      ? {
          orientation: sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
          fitToWidth: sheet.print.fitToWidth,
          area: boxOf(sheet.print.area),
          titleRows: sheet.print.titleRows
            ? `${sheet.print.titleRows.from}:${sheet.print.titleRows.to}`
            : null,
        }
      : null,
    charts: (sheet.charts ?? []).map(prepareChart),
  };
}

export interface PrepareOptions {
  /** Whether this Excel has notes (ExcelApi 1.18); without them the notes are left out. */
  notes: boolean;
}

/** Everything the writer will send, worked out in memory. Throws PlanNotWritableError before any write. */
export function prepareWorkbook(plan: SheetPlan, options: PrepareOptions): PreparedWorkbook {
  const seen = new Set<string>();
  for (const s of plan.sheets) {
    const key = s.name.toLowerCase();
    if (seen.has(key)) throw new PlanNotWritableError(`The plan has two sheets named "${s.name}".`);
    seen.add(key);
  }
  const tempNames = new Map(plan.sheets.map((s, i) => [s.name, tempSheetName(i)]));
  const sheets = plan.sheets.map((s, i) =>
    prepareSheet(s, tempSheetName(i), plan.font, tempNames, options.notes),
  );
  const index = new Map(plan.sheets.map((s, i) => [s.name, i]));
  const names = plan.names.map((n): PreparedName => {
    checkDefinedName(n.name);
    const at = index.get(n.sheet);
    if (at === undefined)
      throw new PlanNotWritableError(
        `The name ${n.name} refers to "${n.sheet}", which the plan does not write.`,
      );
    const box = boxOf(n.range);
    return {
      name: n.name,
      comment: n.comment,
      sheet: at,
      box,
      tempReference: `=${quoted(tempSheetName(at))}!${boxAddress(box, true)}`,
    };
  });
  return { sheets, names };
}
