import { formatAddress, rectColumns, rectRows, type Rect } from './a1';
import { ClientObject, ClientResult } from './context';
import { rectOnSheet, requireColour, type FakeRange } from './range';
import { FakeOfficeError, type ChartSeriesState, type ChartState } from './state';
import type { FakeWorksheet } from './workbook';

/**
 * worksheet.charts: the part of Excel's chart API a writer needs to draw a chart over cells it wrote. Series
 * come from the source block as Excel makes them (first row names, first column categories), so asking for a
 * series the block does not have fails as it would in Excel.
 */
const CHART_TYPES = [
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'Line',
  'Pie',
  'Doughnut',
  'Area',
];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
const LEGEND_POSITIONS = ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'];

function requireBoolean(value: unknown, prop: string): boolean {
  if (typeof value !== 'boolean')
    throw new FakeOfficeError('InvalidArgument', `${prop} must be true or false.`);
  return value;
}

function requireNumberOrNull(value: unknown, prop: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new FakeOfficeError('InvalidArgument', `${prop} must be a number.`);
  return value;
}

function cellText(sheet: ReturnType<FakeWorksheet['sheetState']>, r: number, c: number): string {
  const cell = sheet.cells.get(r * 16_384 + c);
  return cell ? String(cell.value) : '';
}

export class FakeChartCollection extends ClientObject {
  constructor(readonly sheet: FakeWorksheet) {
    super(sheet.context, `${sheet.path}.charts`);
  }
  get objectName(): string {
    return 'ChartCollection';
  }
  protected check(): void {
    this.sheet.sheetState();
  }
  protected scalars(): Record<string, () => unknown> {
    return { count: () => this.sheet.sheetState().charts.length };
  }
  get count(): number {
    return this.read('count');
  }

  add(type: string, sourceData: FakeRange | string, seriesBy = 'Auto'): FakeChart {
    const chart = new FakeChart(this, `${this.path}.add(${type})`);
    this.call('add', [type, sourceData, seriesBy], () => {
      if (!CHART_TYPES.includes(type))
        throw new FakeOfficeError('InvalidArgument', `The fake does not know chart type "${type}".`);
      if (!SERIES_BY.includes(seriesBy))
        throw new FakeOfficeError(
          'InvalidArgument',
          `seriesBy must be Auto, Columns or Rows, not ${seriesBy}.`,
        );
      const sheet = this.sheet.sheetState();
      let source: Rect;
      if (typeof sourceData === 'string') source = rectOnSheet(sourceData, sheet.name, this.path);
      else {
        if (sourceData.state() !== sheet)
          throw new FakeOfficeError('InvalidArgument', 'The fake draws charts from their own sheet only.');
        source = sourceData.area();
      }
      if (rectRows(source) < 2 || rectColumns(source) < 2)
        throw new FakeOfficeError('InvalidArgument', 'A chart needs a header row and a label column.');
      const byColumns =
        seriesBy === 'Columns' || (seriesBy === 'Auto' && rectRows(source) >= rectColumns(source));
      const series: ChartSeriesState[] = [];
      if (byColumns) {
        for (let c = source.c0 + 1; c <= source.c1; c++)
          series.push({
            name: cellText(sheet, source.r0, c),
            fill: null,
            dataLabels: { showValue: false, fontColor: null },
          });
      } else {
        for (let r = source.r0 + 1; r <= source.r1; r++)
          series.push({
            name: cellText(sheet, r, source.c0),
            fill: null,
            dataLabels: { showValue: false, fontColor: null },
          });
      }
      const state: ChartState = {
        id: `chart${this.context.state.nextId++}`,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        seriesBy: byColumns ? 'Columns' : 'Rows',
        source: { ...source },
        title: '',
        series,
        categoryAxis: { reversePlotOrder: false },
        valueAxis: { minimum: null, maximum: null },
        legend: { visible: true, position: 'Right' },
        dataLabels: { showValue: false },
        position: null,
      };
      sheet.charts.push(state);
      chart.bind(state);
    });
    return chart;
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.path, 'getCount', () => this.sheet.sheetState().charts.length);
  }
}

/** A chart proxy, and the small objects hanging from it, share one way to reach the chart's state. */
abstract class ChartPart extends ClientObject {
  constructor(
    readonly chart: FakeChart,
    path: string,
  ) {
    super(chart.context, path);
  }
  protected check(): void {
    this.chart.chartState();
  }
  /** A settable property: validated and stored when the write applies. */
  protected settable<T>(prop: string, value: T, store: (state: ChartState) => void): void {
    this.write(prop, value, () => store(this.chart.chartState()));
  }
}

export class FakeChart extends ClientObject {
  private bound: ChartState | null = null;
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;
  readonly axes: FakeChartAxes;
  readonly legend: FakeChartLegend;
  readonly dataLabels: FakeChartDataLabels;

