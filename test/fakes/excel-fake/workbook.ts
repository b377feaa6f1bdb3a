import { formatAddress, parseAddress, quoteSheet, columnLetters, type Rect } from './a1';
import { ClientObject, ClientResult, FakeRequestContext } from './context';
import { FakeRange, rectOnSheet, type SheetHandle } from './range';
import { FakeChartCollection } from './chart';
import { FakePageLayout } from './page-layout';
import { breakReferences, followRename } from './references';
import {
  cellKey,
  definedNameProblem,
  FakeOfficeError,
  keyColumn,
  keyRow,
  newSheet,
  sheetNameProblem,
  type NameState,
  type SheetState,
  type ThreadState,
  type WorkbookState,
} from './state';

function findSheet(wb: WorkbookState, key: string): SheetState | undefined {
  const lower = key.toLowerCase();
  return wb.sheets.find((s) => s.id === key) ?? wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

function renumber(wb: WorkbookState): void {
  wb.sheets.sort((a, b) => a.position - b.position).forEach((s, i) => (s.position = i));
}

export class FakeWorksheet extends ClientObject implements SheetHandle {
  private sheetId: string | null = null;
  private _freezePanes: FakeFreezePanes | undefined;
  private _autoFilter: FakeAutoFilter | undefined;
  private _names: FakeNamedItemCollection | undefined;
  private _notes: FakeThreadCollection | undefined;
  private _comments: FakeThreadCollection | undefined;
  private _charts: FakeChartCollection | undefined;
  private _pageLayout: FakePageLayout | undefined;
  private _customProperties: FakeCustomPropertyCollection | undefined;

  /** @param locate finds (or, for add, makes) the sheet when the creating operation applies at sync. */
  constructor(
    context: FakeRequestContext,
    path: string,
    locate: () => SheetState | undefined,
    nullable = false,
    /** For items of a collection load, which exist already when made inside an applying operation. */
    bound?: SheetState,
  ) {
    super(context, path);
    this.nullState = nullable ? undefined : false;
    if (bound) {
      this.sheetId = bound.id;
      return;
    }
    context.enqueue(path, 'resolve', [], () => {
      const sheet = locate();
      if (!sheet && !nullable)
        throw new FakeOfficeError('ItemNotFound', 'The requested worksheet does not exist.', path);
      this.sheetId = sheet?.id ?? null;
      this.nullState = !sheet;
    });
  }

  get objectName(): string {
    return 'Worksheet';
  }

  sheetState(): SheetState {
    if (this.nullState === true)
      throw new FakeOfficeError('ItemNotFound', 'The requested worksheet does not exist.', this.path);
    const sheet = this.sheetId ? this.context.state.sheets.find((s) => s.id === this.sheetId) : undefined;
    if (!sheet)
      throw new FakeOfficeError(
        'InvalidObjectPath',
        'The worksheet has been deleted or was never resolved.',
        this.path,
      );
    return sheet;
  }

  protected check(): void {
    this.sheetState();
  }

  /** Loads properties from inside an applying operation (the items of a collection load). */
  loadNow(props: string[]): void {
    const readers = this.scalars();
    for (const p of props.length ? props : Object.keys(readers)) {
      const read = readers[p];
      if (!read)
        throw new FakeOfficeError('InvalidArgument', `The property '${p}' does not exist on Worksheet.`);
      this.loaded.set(p, read());
    }
  }

  protected scalars(): Record<string, () => unknown> {
    const s = () => this.sheetState();
    return {
      id: () => s().id,
      name: () => s().name,
      position: () => s().position,
      visibility: () => s().visibility,
      tabColor: () => s().tabColor,
      showGridlines: () => s().showGridlines,
    };
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, () => {
      const problem = sheetNameProblem(value);
      if (problem) throw new FakeOfficeError('InvalidArgument', problem, this.path);
      const other = findSheet(this.context.state, value);
      if (other && other.id !== this.sheetState().id) {
        throw new FakeOfficeError(
          'ItemAlreadyExists',
          `A worksheet named "${value}" already exists.`,
          this.path,
        );
      }
      const me = this.sheetState();
      const before = me.name;
      me.name = value;
      if (before !== value) followRename(this.context.state, before, value);
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.write('position', value, () => {
      const wb = this.context.state;
      if (!Number.isInteger(value) || value < 0 || value >= wb.sheets.length) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `Position ${value} is outside 0 to ${wb.sheets.length - 1}.`,
          this.path,
        );
      }
      const me = this.sheetState();
      const others = wb.sheets.filter((s) => s !== me).sort((a, b) => a.position - b.position);
      others.splice(value, 0, me);
      others.forEach((s, i) => (s.position = i));
      renumber(wb);
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.write('visibility', value, () => {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') {
        throw new FakeOfficeError(
          'InvalidArgument',
          `Visibility must be Visible, Hidden or VeryHidden, not ${String(value)}.`,
        );
      }
      const me = this.sheetState();
      const visibleOthers = this.context.state.sheets.filter((s) => s !== me && s.visibility === 'Visible');
      if (value !== 'Visible' && visibleOthers.length === 0) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'A workbook must keep at least one visible worksheet.',
          this.path,
        );
      }
      me.visibility = value;
    });
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(value: string) {
    this.write('tabColor', value, () => {
      if (value !== '' && !/^#[0-9A-Fa-f]{6}$/.test(value))
        throw new FakeOfficeError('InvalidArgument', `Bad tab colour ${value}.`);
      this.sheetState().tabColor = value.toUpperCase();
    });
  }
  get showGridlines(): boolean {
    return this.read('showGridlines');
  }
  set showGridlines(value: boolean) {
    this.write('showGridlines', value, () => {
      if (typeof value !== 'boolean')
        throw new FakeOfficeError('InvalidArgument', 'showGridlines must be true or false.');
      this.sheetState().showGridlines = value;
    });
  }

  activate(): void {
    this.call('activate', [], () => {
      const me = this.sheetState();
      if (me.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this.context.state.activeSheetId = me.id;
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const wb = this.context.state;
      const me = this.sheetState();
      if (wb.sheets.length === 1)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one worksheet.');
      if (me.visibility === 'Visible' && !wb.sheets.some((s) => s !== me && s.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible worksheet.');
      }
      wb.sheets = wb.sheets.filter((s) => s !== me);
      renumber(wb);
      breakReferences(wb, me.name);
      if (wb.activeSheetId === me.id)
        wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')!.id;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this, `${this.path}.getRange(${address ?? ''})`, () =>
      address === undefined
        ? { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 }
        : rectOnSheet(address, this.sheetState().name, this.path),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this,
      `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        const ok =
          [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n)) &&
          startRow >= 0 &&
          startColumn >= 0 &&
          rowCount > 0 &&
          columnCount > 0;
        if (!ok || startRow + rowCount > 1_048_576 || startColumn + columnCount > 16_384) {
          throw new FakeOfficeError('InvalidArgument', 'The indexes fall outside the worksheet.', this.path);
        }
        return {
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        };
      },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The smallest block holding every cell with a value (valuesOnly) or with anything at all. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of this.sheetState().cells) {
      if (valuesOnly && cell.value === '' && cell.formula === null) continue;
      const r = keyRow(key);
      const c = keyColumn(key);
      if (!rect) rect = { r0: r, r1: r, c0: c, c1: c };
      else {
        rect.r0 = Math.min(rect.r0, r);
        rect.r1 = Math.max(rect.r1, r);
        rect.c0 = Math.min(rect.c0, c);
        rect.c1 = Math.max(rect.c1, c);
      }
    }
    return rect;
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this,
      `${this.path}.getUsedRange(${valuesOnly})`,
      () => this.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => this.usedRect(valuesOnly),
      true,
    );
  }

  get freezePanes(): FakeFreezePanes {
    return (this._freezePanes ??= new FakeFreezePanes(this));
  }
  get autoFilter(): FakeAutoFilter {
    return (this._autoFilter ??= new FakeAutoFilter(this));
  }
  get names(): FakeNamedItemCollection {
    return (this._names ??= new FakeNamedItemCollection(
      this.context,
      `${this.path}.names`,
      () => this.sheetState().names,
      this,
    ));
  }
  get charts(): FakeChartCollection {
    return (this._charts ??= new FakeChartCollection(this));
  }
  get pageLayout(): FakePageLayout {
    return (this._pageLayout ??= new FakePageLayout(this));
  }
  get customProperties(): FakeCustomPropertyCollection {
    return (this._customProperties ??= new FakeCustomPropertyCollection(this));
  }
  get notes(): FakeThreadCollection {
    return (this._notes ??= new FakeThreadCollection(this.context, `${this.path}.notes`, 'notes', () =>
      this.sheetState(),
    ));
  }
  get comments(): FakeThreadCollection {
    return (this._comments ??= new FakeThreadCollection(
      this.context,
      `${this.path}.comments`,
      'comments',
      () => this.sheetState(),
    ));
  }
}

export class FakeWorksheetCollection extends ClientObject {
  private _items: FakeWorksheet[] | null = null;

  constructor(context: FakeRequestContext) {
    super(context, 'workbook.worksheets');
  }
  get objectName(): string {
    return 'WorksheetCollection';
  }
  protected check(): void {}
  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** load('items/name'), load('name, visibility') and load('items') all load each sheet's properties. */
  override load(props?: string | string[] | { select?: string | string[] }): this {
    const list =
      typeof props === 'string'
        ? props.split(',')
        : Array.isArray(props)
          ? props
          : typeof props === 'object'
            ? [props.select ?? ''].flat()
            : [];
    const itemProps = list.map((p) => p.trim().replace(/^items\/?/, '')).filter(Boolean);
    this.context.enqueue(this, 'load', [list], () => {
      const items = [...this.context.state.sheets]
        .sort((a, b) => a.position - b.position)
        .map((s) => new FakeWorksheet(this.context, `${this.path}.items[${s.id}]`, () => s, false, s));
      for (const ws of items) ws.loadNow(itemProps);
      this._items = items;
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this._items)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load and sync first.",
      );
    return this._items;
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.add(${name ?? ''})`, () => {
      const wb = this.context.state;
      let sheetName = name;
      if (sheetName === undefined) {
        let n = wb.sheets.length + 1;
        while (findSheet(wb, `Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      const problem = sheetNameProblem(sheetName);
      if (problem) throw new FakeOfficeError('InvalidArgument', problem, this.path);
      if (findSheet(wb, sheetName)) {
        throw new FakeOfficeError(
          'ItemAlreadyExists',
          `A worksheet named "${sheetName}" already exists.`,
          this.path,
        );
      }
      const sheet = newSheet(wb, sheetName);
      wb.sheets.push(sheet);
      renumber(wb);
      return sheet;
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getItem(${key})`, () =>
      findSheet(this.context.state, key),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getItemOrNullObject(${key})`,
      () => findSheet(this.context.state, key),
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getActiveWorksheet()`, () =>
      this.context.state.sheets.find((s) => s.id === this.context.state.activeSheetId),
    );
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.path, 'getCount', () => this.context.state.sheets.length);
  }
}

export class FakeFreezePanes extends ClientObject {
  constructor(readonly sheet: FakeWorksheet) {
    super(sheet.context, `${sheet.path}.freezePanes`);
  }
  get objectName(): string {
    return 'WorksheetFreezePanes';
  }
  protected check(): void {
    this.sheet.sheetState();
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  freezeRows(count = 1): void {
    this.call('freezeRows', [count], () => (this.sheet.sheetState().frozen = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.call('freezeColumns', [count], () => (this.sheet.sheetState().frozen = { rows: 0, columns: count }));
  }
  /** Freezes the rows above and the columns left of the range's bottom-right corner, plus the range itself. */
  freezeAt(frozenRange: FakeRange | string): void {
    this.call('freezeAt', [frozenRange], () => {
      const sheet = this.sheet.sheetState();
      const rect =
        typeof frozenRange === 'string'
          ? rectOnSheet(frozenRange, sheet.name, this.path)
          : frozenRange.area();
      sheet.frozen = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
    });
  }
  unfreeze(): void {
    this.call('unfreeze', [], () => (this.sheet.sheetState().frozen = { rows: 0, columns: 0 }));
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.sheet,
      `${this.path}.getLocationOrNullObject()`,
      () => {
        const { rows, columns } = this.sheet.sheetState().frozen;
        if (!rows && !columns) return null;
        return { r0: 0, c0: 0, r1: Math.max(rows, 1) - 1, c1: Math.max(columns, 1) - 1 };
      },
      true,
    );
  }
}

export class FakeAutoFilter extends ClientObject {
  constructor(readonly sheet: FakeWorksheet) {
    super(sheet.context, `${sheet.path}.autoFilter`);
  }
  get objectName(): string {
    return 'AutoFilter';
  }
  protected check(): void {
    this.sheet.sheetState();
  }
  protected scalars(): Record<string, () => unknown> {
    const s = () => this.sheet.sheetState();
    return {
      enabled: () => s().autoFilter !== null,
      isDataFiltered: () => Object.keys(s().autoFilter?.criteria ?? {}).length > 0,
    };
  }
  get enabled(): boolean {
    return this.read('enabled');
  }
  get isDataFiltered(): boolean {
    return this.read('isDataFiltered');
  }
  apply(range: FakeRange | string, columnIndex?: number, criteria?: unknown): void {
    this.call('apply', [range, columnIndex, criteria], () => {
      const sheet = this.sheet.sheetState();
      const rect = typeof range === 'string' ? rectOnSheet(range, sheet.name, this.path) : range.area();
      if (typeof range !== 'string' && range.sheet.sheetState() !== sheet) {
        throw new FakeOfficeError('InvalidArgument', 'An auto filter must be on its own worksheet.');
      }
      const criteriaMap: Record<number, unknown> = { ...(sheet.autoFilter?.criteria ?? {}) };
      if (columnIndex !== undefined) criteriaMap[columnIndex] = criteria;
      sheet.autoFilter = { rect: { ...rect }, criteria: criteriaMap };
    });
  }
  clearCriteria(): void {
    this.call('clearCriteria', [], () => {
      const af = this.sheet.sheetState().autoFilter;
      if (af) af.criteria = {};
    });
  }
  remove(): void {
    this.call('remove', [], () => (this.sheet.sheetState().autoFilter = null));
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.sheet,
      `${this.path}.getRangeOrNullObject()`,
      () => this.sheet.sheetState().autoFilter?.rect ?? null,
      true,
    );
  }
}

export class FakeNamedItem extends ClientObject {
  private bound: NameState | null = null;
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly owner: () => Map<string, NameState>,
    locate: () => NameState | undefined,
    nullable = false,
    /** For items of a collection load, which exist already when made inside an applying operation. */
    bound?: NameState,
  ) {
    super(context, path);
    this.nullState = nullable ? undefined : false;
    if (bound) {
      this.bound = bound;
      return;
    }
    context.enqueue(path, 'resolve', [], () => {
      const found = locate();
      if (!found && !nullable)
        throw new FakeOfficeError('ItemNotFound', 'The requested name does not exist.', path);
      this.bound = found ?? null;
      this.nullState = !found;
    });
  }
  get objectName(): string {
    return 'NamedItem';
  }
  /** Loads properties from inside an applying operation (the items of a collection load). */
  loadNow(props: string[]): void {
    const readers = this.scalars();
    for (const p of props.length ? props : Object.keys(readers)) {
      const read = readers[p];
      if (!read)
        throw new FakeOfficeError('InvalidArgument', `The property '${p}' does not exist on NamedItem.`);
      this.loaded.set(p, read());
    }
  }
  private nameState(): NameState {
    if (!this.bound || !this.owner().has(this.bound.name.toLowerCase())) {
      throw new FakeOfficeError('InvalidObjectPath', 'The name has been deleted.', this.path);
    }
    return this.bound;
  }
  protected check(): void {
    this.nameState();
  }
  protected scalars(): Record<string, () => unknown> {
    const n = () => this.nameState();
    return {
      name: () => n().name,
      formula: () => n().formula,
      comment: () => n().comment,
      visible: () => n().visible,
      type: () => 'Range',
    };
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.write(
      'formula',
      value,
      () => (this.nameState().formula = value.startsWith('=') ? value : `=${value}`),
    );
  }
  get comment(): string {
    return this.read('comment');
  }
  set comment(value: string) {
    this.write('comment', value, () => (this.nameState().comment = value));
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.write('visible', value, () => (this.nameState().visible = value));
  }
  get type(): string {
    return this.read('type');
  }
  delete(): void {
    this.call('delete', [], () => this.owner().delete(this.nameState().name.toLowerCase()));
  }

  /** Where the name points now: a sheet and a block, or null for a formula, a constant or #REF!. */
  private target(): { sheet: SheetState; rect: Rect } | null {
    const parsed = parseAddress(this.nameState().formula.replace(/^=/, ''));
    if (!parsed || parsed.sheet === null) return null;
    const sheet = findSheet(this.context.state, parsed.sheet);
    return sheet ? { sheet, rect: { r0: parsed.r0, c0: parsed.c0, r1: parsed.r1, c1: parsed.c1 } } : null;
  }

  private rangeOf(action: string, nullable: boolean): FakeRange {
    let sheetId: string | null = null;
    const handle: SheetHandle = {
      context: this.context,
      path: `${this.path}.${action}.sheet`,
      sheetState: () => {
        const sheet = sheetId ? this.context.state.sheets.find((s) => s.id === sheetId) : undefined;
        if (!sheet)
          throw new FakeOfficeError('InvalidObjectPath', 'The named range has no worksheet.', this.path);
        return sheet;
      },
    };
    return new FakeRange(
      handle,
      `${this.path}.${action}`,
      () => {
        this.guard();
        const target = this.target();
        if (!target) {
          if (nullable) return null;
          throw new FakeOfficeError('InvalidArgument', 'The name does not refer to a range.', this.path);
        }
        sheetId = target.sheet.id;
        return target.rect;
      },
      nullable,
    );
  }

  getRange(): FakeRange {
    return this.rangeOf('getRange()', false);
  }

  getRangeOrNullObject(): FakeRange {
    return this.rangeOf('getRangeOrNullObject()', true);
  }
}

function absoluteReference(range: FakeRange): string {
  const rect = range.area();
  const sheet = range.state().name;
  const from = `$${columnLetters(rect.c0)}$${rect.r0 + 1}`;
  const to = `$${columnLetters(rect.c1)}$${rect.r1 + 1}`;
  return `=${quoteSheet(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

export class FakeNamedItemCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly names: () => Map<string, NameState>,
    readonly scopeSheet: FakeWorksheet | null,
  ) {
    super(context, path);
  }
  get objectName(): string {
    return 'NamedItemCollection';
  }
  protected check(): void {
    this.names();
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  private _items: FakeNamedItem[] | null = null;

  /** load('items/name, items/formula') and the like: every name, with those properties. */
  override load(props?: string | string[] | { select?: string | string[] }): this {
    const list =
      typeof props === 'string'
        ? props.split(',')
        : Array.isArray(props)
          ? props
          : typeof props === 'object'
            ? [props.select ?? ''].flat()
            : [];
    const itemProps = list.map((p) => p.trim().replace(/^items\/?/, '')).filter(Boolean);
    this.context.enqueue(this, 'load', [list], () => {
      this.guard();
      const items: FakeNamedItem[] = [];
      for (const state of this.names().values()) {
        const item = new FakeNamedItem(
          this.context,
          `${this.path}.items[${state.name}]`,
          this.names,
          () => state,
          false,
          state,
        );
        item.loadNow(itemProps);
        items.push(item);
      }
      this._items = items;
    });
    return this;
  }

  get items(): FakeNamedItem[] {
    if (!this._items)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load and sync first.",
      );
    return this._items;
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}.add(${name})`, this.names, () => {
      const problem = definedNameProblem(name);
      if (problem) throw new FakeOfficeError('InvalidArgument', problem, this.path);
      const names = this.names();
      if (names.has(name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `The name "${name}" already exists.`, this.path);
      let formula: string;
      if (typeof reference === 'string') {
        formula = reference.startsWith('=') ? reference : `=${reference}`;
        const target = parseAddress(formula.slice(1));
        if (target?.sheet && !findSheet(this.context.state, target.sheet)) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `The name refers to a sheet that does not exist: ${target.sheet}.`,
          );
        }
      } else {
        formula = absoluteReference(reference);
      }
      const state: NameState = { name, formula, comment: comment ?? '', visible: true };
      names.set(name.toLowerCase(), state);
      return state;
    });
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}.getItem(${name})`, this.names, () =>
      this.names().get(name.toLowerCase()),
    );
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `${this.path}.getItemOrNullObject(${name})`,
      this.names,
      () => this.names().get(name.toLowerCase()),
      true,
    );
  }
  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.path, 'getCount', () => this.names().size);
  }
}

/** Excel's default note box, in points. */
const NOTE_WIDTH = 144;
const NOTE_HEIGHT = 79;

/** A note or a comment: content on one cell. */
export class FakeThread extends ClientObject {
  private bound: ThreadState | null = null;
  constructor(
    readonly collection: FakeThreadCollection,
    path: string,
    locate: () => ThreadState,
  ) {
    super(collection.context, path);
    collection.context.enqueue(path, 'resolve', [], () => (this.bound = locate()));
  }
  get objectName(): string {
    return this.collection.kind === 'notes' ? 'Note' : 'Comment';
  }
  private threadState(): ThreadState {
    if (!this.bound || !this.collection.list().includes(this.bound))
      throw new FakeOfficeError('InvalidObjectPath', 'It has been deleted.');
    return this.bound;
  }
  protected check(): void {
    this.threadState();
  }
  protected scalars(): Record<string, () => unknown> {
    const base = { content: () => this.threadState().content, id: () => this.threadState().id };
    if (this.collection.kind !== 'notes') return base;
    return {
      ...base,
      width: () => this.threadState().width ?? NOTE_WIDTH,
      height: () => this.threadState().height ?? NOTE_HEIGHT,
    };
  }
  get content(): string {
    return this.read('content');
  }
  set content(value: string) {
    this.write('content', value, () => (this.threadState().content = String(value)));
  }
  private size(prop: 'width' | 'height', value: number): void {
    this.write(prop, value, () => {
      if (this.collection.kind !== 'notes')
        throw new FakeOfficeError('InvalidArgument', `A comment has no ${prop}.`, this.path);
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 4000)
        throw new FakeOfficeError('InvalidArgument', `A note's ${prop} must be a positive number of points.`);
      this.threadState()[prop] = value;
    });
  }
  get width(): number {
    return this.read('width');
  }
  set width(value: number) {
    this.size('width', value);
  }
  get height(): number {
    return this.read('height');
  }
  set height(value: number) {
    this.size('height', value);
  }
  delete(): void {
    this.call('delete', [], () => {
      const list = this.collection.list();
      list.splice(list.indexOf(this.threadState()), 1);
    });
  }
}

/**
 * worksheet.notes / workbook.notes (ExcelApi 1.18) and worksheet.comments / workbook.comments (1.10): one
 * per cell; adding a second to a cell fails, as in Excel.
 */
export class FakeThreadCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly kind: 'notes' | 'comments',
    /** The sheet for a worksheet's collection; for the workbook's, the address must name the sheet. */
    readonly sheetOf: (() => SheetState) | null,
  ) {
    super(context, path);
  }
  get objectName(): string {
    return this.kind === 'notes' ? 'NoteCollection' : 'CommentCollection';
  }
  protected check(): void {
    this.sheetOf?.();
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  private all(): ThreadState[] {
    return this.context.state.sheets.flatMap((s) => s[this.kind]);
  }
  list(): ThreadState[] {
    return this.sheetOf ? this.sheetOf()[this.kind] : this.all();
  }
  private locate(cellAddress: FakeRange | string): { sheet: SheetState; row: number; column: number } {
    let sheet: SheetState | undefined;
    let rect: Rect;
    if (typeof cellAddress === 'string') {
      const parsed = parseAddress(cellAddress);
      if (!parsed) throw new FakeOfficeError('InvalidArgument', `"${cellAddress}" is not a cell address.`);
      sheet = parsed.sheet !== null ? findSheet(this.context.state, parsed.sheet) : this.sheetOf?.();
      rect = parsed;
    } else {
      sheet = cellAddress.state();
      rect = cellAddress.area();
    }
    if (!sheet)
      throw new FakeOfficeError('InvalidArgument', `"${String(cellAddress)}" does not name a worksheet.`);
    if (this.sheetOf && sheet !== this.sheetOf())
      throw new FakeOfficeError('InvalidArgument', 'The cell is on another worksheet.');
    if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1)
      throw new FakeOfficeError(
        'InvalidArgument',
        `A ${this.kind === 'notes' ? 'note' : 'comment'} belongs to one cell.`,
      );
    return { sheet, row: rect.r0, column: rect.c0 };
  }
  add(cellAddress: FakeRange | string, content: string): FakeThread {
    return new FakeThread(
      this,
      `${this.path}.add(${typeof cellAddress === 'string' ? cellAddress : cellAddress.path})`,
      () => {
        this.guard();
        const { sheet, row, column } = this.locate(cellAddress);
        if (sheet[this.kind].some((t) => t.row === row && t.column === column)) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `The cell ${formatAddress(sheet.name, { r0: row, c0: column, r1: row, c1: column })} already has one.`,
          );
        }
        if (typeof content !== 'string')
          throw new FakeOfficeError('InvalidArgument', 'The content must be text.');
        const thread: ThreadState = { id: `t${this.context.state.nextId++}`, row, column, content };
        sheet[this.kind].push(thread);
        return thread;
      },
    );
  }
  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.path, 'getCount', () => this.list().length);
  }
}

