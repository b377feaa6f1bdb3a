import {
  formatAddress,
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  rectColumns,
  rectRows,
  type Rect,
} from './a1';
import { ClientObject, ClientResult, type FakeRequestContext } from './context';
import {
  cellKey,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  DEFAULT_ROW_HEIGHT,
  enteredValue,
  FakeOfficeError,
  keyColumn,
  keyRow,
  normaliseColour,
  UNCALCULATED,
  type BorderState,
  type CellEdge,
  type CellFormat,
  type CellState,
  type CellValue,
  type ConditionalFormatState,
  type SheetState,
} from './state';

/** What a range needs from its worksheet proxy; kept as an interface so range.ts need not import worksheet.ts. */
export interface SheetHandle {
  readonly context: FakeRequestContext;
  readonly path: string;
  /** The sheet's state; throws if the proxy is null or the sheet was deleted. */
  sheetState(): SheetState;
}

/** Writing to more cells than this in one assignment is refused: the fake is for honest tests, not stress. */
const MAX_WRITE_CELLS = 5_000_000;

function blankCell(): CellState {
  return { value: '', formula: null, numberFormat: 'General', format: {} };
}

function isBlank(cell: CellState): boolean {
  return (
    cell.value === '' &&
    cell.formula === null &&
    cell.numberFormat === 'General' &&
    Object.keys(cell.format).length === 0
  );
}

/** The one value all cells share, or null when they differ (as Excel reports mixed formats). */
function common<T>(values: Iterable<T>): T | null {
  let first = true;
  let seen: T | null = null;
  for (const v of values) {
    if (first) {
      seen = v;
      first = false;
    } else if (v !== seen) return null;
  }
  return seen;
}

export class FakeRange extends ClientObject {
  private rect: Rect | null = null;
  private _format: FakeRangeFormat | undefined;
  private _conditionalFormats: FakeConditionalFormatCollection | undefined;
  private _dataValidation: FakeDataValidation | undefined;

  /**
   * @param locate gives the rectangle when the range's creating operation applies at sync (so a used range
   *   is the one Excel would see then); null means an empty result, allowed only for OrNullObject ranges.
   */
  constructor(
    readonly sheet: SheetHandle,
    path: string,
    locate: () => Rect | null,
    nullable = false,
  ) {
    super(sheet.context, path);
    this.nullState = nullable ? undefined : false;
    sheet.context.enqueue(path, 'resolve', [], () => {
      // A range by a name finds its sheet as it locates; a null result needs no sheet.
      const rect = locate();
      if (rect || !nullable) sheet.sheetState();
      if (!rect && !nullable) throw new FakeOfficeError('ItemNotFound', 'The range does not exist.', path);
      this.rect = rect;
      this.nullState = rect === null;
    });
  }

  get objectName(): string {
    return 'Range';
  }

  protected check(): void {
    this.sheet.sheetState();
  }

  /** The rectangle, once resolved; only for use inside applying operations and by child objects. */
  area(): Rect {
    if (!this.rect)
      throw new FakeOfficeError('InvalidObjectPath', 'The range was used before it was resolved.', this.path);
    return this.rect;
  }

  state(): SheetState {
    return this.sheet.sheetState();
  }