  constructor(
    readonly collection: FakeChartCollection,
    path: string,
  ) {
    super(collection.context, path);
    this.title = new FakeChartTitle(this);
    this.series = new FakeChartSeriesCollection(this);
    this.axes = new FakeChartAxes(this);
    this.legend = new FakeChartLegend(this);
    this.dataLabels = new FakeChartDataLabels(this, `${path}.dataLabels`, (s) => s.dataLabels);
  }
  get objectName(): string {
    return 'Chart';
  }
  bind(state: ChartState): void {
    this.bound = state;
  }
  chartState(): ChartState {
    const sheet = this.collection.sheet.sheetState();
    if (!this.bound || !sheet.charts.includes(this.bound))
      throw new FakeOfficeError(
        'InvalidObjectPath',
        'The chart was not added or has been deleted.',
        this.path,
      );
    return this.bound;
  }
  protected check(): void {
    this.chartState();
  }
  protected scalars(): Record<string, () => unknown> {
    return { name: () => this.chartState().name, chartType: () => this.chartState().type };
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, () => (this.chartState().name = String(value)));
  }
  get chartType(): string {
    return this.read('chartType');
  }

  /** Places the chart over cells: from the top-left of `start` to the bottom-right of `end`. */
  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    this.call('setPosition', [start, end], () => {
      const sheet = this.collection.sheet.sheetState();
      const rect = (r: FakeRange | string) =>
        typeof r === 'string' ? rectOnSheet(r, sheet.name, this.path) : r.area();
      const a = rect(start);
      const b = end === undefined ? a : rect(end);
      if (b.r1 < a.r0 || b.c1 < a.c0)
        throw new FakeOfficeError(
          'InvalidArgument',
          `The end of ${formatAddress(sheet.name, a)} is before its start.`,
        );
      this.chartState().position = { r0: a.r0, c0: a.c0, r1: b.r1, c1: b.c1 };
    });
  }

  delete(): void {
    this.call('delete', [], () => {
      const sheet = this.collection.sheet.sheetState();
      sheet.charts = sheet.charts.filter((c) => c !== this.chartState());
    });
  }
}

export class FakeChartTitle extends ChartPart {
  constructor(chart: FakeChart) {
    super(chart, `${chart.path}.title`);
  }
  get objectName(): string {
    return 'ChartTitle';
  }
  protected scalars(): Record<string, () => unknown> {
    return { text: () => this.chart.chartState().title };
  }
  get text(): string {
    return this.read('text');
  }
  set text(value: string) {
    this.settable('text', value, (s) => {
      if (typeof value !== 'string')
        throw new FakeOfficeError('InvalidArgument', 'A chart title must be text.');
      s.title = value;
    });
  }
}

export class FakeChartLegend extends ChartPart {
  constructor(chart: FakeChart) {
    super(chart, `${chart.path}.legend`);
  }
  get objectName(): string {
    return 'ChartLegend';
  }
  protected scalars(): Record<string, () => unknown> {
    return {
      position: () => this.chart.chartState().legend.position,
      visible: () => this.chart.chartState().legend.visible,
    };
  }
  get position(): string {
    return this.read('position');
  }
  set position(value: string) {
    this.settable('position', value, (s) => {
      if (!LEGEND_POSITIONS.includes(value))
        throw new FakeOfficeError('InvalidArgument', `Unknown legend position ${String(value)}.`);
      s.legend.position = value;
    });
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.settable('visible', value, (s) => (s.legend.visible = requireBoolean(value, 'legend.visible')));
  }
}