export class FakeApplication extends ClientObject {
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.application');
  }
  get objectName(): string {
    return 'Application';
  }
  protected check(): void {}
  protected scalars(): Record<string, () => unknown> {
    return { calculationMode: () => this.context.state.calculationMode };
  }
  get calculationMode(): string {
    return this.read('calculationMode');
  }
  set calculationMode(value: string) {
    this.write('calculationMode', value, () => {
      if (value !== 'Automatic' && value !== 'AutomaticExceptTables' && value !== 'Manual') {
        throw new FakeOfficeError('InvalidArgument', `Unknown calculation mode ${String(value)}.`);
      }
      this.context.state.calculationMode = value;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call('suspendScreenUpdatingUntilNextSync', [], () =>
      this.context.state.applicationLog.push('suspendScreenUpdatingUntilNextSync'),
    );
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', [], () =>
      this.context.state.applicationLog.push('suspendApiCalculationUntilNextSync'),
    );
  }
  calculate(calculationType: string): void {
    this.call('calculate', [calculationType], () => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType)) {
        throw new FakeOfficeError('InvalidArgument', `Unknown calculation type ${String(calculationType)}.`);
      }
      this.context.state.applicationLog.push(`calculate:${calculationType}`);
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly names: FakeNamedItemCollection;
  readonly comments: FakeThreadCollection;
  readonly notes: FakeThreadCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
    this.names = new FakeNamedItemCollection(context, 'workbook.names', () => context.state.names, null);
    this.comments = new FakeThreadCollection(context, 'workbook.comments', 'comments', null);
    this.notes = new FakeThreadCollection(context, 'workbook.notes', 'notes', null);
  }
}

