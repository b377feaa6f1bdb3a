import { MAX_COLUMNS, type Rect } from './a1';
import { ClientObject } from './context';
import { rectOnSheet, type FakeRange } from './range';
import { FakeOfficeError } from './state';
import type { FakeWorksheet } from './workbook';

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_SIZES = ['A3', 'A4', 'A5', 'Letter', 'Legal', 'Tabloid'];
const MARGINS = {
  leftMargin: 'left',
  rightMargin: 'right',
  topMargin: 'top',
  bottomMargin: 'bottom',
  headerMargin: 'header',
  footerMargin: 'footer',
} as const;

/** worksheet.pageLayout (ExcelApi 1.9): what printing the sheet gives. */
export class FakePageLayout extends ClientObject {
  constructor(readonly sheet: FakeWorksheet) {
    super(sheet.context, `${sheet.path}.pageLayout`);
  }
  get objectName(): string {
    return 'PageLayout';
  }
  protected check(): void {
    this.sheet.sheetState();
  }
  private layout() {
    return this.sheet.sheetState().pageLayout;
  }
  protected scalars(): Record<string, () => unknown> {
    const margins = Object.fromEntries(
      Object.entries(MARGINS).map(([prop, key]) => [prop, () => this.layout().margins[key]]),
    );
    return {
      orientation: () => this.layout().orientation,
      paperSize: () => this.layout().paperSize,
      zoom: () => ({ ...this.layout().zoom }),
      ...margins,
    };
  }
  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(value: string) {
    this.write('orientation', value, () => {
      if (!ORIENTATIONS.includes(value))
        throw new FakeOfficeError('InvalidArgument', `Orientation ${String(value)}?`);
      this.layout().orientation = value;
    });
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(value: string) {
    this.write('paperSize', value, () => {
      if (!PAPER_SIZES.includes(value))
        throw new FakeOfficeError('InvalidArgument', `Paper size ${String(value)}?`);
      this.layout().paperSize = value;
    });
  }
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this.read('zoom');
  }
  set zoom(value: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.write('zoom', value, () => {
      const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = value ?? {};
      if (scale !== undefined && (wide !== undefined || tall !== undefined))
        throw new FakeOfficeError('InvalidArgument', 'A zoom is a scale or pages to fit, not both.');
      if (scale !== undefined && !(scale >= 10 && scale <= 400))
        throw new FakeOfficeError('InvalidArgument', 'A print scale is from 10 to 400.');
      for (const n of [wide, tall])
        if (n !== undefined && !(Number.isInteger(n) && n >= 0))
          throw new FakeOfficeError('InvalidArgument', 'Pages to fit must be a whole number.');
      this.layout().zoom = { ...value };
    });
  }
  private margin(prop: keyof typeof MARGINS, value: number): void {
    this.write(prop, value, () => {
      if (typeof value !== 'number' || !(value >= 0 && value < 1000))
        throw new FakeOfficeError('InvalidArgument', `${prop} must be a number of points.`);
      this.layout().margins[MARGINS[prop]] = value;
    });
  }
  set leftMargin(v: number) {
    this.margin('leftMargin', v);
  }
  get leftMargin(): number {
    return this.read('leftMargin');
  }
  set rightMargin(v: number) {
    this.margin('rightMargin', v);
  }
  get rightMargin(): number {
    return this.read('rightMargin');
  }
  set topMargin(v: number) {
    this.margin('topMargin', v);
  }
  get topMargin(): number {
    return this.read('topMargin');
  }
  set bottomMargin(v: number) {
    this.margin('bottomMargin', v);
  }
  get bottomMargin(): number {
    return this.read('bottomMargin');
  }
  set headerMargin(v: number) {
    this.margin('headerMargin', v);
  }
  get headerMargin(): number {
    return this.read('headerMargin');
  }
  set footerMargin(v: number) {
    this.margin('footerMargin', v);
  }
  get footerMargin(): number {
    return this.read('footerMargin');
  }

  private rectOf(range: FakeRange | string): Rect {
    const sheet = this.sheet.sheetState();
    if (typeof range === 'string') return rectOnSheet(range, sheet.name, this.path);
    if (range.state() !== sheet)
      throw new FakeOfficeError('InvalidArgument', 'The range is on another sheet.');
    return range.area();
  }

  setPrintArea(range: FakeRange | string): void {
    this.call('setPrintArea', [range], () => (this.layout().printArea = { ...this.rectOf(range) }));
  }

  /** Rows repeated at the top of each page: whole rows, as Excel insists. */
  setPrintTitleRows(range: FakeRange | string): void {
    this.call('setPrintTitleRows', [range], () => {
      const rect = this.rectOf(range);
      if (rect.c0 !== 0 || rect.c1 !== MAX_COLUMNS - 1)
        throw new FakeOfficeError('InvalidArgument', 'Print title rows must be whole rows, such as "4:7".');
      this.layout().titleRows = { from: rect.r0, to: rect.r1 };
    });
  }
}
