/**
 * A sheet plan: what every sheet of the workbook holds, as plain data. Layout decisions live here and
 * only here; a writer (ExcelJS to a file, Office.js inside Excel) renders a plan and decides nothing.
 *
 * Coordinates are 1-based row and column numbers, as Excel counts them. Ranges are inclusive.
 *
 * The contract every writer keeps:
 * - A string in a value block is always literal text, never a formula, whatever it starts with.
 *   Formulas come only as a `formula` or `daysLeft` cell, and the plan builds those from constants and
 *   cell references alone, never from letter text.
 * - Blocks are written in one call each (values as a 2-D array), then formats in plan order (a later
 *   format range wins for the properties it sets), then notes, validations, conditional formats, names.
 *
 * How each construct is rendered (ExcelJS: src/writers/xlsx/write.ts; Office.js: src/writers/excel):
 * - string / number / boolean: as is. null: the cell is left alone (write "" in Office.js value arrays).
 * - DateCell: the Excel serial from isoToSerial() (cells.ts); a date-time carries the time as a fraction.
 *   The plan gives the number format ('dd/mm/yyyy').
 * - FormulaCell: `=${formula}`; ExcelJS also caches `value` as the result.
 * - DaysLeftCell: ExcelJS `=DATE(y,m,d)-OIC_AsOf` (plain Excel, works without the add-in, follows the
 *   as-of cell); Office.js `=OIC.DAYSLEFT(n)`.
 * - textColumns: ExcelJS needs nothing (a string value is stored as text). Office.js sets numberFormat
 *   "@" on those columns of the block before writing values, so "=..." stays text.
 * - CellStyle: fill → solid fill; border → every edge of every cell (Office.js: the four edges and the
 *   inside horizontal/vertical lines of the range); borderBottom → the bottom edge of every cell.
 * - TextEqualsRule: a cell-value "equal to" rule with formula `"<text>"` (ExcelJS `cellIs`/`equal`;
 *   Office.js `conditionalFormats.add(cellValue)` with operator EqualTo), fill and font colour only.
 * - ListValidation: an in-line list `"a,b,c"`, stop on other input, with the error and prompt texts.
 * - NamedRange: a workbook-scoped name `'<sheet>'!$A$1:$B$2`.
 * - freeze / autoFilter / print / tabColor / visibility / column widths and hidden columns / row heights:
 *   the host's own setting of the same name.
 * - ChartPlan: Office.js draws a native, live chart over `dataRange` (see ChartPlan); ExcelJS cannot draw
 *   charts, so it embeds a picture of the same chart drawn from the series' `values`, and writes
 *   `pictureNote` in the cell under the picture.
 */

/** A date, written as a date-typed cell (an Excel serial number shown in the block's number format). */
export interface DateCell {
  kind: 'date';
  /** ISO date, YYYY-MM-DD. */
  iso: string;
}

/**
 * A formula the plan built. `formula` is in Excel's English A1 syntax without the leading "=", and may
 * use the workbook's defined names. `value` is the result as of the plan's as-of date, for writers that
 * can cache a result (ExcelJS) and for readers that do not calculate.
 */
export interface FormulaCell {
  kind: 'formula';
  formula: string;
  value: string | number | boolean;
}

/**
 * Days from the as-of date to a recommendation's deadline (negative once past). Each writer picks its
 * own formula: the file writer a plain Excel formula over the as-of cell (so the file works without the
 * add-in); the Office.js writer the add-in's function, e.g. `=OIC.DAYSLEFT(2)`.
 */
export interface DaysLeftCell {
  kind: 'daysLeft';
  recommendation: number;
  /** ISO date of the deadline. */
  deadline: string;
  /** Days left as of the plan's as-of date. */
  value: number;
  /** Defined name of the cell holding the as-of date, for writers that compute from it. */
  asOfName: string;
}

export type Scalar = string | number | boolean | null;
export type CellValue = Scalar | DateCell | FormulaCell | DaysLeftCell;

export interface ValueBlock {
  /** Top-left cell of the block. */
  row: number;
  col: number;
  /** Rows of values; every row is as long as the first. */
  values: CellValue[][];
  /**
   * Columns of the block (0-based, within the block) that hold text from letters or other outside
   * sources. Writers must make sure these stay text even if a person edits them or the writer's API
   * would read "=..." as a formula: Office.js sets number format "@" on these columns before writing.
   */
  textColumns?: number[];
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type BorderStyle = 'thin' | 'medium' | 'dashed' | 'dotted';

export interface Border {
  style: BorderStyle;
  /** RRGGBB */
  color: string;
}

/** What a format range sets; anything left out is left as it is. Colours are RRGGBB hex without '#'. */
export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** Excel number format code, e.g. 'dd/mm/yyyy', '0%', '@'. */
  numberFormat?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  /** Border on every edge of every cell in the range. */
  border?: Border;
  /** Border on the bottom edge of every cell in the range (wins over `border` on that edge). */
  borderBottom?: Border;
}