/** A cell's state by sheet name and A1 address, for tests to check what a writer left behind. */
export function cellAt(state: WorkbookState, sheetName: string, address: string) {
  const sheet = findSheet(state, sheetName);
  const at = parseAddress(address);
  if (!sheet || !at) return undefined;
  return sheet.cells.get(cellKey(at.r0, at.c0));
}

export { findSheet };

/** worksheet.customProperties (ExcelApi 1.12): key/value text the workbook keeps with a sheet. */
export class FakeCustomProperty extends ClientObject {
  private bound: { key: string; value: string } | null = null;
  constructor(
    readonly collection: FakeCustomPropertyCollection,
    path: string,
    locate: () => { key: string; value: string } | undefined,
    nullable: boolean,
  ) {
    super(collection.context, path);
    this.nullState = nullable ? undefined : false;
    collection.context.enqueue(path, 'resolve', [], () => {
      const found = locate();
      if (!found && !nullable)
        throw new FakeOfficeError('ItemNotFound', 'The requested custom property does not exist.', path);
      this.bound = found ?? null;
      this.nullState = !found;
    });
  }
  get objectName(): string {
    return 'WorksheetCustomProperty';
  }
  private propState() {
    if (!this.bound)
      throw new FakeOfficeError('InvalidObjectPath', 'The custom property is gone.', this.path);
    return this.bound;
  }
  protected check(): void {
    this.collection.sheet.sheetState();
    this.propState();
  }
  protected scalars(): Record<string, () => unknown> {
    return { key: () => this.propState().key, value: () => this.propState().value };
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  set value(value: string) {
    this.write('value', value, () => (this.propState().value = String(value)));
  }
  delete(): void {
    this.call('delete', [], () =>
      this.collection.sheet.sheetState().customProperties.delete(this.propState().key.toLowerCase()),
    );
  }
}

export class FakeCustomPropertyCollection extends ClientObject {
  constructor(readonly sheet: FakeWorksheet) {
    super(sheet.context, `${sheet.path}.customProperties`);
  }
  get objectName(): string {
    return 'WorksheetCustomPropertyCollection';
  }
  protected check(): void {
    this.sheet.sheetState();
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  /** Adds the property, or sets its value if the sheet has it already (as Excel does). */
  add(key: string, value: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this,
      `${this.path}.add(${key})`,
      () => {
        this.guard();
        if (typeof key !== 'string' || key === '' || key.length > 255)
          throw new FakeOfficeError(
            'InvalidArgument',
            'A custom property needs a key of 1 to 255 characters.',
          );
        const props = this.sheet.sheetState().customProperties;
        const entry = props.get(key.toLowerCase()) ?? { key, value: '' };
        entry.value = String(value);
        props.set(key.toLowerCase(), entry);
        return entry;
      },
      false,
    );
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this,
      `${this.path}.getItemOrNullObject(${key})`,
      () => {
        this.guard();
        return this.sheet.sheetState().customProperties.get(key.toLowerCase());
      },
      true,
    );
  }
  getCount(): ClientResult<number> {
    return new ClientResult(
      this.context,
      this.path,
      'getCount',
      () => this.sheet.sheetState().customProperties.size,
    );
  }
}