  private grid<T>(read: (cell: CellState | undefined, r: number, c: number) => T): T[][] {
    const rect = this.area();
    if (rectRows(rect) * rectColumns(rect) > MAX_WRITE_CELLS) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The range is too large to read.',
        this.path,
      );
    }
    const sheet = this.state();
    const rows: T[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: T[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(read(sheet.cells.get(cellKey(r, c)), r, c));
      rows.push(row);
    }
    return rows;
  }

  /** Applies a per-cell change; creates cells as needed and drops ones left blank. */
  editCells(edit: (cell: CellState, r: number, c: number) => void, rect: Rect = this.area()): void {
    if (rectRows(rect) * rectColumns(rect) > MAX_WRITE_CELLS) {
      // Excel keeps whole-column formats apart from cells; the fake does not model that, and says so.
      throw new FakeOfficeError(
        'NotImplemented',
        'The fake cannot format or fill more than 5,000,000 cells at once.',
        this.path,
      );
    }
    const sheet = this.state();
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const key = cellKey(r, c);
        const cell = sheet.cells.get(key) ?? blankCell();
        edit(cell, r, c);
        if (isBlank(cell)) sheet.cells.delete(key);
        else sheet.cells.set(key, cell);
      }
    }
  }

  /** Only existing cells: for changes that leave empty cells empty (clearing over a whole column). */
  editExisting(edit: (cell: CellState) => void, rect: Rect = this.area()): void {
    const sheet = this.state();
    for (const [key, cell] of [...sheet.cells]) {
      const r = keyRow(key);
      const c = keyColumn(key);
      if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
      edit(cell);
      if (isBlank(cell)) sheet.cells.delete(key);
    }
  }

  /** Expands a 2-D input (or one value for every cell) to the range's shape, or fails as Excel does. */
  private shaped(prop: string, input: unknown): unknown[][] {
    const rect = this.area();
    const rows = rectRows(rect);
    const cols = rectColumns(rect);
    if (rows * cols > MAX_WRITE_CELLS) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `Too many cells to set ${prop} on (${rows} × ${cols}).`,
        this.path,
      );
    }
    if (!Array.isArray(input))
      return Array.from({ length: rows }, () => Array.from({ length: cols }, () => input));
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} × ${cols}).`,
        `Range.${prop}`,
      );
    }
    return input as unknown[][];
  }

  private static checkScalar(value: unknown, prop: string): void {
    const ok =
      value === null ||
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value));
    if (!ok)
      throw new FakeOfficeError(
        'InvalidArgument',
        `Cannot set ${prop} to ${String(value)}.`,
        `Range.${prop}`,
      );
  }

  protected scalars(): Record<string, () => unknown> {
    const evaluate = this.context.options.evaluate;
    const sheet = () => this.state();
    return {
      address: () => formatAddress(sheet().name, this.area()),
      rowCount: () => rectRows(this.area()),
      columnCount: () => rectColumns(this.area()),
      rowIndex: () => this.area().r0,
      columnIndex: () => this.area().c0,
      cellCount: () => rectRows(this.area()) * rectColumns(this.area()),
      values: () =>
        this.grid((cell, r, c) => {
          if (!cell) return '';
          if (cell.formula !== null)
            return evaluate ? evaluate(cell.formula, sheet().name, r, c) : UNCALCULATED;
          return cell.value;
        }),
      formulas: () => this.grid((cell) => (cell ? (cell.formula ?? cell.value) : '')),
      numberFormat: () => this.grid((cell) => cell?.numberFormat ?? 'General'),
      text: () =>
        this.grid((cell) => (cell ? (cell.formula !== null ? UNCALCULATED : String(cell.value)) : '')),
      columnHidden: () => {
        const rect = this.area();
        const hidden = sheet().hiddenColumns;
        for (let c = rect.c0; c <= rect.c1; c++) if (!hidden.has(c)) return false;
        return true;
      },
      rowHidden: () => {
        const rect = this.area();
        const hidden = sheet().hiddenRows;
        for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100_000); r++)
          if (!hidden.has(r)) return false;
        return true;
      },
    };
  }

  protected override navigation(): Record<string, ClientObject> {
    return { format: this.format };
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get text(): string[][] {
    return this.read('text');
  }

  get values(): CellValue[][] {
    return this.read('values');
  }
  set values(input: unknown) {
    this.write('values', input, () => {
      const grid = this.shaped('values', input);
      const rect = this.area();
      for (const row of grid) for (const v of row) FakeRange.checkScalar(v, 'values');
      this.editCells((cell, r, c) => {
        const v = grid[r - rect.r0][c - rect.c0];
        if (v === null) return; // null leaves the cell as it is
        const entered = enteredValue(v as CellValue, cell.numberFormat);
        cell.value = entered.value;
        cell.formula = entered.formula;
        cell.numberFormat = entered.numberFormat;
      });
    });
  }

  get formulas(): CellValue[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown) {
    this.write('formulas', input, () => {
      const grid = this.shaped('formulas', input);
      const rect = this.area();
      for (const row of grid) for (const v of row) FakeRange.checkScalar(v, 'formulas');
      this.editCells((cell, r, c) => {
        const v = grid[r - rect.r0][c - rect.c0];
        if (v === null) return;
        if (typeof v === 'string' && v.startsWith('=')) {
          cell.formula = v;
          cell.value = UNCALCULATED;
          return;
        }
        const entered = enteredValue(v as CellValue, cell.numberFormat);
        cell.value = entered.value;
        cell.formula = entered.formula;
        cell.numberFormat = entered.numberFormat;
      });
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.write('numberFormat', input, () => {
      const grid = this.shaped('numberFormat', input);
      const rect = this.area();
      this.editCells((cell, r, c) => {
        const v = grid[r - rect.r0][c - rect.c0];
        if (v === null) return;
        if (typeof v !== 'string') {
          throw new FakeOfficeError(
            'InvalidArgument',
            `A number format must be text, not ${String(v)}.`,
            'Range.numberFormat',
          );
        }
        cell.numberFormat = v;
      });
    });
  }

  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this._conditionalFormats ??= new FakeConditionalFormatCollection(this));
  }

  get dataValidation(): FakeDataValidation {
    return (this._dataValidation ??= new FakeDataValidation(this));
  }

  /** A range relative to this one, resolved when its creating operation applies. */
  private derived(action: string, make: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.sheet, `${this.path}.${action}`, () => {
      this.guard();
      const rect = make(this.area());
      if (
        rect.r0 < 0 ||
        rect.c0 < 0 ||
        rect.r1 >= MAX_ROWS ||
        rect.c1 >= MAX_COLUMNS ||
        rect.r1 < rect.r0 ||
        rect.c1 < rect.c0
      ) {
        throw new FakeOfficeError('InvalidArgument', `${action} falls outside the worksheet.`, this.path);
      }
      return rect;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, (a) => ({
      r0: a.r0 + row,
      c0: a.c0 + column,
      r1: a.r0 + row,
      c1: a.c0 + column,
    }));
  }

  getRow(row: number): FakeRange {
    return this.derived(`getRow(${row})`, (a) => ({ r0: a.r0 + row, r1: a.r0 + row, c0: a.c0, c1: a.c1 }));
  }

  getColumn(column: number): FakeRange {
    return this.derived(`getColumn(${column})`, (a) => ({
      r0: a.r0,
      r1: a.r1,
      c0: a.c0 + column,
      c1: a.c0 + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (a) => ({
      ...a,
      r1: a.r1 + deltaRows,
      c1: a.c1 + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (a) => ({
      r0: a.r0 + rowOffset,
      r1: a.r1 + rowOffset,
      c0: a.c0 + columnOffset,
      c1: a.c1 + columnOffset,
    }));
  }

  getEntireColumn(): FakeRange {
    return this.derived('getEntireColumn()', (a) => ({ r0: 0, r1: MAX_ROWS - 1, c0: a.c0, c1: a.c1 }));
  }

  getEntireRow(): FakeRange {
    return this.derived('getEntireRow()', (a) => ({ r0: a.r0, r1: a.r1, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  /** The part of this range inside the sheet's used range: null where they do not meet. */
  private usedPart(valuesOnly: boolean): Rect | null {
    const sheet = this.state();
    const rect = this.area();
    let used: Rect | null = null;
    for (const [key, cell] of sheet.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === null) continue;
      const r = keyRow(key);
      const c = keyColumn(key);
      if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
      if (!used) used = { r0: r, r1: r, c0: c, c1: c };
      else {
        used.r0 = Math.min(used.r0, r);
        used.r1 = Math.max(used.r1, r);
        used.c0 = Math.min(used.c0, c);
        used.c1 = Math.max(used.c1, c);
      }
    }
    return used;
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.sheet, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      this.guard();
      const used = this.usedPart(valuesOnly);
      if (!used) throw new FakeOfficeError('ItemNotFound', 'The range has no used cells.', this.path);
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.sheet,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        this.guard();
        return this.usedPart(valuesOnly);
      },
      true,
    );
  }

  /**
   * Merges the range into one cell (across: each row on its own). Excel keeps the top-left value and
   * empties the rest; merging over part of an existing merged area is refused, as the fake cannot say
   * what Excel would make of it.
   */
  merge(across = false): void {
    this.call('merge', [across], () => {
      const rect = this.area();
      const sheet = this.state();
      const areas: Rect[] = across
        ? Array.from({ length: rectRows(rect) }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i }))
        : [{ ...rect }];
      for (const area of areas) {
        if (rectRows(area) * rectColumns(area) === 1) continue;
        if (sheet.merges.some((m) => intersects(m, area))) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `${formatAddress(sheet.name, area)} overlaps a merged area.`,
            this.path,
          );
        }
        for (const [key, cell] of [...sheet.cells]) {
          const r = keyRow(key);
          const c = keyColumn(key);
          if (r < area.r0 || r > area.r1 || c < area.c0 || c > area.c1) continue;
          if (r === area.r0 && c === area.c0) continue;
          cell.value = '';
          cell.formula = null;
          if (isBlank(cell)) sheet.cells.delete(key);
        }
        sheet.merges.push(area);
      }
    });
  }

  unmerge(): void {
    this.call('unmerge', [], () => {
      const rect = this.area();
      const sheet = this.state();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(value: boolean) {
    this.write('columnHidden', value, () => {
      const hidden = requireBoolean(value, 'columnHidden');
      const rect = this.area();
      const set = this.state().hiddenColumns;
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (hidden) set.add(c);
        else set.delete(c);
      }
    });
  }

  get rowHidden(): boolean {
    return this.read('rowHidden');
  }
  set rowHidden(value: boolean) {
    this.write('rowHidden', value, () => {
      const hidden = requireBoolean(value, 'rowHidden');
      const rect = this.area();
      if (rectRows(rect) > 100_000) throw new FakeOfficeError('InvalidArgument', 'Too many rows to hide.');
      const set = this.state().hiddenRows;
      for (let r = rect.r0; r <= rect.r1; r++) {
        if (hidden) set.add(r);
        else set.delete(r);
      }
    });
  }

  /** Clears contents, formats or both ("All", the default), as Range.clear does. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.call('clear', [applyTo], () => {
      this.editExisting((cell) => {
        if (applyTo !== 'Formats') {
          cell.value = '';
          cell.formula = null;
        }
        if (applyTo !== 'Contents') {
          cell.format = {};
          cell.numberFormat = 'General';
        }
      });
      if (applyTo !== 'Contents') {
        const rect = this.area();
        const sheet = this.state();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
      }
    });
  }
}

export class FakeRangeFormat extends ClientObject {
  private _fill: FakeRangeFill | undefined;
  private _font: FakeRangeFont | undefined;
  private _borders: FakeRangeBorderCollection | undefined;

  constructor(readonly range: FakeRange) {
    super(range.context, `${range.path}.format`);
  }

  get objectName(): string {
    return 'RangeFormat';
  }

  protected check(): void {
    this.range.state();
  }

  /** Reads one per-cell format field over the range: the shared value, or null where cells differ. */
  commonFormat<K extends keyof CellFormat>(
    key: K,
    fallback: NonNullable<CellFormat[K]>,
  ): CellFormat[K] | null {
    const sheet = this.range.state();
    const rect = this.range.area();
    const values: Array<CellFormat[K]> = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++)
        values.push(sheet.cells.get(cellKey(r, c))?.format[key] ?? fallback);
      if (values.length > 100_000) break;
    }
    return common(values);
  }

  setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K]): void {
    this.range.editCells((cell) => {
      if (value === undefined) delete cell.format[key];
      else cell.format[key] = value;
    });
  }

  protected scalars(): Record<string, () => unknown> {
    return {
      wrapText: () => this.commonFormat('wrapText', false),
      horizontalAlignment: () => this.commonFormat('horizontalAlignment', 'General'),
      verticalAlignment: () => this.commonFormat('verticalAlignment', 'Bottom'),
      columnWidth: () => {
        const sheet = this.range.state();
        const rect = this.range.area();
        const widths = [];
        for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 16_383); c++)
          widths.push(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return common(widths);
      },
      rowHeight: () => {
        const sheet = this.range.state();
        const rect = this.range.area();
        const heights = [];
        for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100_000); r++)
          heights.push(sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        return common(heights);
      },
    };
  }

  protected override navigation(): Record<string, ClientObject> {
    return { fill: this.fill, font: this.font };
  }

  get fill(): FakeRangeFill {
    return (this._fill ??= new FakeRangeFill(this));
  }
  get font(): FakeRangeFont {
    return (this._font ??= new FakeRangeFont(this));
  }
  get borders(): FakeRangeBorderCollection {
    return (this._borders ??= new FakeRangeBorderCollection(this));
  }

  get wrapText(): boolean | null {
    return this.read('wrapText');
  }
  set wrapText(value: boolean | null) {
    this.write('wrapText', value, () => this.setFormat('wrapText', requireBoolean(value, 'wrapText')));
  }
  get horizontalAlignment(): string | null {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(value: string | null) {
    this.write('horizontalAlignment', value, () =>
      this.setFormat('horizontalAlignment', requireOneOf(value, 'horizontalAlignment', H_ALIGN)),
    );
  }
  get verticalAlignment(): string | null {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(value: string | null) {
    this.write('verticalAlignment', value, () =>
      this.setFormat('verticalAlignment', requireOneOf(value, 'verticalAlignment', V_ALIGN)),
    );
  }
  get columnWidth(): number | null {
    return this.read('columnWidth');
  }
  set columnWidth(value: number | null) {
    this.write('columnWidth', value, () => {
      const width = requireNumber(value, 'columnWidth', 0, 4000);
      const rect = this.range.area();
      const sheet = this.range.state();
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, width);
    });
  }
  get rowHeight(): number | null {
    return this.read('rowHeight');
  }
  set rowHeight(value: number | null) {
    this.write('rowHeight', value, () => {
      const height = requireNumber(value, 'rowHeight', 0, 409);
      const rect = this.range.area();
      if (rectRows(rect) > 100_000)
        throw new FakeOfficeError('InvalidArgument', 'Too many rows to set a height on.');
      const sheet = this.range.state();
      for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights.set(r, height);
    });
  }

  /** Sizes columns to their longest text: about 6 points a character, as a rough stand-in for Excel's measure. */
  autofitColumns(): void {
    this.call('autofitColumns', [], () => {
      const rect = this.range.area();
      const sheet = this.range.state();
      const longest = new Map<number, number>();
      for (const [key, cell] of sheet.cells) {
        const r = keyRow(key);
        const c = keyColumn(key);
        if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
        longest.set(c, Math.max(longest.get(c) ?? 0, String(cell.value).length));
      }
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 16_383); c++) {
        sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, (longest.get(c) ?? 0) * 6 + 6));
      }
    });
  }

  autofitRows(): void {
    this.call('autofitRows', [], () => {
      const rect = this.range.area();
      const sheet = this.range.state();
      for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 100_000); r++) sheet.rowHeights.delete(r);
    });
  }
}

const H_ALIGN = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];
const UNDERLINES = ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'];

function requireBoolean(value: unknown, prop: string): boolean {
  if (typeof value !== 'boolean')
    throw new FakeOfficeError('InvalidArgument', `${prop} must be true or false, not ${String(value)}.`);
  return value;
}

function requireNumber(value: unknown, prop: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `${prop} must be a number from ${min} to ${max}, not ${String(value)}.`,
    );
  }
  return value;
}

function requireOneOf(value: unknown, prop: string, allowed: string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `${prop} must be one of ${allowed.join(', ')}, not ${String(value)}.`,
    );
  }
  return value;
}

export function requireColour(value: unknown, prop: string): string {
  const colour = normaliseColour(value);
  if (!colour)
    throw new FakeOfficeError(
      'InvalidArgument',
      `${prop} must be a colour such as "#C00000", not ${String(value)}.`,
    );
  return colour;
}

export class FakeRangeFill extends ClientObject {
  constructor(readonly format: FakeRangeFormat) {
    super(format.context, `${format.path}.fill`);
  }
  get objectName(): string {
    return 'RangeFill';
  }
  protected check(): void {
    this.format.range.state();
  }
  protected scalars(): Record<string, () => unknown> {
    return { color: () => this.format.commonFormat('fill', '#FFFFFF') };
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string | null) {
    this.write('color', value, () => this.format.setFormat('fill', requireColour(value, 'fill.color')));
  }
  clear(): void {
    this.call('clear', [], () => this.format.setFormat('fill', undefined));
  }
}

export class FakeRangeFont extends ClientObject {
  constructor(readonly format: FakeRangeFormat) {
    super(format.context, `${format.path}.font`);
  }
  get objectName(): string {
    return 'RangeFont';
  }
  protected check(): void {
    this.format.range.state();
  }
  protected scalars(): Record<string, () => unknown> {
    const f = this.format;
    return {
      bold: () => f.commonFormat('fontBold', false),
      italic: () => f.commonFormat('fontItalic', false),
      color: () => f.commonFormat('fontColor', DEFAULT_FONT.color),
      name: () => f.commonFormat('fontName', DEFAULT_FONT.name),
      size: () => f.commonFormat('fontSize', DEFAULT_FONT.size),
      underline: () => f.commonFormat('fontUnderline', 'None'),
    };
  }
  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(value: boolean | null) {
    this.write('bold', value, () => this.format.setFormat('fontBold', requireBoolean(value, 'font.bold')));
  }
  get italic(): boolean | null {
    return this.read('italic');
  }
  set italic(value: boolean | null) {
    this.write('italic', value, () =>
      this.format.setFormat('fontItalic', requireBoolean(value, 'font.italic')),
    );
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string | null) {
    this.write('color', value, () => this.format.setFormat('fontColor', requireColour(value, 'font.color')));
  }
  get name(): string | null {
    return this.read('name');
  }
  set name(value: string | null) {
    this.write('name', value, () => {
      if (typeof value !== 'string' || !value)
        throw new FakeOfficeError('InvalidArgument', 'font.name must be text.');
      this.format.setFormat('fontName', value);
    });
  }
  get size(): number | null {
    return this.read('size');
  }
  set size(value: number | null) {
    this.write('size', value, () =>
      this.format.setFormat('fontSize', requireNumber(value, 'font.size', 1, 409)),
    );
  }
  get underline(): string | null {
    return this.read('underline');
  }
  set underline(value: string | null) {
    this.write('underline', value, () =>
      this.format.setFormat('fontUnderline', requireOneOf(value, 'font.underline', UNDERLINES)),
    );
  }
}

// ---- Borders ------------------------------------------------------------------------------------------

const BORDER_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
];
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];
const BORDER_INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

/** The cell edges a border index reaches in a range: which cells, and which of their edges. */
function edgesOf(index: string, rect: Rect): Array<{ rect: Rect; edge: CellEdge }> {
  switch (index) {
    case 'EdgeTop':
      return [{ rect: { ...rect, r1: rect.r0 }, edge: 'top' }];
    case 'EdgeBottom':
      return [{ rect: { ...rect, r0: rect.r1 }, edge: 'bottom' }];
    case 'EdgeLeft':
      return [{ rect: { ...rect, c1: rect.c0 }, edge: 'left' }];
    case 'EdgeRight':
      return [{ rect: { ...rect, c0: rect.c1 }, edge: 'right' }];
    case 'InsideHorizontal':
      // A one-row range has no inside line; Excel accepts the setting and draws nothing.
      return rect.r1 === rect.r0
        ? []
        : [
            { rect: { ...rect, r1: rect.r1 - 1 }, edge: 'bottom' },
            { rect: { ...rect, r0: rect.r0 + 1 }, edge: 'top' },
          ];
    case 'InsideVertical':
      return rect.c1 === rect.c0
        ? []
        : [
            { rect: { ...rect, c1: rect.c1 - 1 }, edge: 'right' },
            { rect: { ...rect, c0: rect.c0 + 1 }, edge: 'left' },
          ];
    default:
      throw new FakeOfficeError('NotImplemented', `The fake does not draw ${index} borders.`);
  }
}

export class FakeRangeBorderCollection extends ClientObject {
  constructor(readonly format: FakeRangeFormat) {
    super(format.context, `${format.path}.borders`);
  }
  get objectName(): string {
    return 'RangeBorderCollection';
  }
  protected check(): void {
    this.format.range.state();
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this, index);
  }
}

export class FakeRangeBorder extends ClientObject {
  constructor(
    readonly collection: FakeRangeBorderCollection,
    readonly index: string,
  ) {
    super(collection.context, `${collection.path}.getItem(${index})`);
    this.call('resolve', [], () => {
      if (!BORDER_INDEXES.includes(index))
        throw new FakeOfficeError('InvalidArgument', `${String(index)} is not a border index.`, this.path);
    });
  }
  get objectName(): string {
    return 'RangeBorder';
  }
  protected check(): void {
    this.collection.format.range.state();
  }
  private range(): FakeRange {
    return this.collection.format.range;
  }
  private readEdge(field: keyof BorderState, fallback: string): string | null {
    const sheet = this.range().state();
    const values: string[] = [];
    for (const { rect, edge } of edgesOf(this.index, this.range().area())) {
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++)
          values.push(sheet.cells.get(cellKey(r, c))?.format.borders?.[edge]?.[field] ?? fallback);
    }
    return common(values);
  }
  private setEdge(field: keyof BorderState, value: string): void {
    for (const { rect, edge } of edgesOf(this.index, this.range().area())) {
      this.range().editCells((cell) => {
        const borders = (cell.format.borders ??= {});
        if (field === 'style' && value === 'None') {
          delete borders[edge];
        } else {
          const current = borders[edge] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
          borders[edge] = { ...current, [field]: value };
        }
        if (Object.keys(borders).length === 0) delete cell.format.borders;
      }, rect);
    }
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      style: () => this.readEdge('style', 'None'),
      weight: () => this.readEdge('weight', 'Thin'),
      color: () => this.readEdge('color', '#000000'),
      sideIndex: () => this.index,
    };
  }
  get style(): string | null {
    return this.read('style');
  }
  set style(value: string | null) {
    this.write('style', value, () =>
      this.setEdge('style', requireOneOf(value, 'border.style', BORDER_STYLES)),
    );
  }
  get weight(): string | null {
    return this.read('weight');
  }
  set weight(value: string | null) {
    this.write('weight', value, () =>
      this.setEdge('weight', requireOneOf(value, 'border.weight', BORDER_WEIGHTS)),
    );
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string | null) {
    this.write('color', value, () => this.setEdge('color', requireColour(value, 'border.color')));
  }
}

// ---- Conditional formats ------------------------------------------------------------------------------

const CF_TYPES: Record<string, string> = {
  Custom: 'custom',
  ContainsText: 'textComparison',
  CellValue: 'cellValue',
};

export class FakeConditionalFormatCollection extends ClientObject {
  constructor(readonly range: FakeRange) {
    super(range.context, `${range.path}.conditionalFormats`);
  }
  get objectName(): string {
    return 'ConditionalFormatCollection';
  }
  protected check(): void {
    this.range.state();
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** Types the fake knows: "Custom", "ContainsText" and "CellValue"; others fail the sync. */
  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this, type);
    this.call('add', [type], () => {
      if (!CF_TYPES[type])
        throw new FakeOfficeError(
          'InvalidArgument',
          `The fake does not know conditional format type "${type}".`,
        );
      const sheet = this.range.state();
      const state: ConditionalFormatState = {
        id: `cf${this.context.state.nextId++}`,
        type,
        rect: { ...this.range.area() },
        rule: {},
        format: {},
        stopIfTrue: false,
        priority: 0,
      };
      // New rules go first, as Excel gives them the top priority.
      sheet.conditionalFormats.unshift(state);
      sheet.conditionalFormats.forEach((c, i) => (c.priority = i));
      cf.bind(state);
    });
    return cf;
  }

  clearAll(): void {
    this.call('clearAll', [], () => {
      const sheet = this.range.state();
      const rect = this.range.area();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
    });
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.path, 'getCount', () => {
      this.guard();
      const rect = this.range.area();
      return this.range.state().conditionalFormats.filter((cf) => intersects(cf.rect, rect)).length;
    });
  }
}

export class FakeConditionalFormat extends ClientObject {
  private bound: ConditionalFormatState | null = null;
  private readonly parts = new Map<string, FakeConditionalPart>();

  constructor(
    readonly collection: FakeConditionalFormatCollection,
    readonly requestedType: string,
  ) {
    super(collection.context, `${collection.path}.add(${requestedType})`);
  }
  get objectName(): string {
    return 'ConditionalFormat';
  }
  bind(state: ConditionalFormatState): void {
    this.bound = state;
  }
  cfState(): ConditionalFormatState {
    if (!this.bound)
      throw new FakeOfficeError('InvalidObjectPath', 'The conditional format was not added.', this.path);
    return this.bound;
  }
  protected check(): void {
    this.cfState();
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      type: () => this.cfState().type,
      priority: () => this.cfState().priority,
      stopIfTrue: () => this.cfState().stopIfTrue,
    };
  }
  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }
  get stopIfTrue(): boolean {
    return this.read('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this.write('stopIfTrue', value, () => (this.cfState().stopIfTrue = requireBoolean(value, 'stopIfTrue')));
  }
  private part(name: string): FakeConditionalPart {
    let part = this.parts.get(name);
    if (!part) this.parts.set(name, (part = new FakeConditionalPart(this, name)));
    return part;
  }
  get custom(): FakeConditionalPart {
    return this.part('custom');
  }
  get textComparison(): FakeConditionalPart {
    return this.part('textComparison');
  }
  get cellValue(): FakeConditionalPart {
    return this.part('cellValue');
  }
  delete(): void {
    this.call('delete', [], () => {
      const sheet = this.collection.range.state();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== this.bound);
    });
  }
}

/** `custom`, `textComparison` or `cellValue` of a conditional format: its rule and its format. */
export class FakeConditionalPart extends ClientObject {
  private _format: FakeConditionalRangeFormat | undefined;
  private _rule: FakeConditionalRule | undefined;

  constructor(
    readonly cf: FakeConditionalFormat,
    readonly kind: string,
  ) {
    super(cf.context, `${cf.path}.${kind}`);
  }
  get objectName(): string {
    return 'ConditionalFormatPart';
  }
  cfState(): ConditionalFormatState {
    const state = this.cf.cfState();
    if (CF_TYPES[state.type] !== this.kind) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `A ${state.type} conditional format has no ${this.kind} part.`,
        this.path,
      );
    }
    return state;
  }
  protected check(): void {
    this.cfState();
  }
  protected scalars(): Record<string, () => unknown> {
    return this.kind === 'custom' ? {} : { rule: () => ({ ...this.cfState().rule }) };
  }
  get format(): FakeConditionalRangeFormat {
    return (this._format ??= new FakeConditionalRangeFormat(this));
  }
  /** For `custom` the rule is an object with a formula; for the others, a plain object set whole. */
  get rule(): unknown {
    if (this.kind === 'custom') return (this._rule ??= new FakeConditionalRule(this));
    return this.read('rule');
  }
  set rule(value: unknown) {
    if (this.kind === 'custom') throw new TypeError('custom.rule is read-only: set custom.rule.formula');
    this.write('rule', value, () => {
      if (!value || typeof value !== 'object')
        throw new FakeOfficeError('InvalidArgument', 'A rule must be an object.');
      const rule = value as Record<string, unknown>;
      if (
        this.kind === 'textComparison' &&
        (typeof rule.text !== 'string' || typeof rule.operator !== 'string')
      ) {
        throw new FakeOfficeError('InvalidArgument', 'A text comparison rule needs operator and text.');
      }
      if (
        this.kind === 'cellValue' &&
        (typeof rule.formula1 !== 'string' || typeof rule.operator !== 'string')
      ) {
        throw new FakeOfficeError('InvalidArgument', 'A cell value rule needs formula1 and operator.');
      }
      this.cfState().rule = { ...rule };
    });
  }
}

export class FakeConditionalRule extends ClientObject {
  constructor(readonly part: FakeConditionalPart) {
    super(part.context, `${part.path}.rule`);
  }
  get objectName(): string {
    return 'ConditionalFormatRule';
  }
  protected check(): void {
    this.part.cfState();
  }
  protected scalars(): Record<string, () => unknown> {
    return { formula: () => this.part.cfState().rule.formula ?? '' };
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.write('formula', value, () => {
      if (typeof value !== 'string' || !value.startsWith('=')) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `A conditional format formula must start with "=": ${String(value)}.`,
        );
      }
      this.part.cfState().rule.formula = value;
    });
  }
}

export class FakeConditionalRangeFormat extends ClientObject {
  readonly fill: FakeConditionalColour;
  readonly font: FakeConditionalFont;
  constructor(readonly part: FakeConditionalPart) {
    super(part.context, `${part.path}.format`);
    this.fill = new FakeConditionalColour(this, 'fill');
    this.font = new FakeConditionalFont(this);
  }
  get objectName(): string {
    return 'ConditionalRangeFormat';
  }
  protected check(): void {
    this.part.cfState();
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  protected override navigation(): Record<string, ClientObject> {
    return { fill: this.fill, font: this.font };
  }
}

export class FakeConditionalColour extends ClientObject {
  constructor(
    readonly owner: FakeConditionalRangeFormat,
    readonly key: 'fill',
  ) {
    super(owner.context, `${owner.path}.${key}`);
  }
  get objectName(): string {
    return 'ConditionalRangeFill';
  }
  protected check(): void {
    this.owner.part.cfState();
  }
  protected scalars(): Record<string, () => unknown> {
    return { color: () => this.owner.part.cfState().format.fill ?? null };
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string | null) {
    this.write(
      'color',
      value,
      () => (this.owner.part.cfState().format.fill = requireColour(value, 'fill.color')),
    );
  }
}

export class FakeConditionalFont extends ClientObject {
  constructor(readonly owner: FakeConditionalRangeFormat) {
    super(owner.context, `${owner.path}.font`);
  }
  get objectName(): string {
    return 'ConditionalRangeFont';
  }
  protected check(): void {
    this.owner.part.cfState();
  }
  protected scalars(): Record<string, () => unknown> {
    const f = () => this.owner.part.cfState().format;
    return {
      color: () => f().fontColor ?? null,
      bold: () => f().fontBold ?? null,
      italic: () => f().fontItalic ?? null,
    };
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string | null) {
    this.write(
      'color',
      value,
      () => (this.owner.part.cfState().format.fontColor = requireColour(value, 'font.color')),
    );
  }
  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(value: boolean | null) {
    this.write(
      'bold',
      value,
      () => (this.owner.part.cfState().format.fontBold = requireBoolean(value, 'font.bold')),
    );
  }
  get italic(): boolean | null {
    return this.read('italic');
  }
  set italic(value: boolean | null) {
    this.write(
      'italic',
      value,
      () => (this.owner.part.cfState().format.fontItalic = requireBoolean(value, 'font.italic')),
    );
  }
}

// ---- Data validation ----------------------------------------------------------------------------------

export class FakeDataValidation extends ClientObject {
  constructor(readonly range: FakeRange) {
    super(range.context, `${range.path}.dataValidation`);
  }
  get objectName(): string {
    return 'DataValidation';
  }
  protected check(): void {
    this.range.state();
  }
  private covering() {
    const rect = this.range.area();
    return this.range
      .state()
      .validations.find(
        (v) => v.rect.r0 <= rect.r0 && v.rect.r1 >= rect.r1 && v.rect.c0 <= rect.c0 && v.rect.c1 >= rect.c1,
      );
  }
  /** The validation record for exactly this range, made on first use; overlapping ones give way to it. */
  private own() {
    const rect = this.range.area();
    const sheet = this.range.state();
    let v = sheet.validations.find(
      (x) => x.rect.r0 === rect.r0 && x.rect.r1 === rect.r1 && x.rect.c0 === rect.c0 && x.rect.c1 === rect.c1,
    );
    if (!v) {
      sheet.validations = sheet.validations.filter((x) => !intersects(x.rect, rect));
      v = { rect: { ...rect }, rule: {}, errorAlert: null, prompt: null, ignoreBlanks: true };
      sheet.validations.push(v);
    }
    return v;
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      rule: () => ({ ...(this.covering()?.rule ?? {}) }),
      errorAlert: () => this.covering()?.errorAlert ?? null,
      prompt: () => this.covering()?.prompt ?? null,
      ignoreBlanks: () => this.covering()?.ignoreBlanks ?? true,
      type: () => Object.keys(this.covering()?.rule ?? {})[0] ?? 'None',
    };
  }
  get type(): string {
    return this.read('type');
  }
  get rule(): Record<string, unknown> {
    return this.read('rule');
  }
  set rule(value: Record<string, unknown>) {
    this.write('rule', value, () => {
      const kinds = value && typeof value === 'object' ? Object.keys(value) : [];
      if (kinds.length !== 1)
        throw new FakeOfficeError(
          'InvalidArgument',
          'A data validation rule needs exactly one kind (list, wholeNumber, ...).',
        );
      const list = (value as { list?: { source?: unknown } }).list;
      if (kinds[0] === 'list' && (typeof list?.source !== 'string' || list.source === '')) {
        throw new FakeOfficeError('InvalidArgument', 'A list validation needs a source.');
      }
      if (
        kinds[0] === 'list' &&
        typeof list?.source === 'string' &&
        !list.source.startsWith('=') &&
        list.source.length > 255
      ) {
        throw new FakeOfficeError(
          'InvalidArgument',
          'A list typed into a validation cannot be longer than 255 characters.',
        );
      }
      this.own().rule = JSON.parse(JSON.stringify(value));
    });
  }
  get errorAlert(): Record<string, unknown> | null {
    return this.read('errorAlert');
  }
  set errorAlert(value: Record<string, unknown> | null) {
    this.write('errorAlert', value, () => (this.own().errorAlert = value ? { ...value } : null));
  }
  get prompt(): Record<string, unknown> | null {
    return this.read('prompt');
  }
  set prompt(value: Record<string, unknown> | null) {
    this.write('prompt', value, () => (this.own().prompt = value ? { ...value } : null));
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(value: boolean) {
    this.write(
      'ignoreBlanks',
      value,
      () => (this.own().ignoreBlanks = requireBoolean(value, 'ignoreBlanks')),
    );
  }
  clear(): void {
    this.call('clear', [], () => {
      const rect = this.range.area();
      const sheet = this.range.state();
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    });
  }
}

/** Parses an address given to a worksheet (no sheet part, or this sheet's own name). */
export function rectOnSheet(address: string, sheetName: string, path: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed || (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheetName.toLowerCase())) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `"${address}" is not a range on sheet "${sheetName}".`,
      path,
    );
  }
  return { r0: parsed.r0, c0: parsed.c0, r1: parsed.r1, c1: parsed.c1 };
}
