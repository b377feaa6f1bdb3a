import ExcelJS from 'exceljs';
import { excelDate, isoToSerial, quoteSheet, rangeAddress, address } from '../../plan/cells';
import type {
  CellStyle,
  ChartPlan,
  CellValue,
  ConditionalFormat,
  ListValidation,
  PlannedSheet,
  Range,
  SheetPlan,
  ValueBlock,
} from '../../plan/types';
import { drawChart } from './chart-image';
import { sizeNotesToText } from './note-size';

/**
 * Renders a sheet plan into an ExcelJS workbook. It decides nothing about layout: every value, format
 * and rule comes from the plan. Formulas come only from the plan's formula and days-left cells.
 */
export function planToWorkbook(plan: SheetPlan, options: { now?: Date } = {}): ExcelJS.Workbook {
  sizeNotesToText();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OIC Tracker';
  wb.created = options.now ?? new Date();
  wb.modified = wb.created;
  // Cached results are as of the plan's date; let Excel work formulas out afresh when it opens the file.
  wb.calcProperties = { fullCalcOnLoad: true };
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];

  for (const sheet of plan.sheets) writeSheet(wb, sheet, plan.font);
  for (const n of plan.names) {
    wb.definedNames.add(`${quoteSheet(n.sheet)}!${rangeAddress(n.range, true)}`, n.name);
  }
  return wb;
}

/** The .xlsx file's bytes. */
export async function renderXlsx(plan: SheetPlan, options: { now?: Date } = {}): Promise<Buffer> {
  const wb = planToWorkbook(plan, options);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

type Font = SheetPlan['font'];

function writeSheet(wb: ExcelJS.Workbook, plan: PlannedSheet, font: Font): void {
  const ws = wb.addWorksheet(plan.name, {
    state: plan.visibility,
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    views: plan.freeze
      ? [
          {
            state: 'frozen',
            xSplit: plan.freeze.columns,
            ySplit: plan.freeze.rows,
            activeCell: address(plan.freeze.rows + 1, plan.freeze.columns + 1),
          },
        ]
      : [],
  });

  plan.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row).height = height;

  for (const block of plan.blocks) writeBlock(ws, block, font);
  for (const m of plan.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const f of plan.formats) forEachCell(f.range, (r, c) => applyStyle(ws.getCell(r, c), f.style, font));
  for (const n of plan.notes) ws.getCell(n.row, n.col).note = n.text;
  for (const v of plan.validations) addValidation(ws, v);
  let priority = 1;
  for (const cf of plan.conditionalFormats) priority = addConditionalFormat(ws, cf, priority);
  for (const chart of plan.charts ?? []) addChartPicture(wb, ws, chart, font);
  if (plan.autoFilter) ws.autoFilter = rangeAddress(plan.autoFilter);
  if (plan.print) {
    ws.pageSetup = {
      orientation: plan.print.orientation,
      paperSize: 9, // A4
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: rangeAddress(plan.print.area),
      ...(plan.print.titleRows
        ? { printTitlesRow: `${plan.print.titleRows.from}:${plan.print.titleRows.to}` }
        : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    };
  }
}

/** ExcelJS cannot write charts: the chart goes in as a picture of itself, with a line saying so. */
function addChartPicture(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, chart: ChartPlan, font: Font): void {
  const { png } = drawChart(chart);
  const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, {
    tl: { col: chart.anchor.left - 1, row: chart.anchor.top - 1 },
    ext: { width: chart.width, height: chart.height },
    editAs: 'oneCell',
  });
  const below = ws.getCell(chart.anchor.bottom + 1, chart.anchor.left);
  below.value = chart.pictureNote;
  below.font = { name: font.name, size: font.size - 1, italic: true, color: { argb: 'FF404040' } };
}

function writeBlock(ws: ExcelJS.Worksheet, block: ValueBlock, font: Font): void {
  block.values.forEach((rowValues, r) => {
    const row = ws.getRow(block.row + r);
    rowValues.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(block.col + c);
      cell.value = toExcelValue(value);
      cell.font = { name: font.name, size: font.size };
      if (typeof value === 'object' && value.kind === 'date') {
        cell.numFmt = value.iso.length > 10 ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy';
      }
    });
  });
}

/**
 * A plain string stays a plain string: ExcelJS stores it as text whatever it starts with, so a letter's
 * "=HYPERLINK(...)" is never a formula. Only the plan's own formula cells become formulas.
 */
export function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  switch (value.kind) {
    case 'date':
      return isoToSerial(value.iso);
    case 'formula':
      return { formula: value.formula, result: value.value } as ExcelJS.CellFormulaValue;
    case 'daysLeft':
      // A plain formula over the as-of cell, so the file works without the add-in.
      return {
        formula: `${excelDate(value.deadline)}-${value.asOfName}`,
        result: value.value,
      } as ExcelJS.CellFormulaValue;
  }
}

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

function forEachCell(range: Range, fn: (row: number, col: number) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) fn(r, c);
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle, base: Font): void {
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.fontColor || style.bold !== undefined || style.italic !== undefined || style.fontSize) {
    const font: Partial<ExcelJS.Font> = { name: base.name, size: base.size, ...(cell.font ?? {}) };
    if (style.fontColor) font.color = { argb: argb(style.fontColor) };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize) font.size = style.fontSize;
    cell.font = font;
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.wrap !== undefined || style.horizontal || style.vertical) {
    const alignment: Partial<ExcelJS.Alignment> = { ...(cell.alignment ?? {}) };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = style.vertical;
    cell.alignment = alignment;
  }
  if (style.border || style.borderBottom) {
    const border: Partial<ExcelJS.Borders> = { ...(cell.border ?? {}) };
    if (style.border) {
      const edge = { style: style.border.style, color: { argb: argb(style.border.color) } };
      border.top = edge;
      border.left = edge;
      border.right = edge;
      border.bottom = edge;
    }
    if (style.borderBottom) {
      border.bottom = { style: style.borderBottom.style, color: { argb: argb(style.borderBottom.color) } };
    }
    cell.border = border;
  }
}

function addValidation(ws: ExcelJS.Worksheet, v: ListValidation): void {
  const list = listFormula(v.values);
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: v.allowBlank,
    formulae: [list],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.error.title,
    error: v.error.text,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
  };
  forEachCell(v.range, (r, c) => {
    ws.getCell(r, c).dataValidation = validation;
  });
}

/** An in-line list: comma-separated, quoted, at most 255 characters (Excel's limit). */
function listFormula(values: readonly string[]): string {
  for (const value of values) {
    if (value.includes(',')) throw new Error(`A drop-down choice cannot contain a comma: "${value}".`);
  }
  const joined = values.map((value) => value.replace(/"/g, '""')).join(',');
  if (joined.length > 255)
    throw new Error('The drop-down list is longer than Excel allows (255 characters).');
  return `"${joined}"`;
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormat, firstPriority: number): number {
  let priority = firstPriority;
  ws.addConditionalFormatting({
    ref: rangeAddress(cf.range),
    rules: cf.rules.map((rule) => ({
      type: 'cellIs',
      operator: 'equal',
      formulae: [`"${rule.text.replace(/"/g, '""')}"`],
      priority: priority++,
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
        font: { color: { argb: argb(rule.fontColor) } },
      },
    })),
  });
  return priority;
}