export interface FormatRange {
  range: Range;
  style: CellStyle;
}

/** A note (Excel's plain "note", not a threaded comment) on one cell. The text is literal. */
export interface CellNote {
  row: number;
  col: number;
  text: string;
}

/** A drop-down of fixed choices. Writers reject other input and show `error` when someone types it. */
export interface ListValidation {
  range: Range;
  values: readonly string[];
  allowBlank: boolean;
  prompt?: { title: string; text: string };
  error: { title: string; text: string };
}

/**
 * Colour a cell when its text equals `text` (case-insensitive, as Excel compares), so that a status a
 * person types recolours at once. Only fill and font colour: the status word itself is the signal.
 */
export interface TextEqualsRule {
  kind: 'textEquals';
  text: string;
  fill: string;
  fontColor: string;
}

export interface ConditionalFormat {
  range: Range;
  rules: TextEqualsRule[];
}

/** A workbook-scoped defined name for a range on one sheet. */
export interface NamedRange {
  name: string;
  sheet: string;
  range: Range;
  /** What the name is for, for people and for the code that reads it back. */
  comment: string;
}

export interface ColumnPlan {
  /** Width in Excel character units. */
  width: number;
  hidden?: boolean;
}

export interface PrintPlan {
  orientation: 'portrait' | 'landscape';
  /** Fit all columns onto one page wide; as many pages tall as needed. */
  fitToWidth: boolean;
  area: Range;
  /** Rows repeated at the top of every printed page. */
  titleRows?: { from: number; to: number };
}

/**
 * A horizontal stacked bar chart: one bar per category (top to bottom in the order given), one segment per
 * series (left to right in the order given), each series in its own colour. Its numbers are cells the
 * plan also writes, so the chart never holds anything a reader of the sheet cannot see.
 *
 * Office.js: `sheet.charts.add(Excel.ChartType.barStacked, <dataRange>, Excel.ChartSeriesBy.columns)`;
 * title `title`; each series' fill `color` (series i is column i + 1 of dataRange); category axis
 * `reversePlotOrder = true` so the first category is at the top; value axis 0 to `max`; data labels on
 * (number, in `labelColor`); legend at the bottom; `setPosition` from the anchor's top-left to its
 * bottom-right cell. The chart then follows the cells live.
 * ExcelJS: a PNG picture of `width` × `height` pixels drawn from `values`, placed at the anchor's
 * top-left cell, and `pictureNote` written in the cell below the anchor's bottom-left cell.
 */
export interface ChartPlan {
  kind: 'stackedBar';
  title: string;
  /**
   * The block the chart reads: first row = series names (its first cell is a label), first column =
   * category labels, then one column of values per series. On the chart's own sheet.
   */
  dataRange: Range;
  categories: string[];
  series: ChartSeries[];
  /** Highest value on the value axis, so bars of different totals compare (e.g. 43 forces). */
  max: number;
  /** Cells the chart covers. */
  anchor: Range;
  /** Size in pixels; matches the anchor's cells at their planned widths and heights. */
  width: number;
  height: number;
  /** For writers that can only embed a picture: says the picture is as of the last write. */
  pictureNote: string;
}

export interface ChartSeries {
  name: string;
  /** RRGGBB */
  color: string;
  /** Colour for numbers drawn on this series' colour (RRGGBB). */
  labelColor: string;
  /** The series' cells: one per category, in category order. */
  range: Range;
  /** The series' values as of the plan, one per category. */
  values: number[];
}

export type SheetRole = 'matrix' | 'summary' | 'evidence' | 'commitments' | 'history' | 'sources' | 'data';

export interface PlannedSheet {
  name: string;
  role: SheetRole;
  /** Hidden sheets stay reachable through "Unhide"; the data sheet is hidden, not very hidden. */
  visibility: 'visible' | 'hidden';
  tabColor?: string;
  columns: ColumnPlan[];
  /** Row heights in points, where the default will not do. */
  rowHeights?: Array<{ row: number; height: number }>;
  blocks: ValueBlock[];
  merges: Range[];
  formats: FormatRange[];
  notes: CellNote[];
  validations: ListValidation[];
  conditionalFormats: ConditionalFormat[];
  /** Rows and columns kept in view while scrolling (0 for none). */
  freeze?: { rows: number; columns: number };
  /** The header row and the rows below it that the filter covers. */
  autoFilter?: Range;
  print?: PrintPlan;
  /** Charts drawn over the sheet (see ChartPlan). */
  charts?: ChartPlan[];
}

export interface SheetPlan {
  /** The font every written cell uses unless a format says otherwise. */
  font: { name: string; size: number };
  /** Sheets in workbook order; the first is the one that opens. */
  sheets: PlannedSheet[];
  names: NamedRange[];
  /** ISO date the plan's computed values (days left, overdue, past due) are as of. */
  asOf: string;
}
