import type { Rect } from './a1';

/**
 * The workbook a fake Excel holds: plain data that tests may inspect directly (never through the proxies,
 * which enforce load and sync as Excel does).
 */
export type CellValue = string | number | boolean;

export interface CellFormat {
  fill?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  fontUnderline?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Edges of this cell's border, as Excel keeps them per cell. */
  borders?: Partial<Record<CellEdge, BorderState>>;
}

export type CellEdge = 'top' | 'bottom' | 'left' | 'right';

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export interface CellState {
  value: CellValue;
  /** The formula as entered ("=SUM(A1:A3)"); null for a constant. */
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  rect: Rect;
  /** custom: { formula }; textComparison: { operator, text }; cellValue: { formula1, formula2?, operator }. */
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; fontBold?: boolean; fontItalic?: boolean };
  stopIfTrue: boolean;
  priority: number;
}

export interface DataValidationState {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert: Record<string, unknown> | null;
  prompt: Record<string, unknown> | null;
  ignoreBlanks: boolean;
}

export interface NameState {
  name: string;
  /** As Excel reports NamedItem.formula: "=Sheet1!$A$1:$B$2" or a formula. */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface ThreadState {
  id: string;
  row: number;
  column: number;
  content: string;
  /** Notes only: the box's size in points, when set. */
  width?: number;
  height?: number;
}

export interface ChartSeriesState {
  name: string;
  fill: string | null;
  dataLabels: { showValue: boolean; fontColor: string | null };
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  seriesBy: string;
  /** The block the chart reads, on its own sheet. */
  source: Rect;
  title: string;
  series: ChartSeriesState[];
  categoryAxis: { reversePlotOrder: boolean };
  valueAxis: { minimum: number | null; maximum: number | null };
  legend: { visible: boolean; position: string };
  dataLabels: { showValue: boolean };
  /** Cells the chart covers, set by setPosition. */
  position: Rect | null;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  printArea: Rect | null;
  /** Rows repeated on every page (zero-based, inclusive). */
  titleRows: { from: number; to: number } | null;
}

export interface SheetState {
  id: string;
  name: string;
  position: number;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  showGridlines: boolean;
  cells: Map<number, CellState>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  conditionalFormats: ConditionalFormatState[];
  validations: DataValidationState[];
  frozen: { rows: number; columns: number };
  autoFilter: { rect: Rect; criteria: Record<number, unknown> } | null;
  names: Map<string, NameState>;
  comments: ThreadState[];
  notes: ThreadState[];
  merges: Rect[];
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
  charts: ChartState[];
  pageLayout: PageLayoutState;
  customProperties: Map<string, { key: string; value: string }>;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: string;
  names: Map<string, NameState>;
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  /** What the application was asked to do, in order: "suspendScreenUpdatingUntilNextSync", "calculate:Full", ... */
  applicationLog: string[];
  nextId: number;
}

export const DEFAULT_FONT = { name: 'Aptos Narrow', size: 11, color: '#000000' };
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel's value for a cell holding a formula the fake does not calculate. */
export const UNCALCULATED = '#UNCALCULATED!';

export function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

export function keyRow(key: number): number {
  return Math.floor(key / 16_384);
}

export function keyColumn(key: number): number {
  return key % 16_384;
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  const id = `{00000000-0001-0000-0000-${String(wb.nextId++).padStart(12, '0')}}`;
  return {
    id,
    name,
    position: wb.sheets.length,
    visibility: 'Visible',
    tabColor: '',
    showGridlines: true,
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    validations: [],
    frozen: { rows: 0, columns: 0 },
    autoFilter: null,
    names: new Map(),
    comments: [],
    notes: [],
    merges: [],
    hiddenColumns: new Set(),
    hiddenRows: new Set(),
    charts: [],
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      printArea: null,
      titleRows: null,
    },
    customProperties: new Map(),
  };
}

export function newWorkbook(sheetNames: string[] = ['Sheet1']): WorkbookState {
  const wb: WorkbookState = {
    sheets: [],
    activeSheetId: '',
    names: new Map(),
    calculationMode: 'Automatic',
    applicationLog: [],
    nextId: 1,
  };
  for (const name of sheetNames) wb.sheets.push(newSheet(wb, name));
  wb.activeSheetId = wb.sheets[0]?.id ?? '';
  return wb;
}

/** An error as Office.js raises it: a code Excel documents, a message, and debugInfo. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string, objectName: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${objectName}.${property}`,
  );
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const UK_DATE_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * What a cell holds after text, a number or a boolean is written to it, read as Excel reads typed input
 * (en-GB): text in a cell formatted "@" stays text; a leading apostrophe marks text and is dropped; text
 * starting =, +, - or @ that is not a number becomes a formula; number-like text becomes a number;
 * TRUE/FALSE become booleans; dd/mm/yyyy becomes a date serial. This is why letter text must be guarded.
 */
export function enteredValue(
  input: CellValue,
  numberFormat: string,
): { value: CellValue; formula: string | null; numberFormat: string } {
  if (typeof input !== 'string' || numberFormat === '@') return { value: input, formula: null, numberFormat };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, numberFormat };
  const trimmed = input.trim();
  if (NUMBER_TEXT.test(trimmed)) return { value: Number(trimmed), formula: null, numberFormat };
  if (/^[=+\-@]/.test(input) && input.length > 1) {
    return { value: UNCALCULATED, formula: input.startsWith('=') ? input : `=${input}`, numberFormat };
  }
  if (/^(true|false)$/i.test(trimmed))
    return { value: trimmed.toLowerCase() === 'true', formula: null, numberFormat };
  const d = UK_DATE_TEXT.exec(trimmed);
  if (d) {
    const ms = Date.UTC(Number(d[3]), Number(d[2]) - 1, Number(d[1]));
    const back = new Date(ms);
    if (back.getUTCDate() === Number(d[1]) && back.getUTCMonth() === Number(d[2]) - 1) {
      return {
        value: ms / 86_400_000 + 25_569,
        formula: null,
        numberFormat: numberFormat === 'General' ? 'dd/mm/yyyy' : numberFormat,
      };
    }
  }
  return { value: input, formula: null, numberFormat };
}

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;
const NAMED_COLOUR = /^[A-Za-z]{3,20}$/;

/** Colours as Excel gives them back: "#RRGGBB" in capitals. Named HTML colours are kept as given. */
export function normaliseColour(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (HEX_COLOUR.test(value)) return value.toUpperCase();
  if (NAMED_COLOUR.test(value)) return value.toLowerCase();
  return null;
}

const BAD_SHEET_CHARS = /[\\/?*[\]:]/;

export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'A worksheet name cannot be blank.';
  if (name.length > 31) return 'A worksheet name cannot be longer than 31 characters.';
  if (BAD_SHEET_CHARS.test(name)) return 'A worksheet name cannot contain \\ / ? * [ ] or :.';
  if (name.startsWith("'") || name.endsWith("'"))
    return 'A worksheet name cannot begin or end with an apostrophe.';
  return null;
}

/** Excel's rules for a defined name, the ones a writer could break. */
export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name === '') return 'A name cannot be blank.';
  if (name.length > 255) return 'A name cannot be longer than 255 characters.';
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
    return `"${name}" is not a valid name: use letters, digits, _ and .`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^R\d*C\d*$/i.test(name)) {
    return `"${name}" looks like a cell reference.`;
  }
  return null;
}