export class FakeChartAxes extends ChartPart {
  readonly categoryAxis: FakeChartAxis;
  readonly valueAxis: FakeChartAxis;
  constructor(chart: FakeChart) {
    super(chart, `${chart.path}.axes`);
    this.categoryAxis = new FakeChartAxis(chart, `${this.path}.categoryAxis`, 'category');
    this.valueAxis = new FakeChartAxis(chart, `${this.path}.valueAxis`, 'value');
  }
  get objectName(): string {
    return 'ChartAxes';
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
}

export class FakeChartAxis extends ChartPart {
  constructor(
    chart: FakeChart,
    path: string,
    readonly kind: 'category' | 'value',
  ) {
    super(chart, path);
  }
  get objectName(): string {
    return 'ChartAxis';
  }
  protected scalars(): Record<string, () => unknown> {
    const s = () => this.chart.chartState();
    return {
      reversePlotOrder: () => s().categoryAxis.reversePlotOrder,
      minimum: () => s().valueAxis.minimum,
      maximum: () => s().valueAxis.maximum,
    };
  }
  get reversePlotOrder(): boolean {
    return this.read('reversePlotOrder');
  }
  set reversePlotOrder(value: boolean) {
    this.settable('reversePlotOrder', value, (s) => {
      if (this.kind !== 'category')
        throw new FakeOfficeError('InvalidArgument', 'The fake reverses the category axis only.');
      s.categoryAxis.reversePlotOrder = requireBoolean(value, 'reversePlotOrder');
    });
  }
  private bound(prop: 'minimum' | 'maximum', value: number | null): void {
    this.settable(prop, value, (s) => {
      if (this.kind !== 'value')
        throw new FakeOfficeError('InvalidArgument', `A category axis has no ${prop} in the fake.`);
      s.valueAxis[prop] = requireNumberOrNull(value, prop);
    });
  }
  get minimum(): number | null {
    return this.read('minimum');
  }
  set minimum(value: number | null) {
    this.bound('minimum', value);
  }
  get maximum(): number | null {
    return this.read('maximum');
  }
  set maximum(value: number | null) {
    this.bound('maximum', value);
  }
}

export class FakeChartDataLabels extends ChartPart {
  readonly format: { font: FakeChartFont };
  constructor(
    chart: FakeChart,
    path: string,
    readonly labels: (state: ChartState) => { showValue: boolean; fontColor?: string | null },
  ) {
    super(chart, path);
    this.format = { font: new FakeChartFont(chart, `${path}.format.font`, (s) => this.labels(s)) };
  }
  get objectName(): string {
    return 'ChartDataLabels';
  }
  protected scalars(): Record<string, () => unknown> {
    return { showValue: () => this.labels(this.chart.chartState()).showValue };
  }
  get showValue(): boolean {
    return this.read('showValue');
  }
  set showValue(value: boolean) {
    this.settable('showValue', value, (s) => (this.labels(s).showValue = requireBoolean(value, 'showValue')));
  }
}

export class FakeChartFont extends ChartPart {
  constructor(
    chart: FakeChart,
    path: string,
    readonly owner: (state: ChartState) => { fontColor?: string | null },
  ) {
    super(chart, path);
  }
  get objectName(): string {
    return 'ChartFont';
  }
  protected scalars(): Record<string, () => unknown> {
    return { color: () => this.owner(this.chart.chartState()).fontColor ?? null };
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string | null) {
    this.settable('color', value, (s) => (this.owner(s).fontColor = requireColour(value, 'font.color')));
  }
}

export class FakeChartSeriesCollection extends ChartPart {
  constructor(chart: FakeChart) {
    super(chart, `${chart.path}.series`);
  }
  get objectName(): string {
    return 'ChartSeriesCollection';
  }
  protected scalars(): Record<string, () => unknown> {
    return { count: () => this.chart.chartState().series.length };
  }
  get count(): number {
    return this.read('count');
  }
  getItemAt(index: number): FakeChartSeries {
    const series = new FakeChartSeries(this.chart, `${this.path}.getItemAt(${index})`, index);
    this.call('getItemAt', [index], () => {
      const all = this.chart.chartState().series;
      if (!Number.isInteger(index) || index < 0 || index >= all.length)
        throw new FakeOfficeError('ItemNotFound', `The chart has no series ${index} (it has ${all.length}).`);
    });
    return series;
  }
  getCount(): ClientResult<number> {
    return new ClientResult(this.context, this.path, 'getCount', () => this.chart.chartState().series.length);
  }
}

export class FakeChartSeries extends ChartPart {
  readonly format: { fill: FakeChartFill };
  readonly dataLabels: FakeChartDataLabels;
  constructor(
    chart: FakeChart,
    path: string,
    readonly index: number,
  ) {
    super(chart, path);
    this.format = { fill: new FakeChartFill(chart, `${path}.format.fill`, (s) => this.seriesOf(s)) };
    this.dataLabels = new FakeChartDataLabels(
      chart,
      `${path}.dataLabels`,
      (s) => this.seriesOf(s).dataLabels,
    );
  }
  seriesOf(state: ChartState): ChartSeriesState {
    const series = state.series[this.index];
    if (!series)
      throw new FakeOfficeError('ItemNotFound', `The chart has no series ${this.index}.`, this.path);
    return series;
  }
  get objectName(): string {
    return 'ChartSeries';
  }
  protected scalars(): Record<string, () => unknown> {
    return { name: () => this.seriesOf(this.chart.chartState()).name };
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.settable('name', value, (s) => (this.seriesOf(s).name = String(value)));
  }
}

export class FakeChartFill extends ChartPart {
  constructor(
    chart: FakeChart,
    path: string,
    readonly series: (state: ChartState) => ChartSeriesState,
  ) {
    super(chart, path);
  }
  get objectName(): string {
    return 'ChartFill';
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  setSolidColor(color: string): void {
    this.call('setSolidColor', [color], () => {
      this.series(this.chart.chartState()).fill = requireColour(color, 'fill color');
    });
  }
  clear(): void {
    this.call('clear', [], () => (this.series(this.chart.chartState()).fill = null));
  }
}
