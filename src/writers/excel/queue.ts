/// <reference types="office-js" />
import type { Box, PreparedBlock, PreparedChart, PreparedFormat, PreparedSheet } from './prepare';

/**
 * The Office.js calls for one prepared sheet, queued and never synced here: the caller decides when the
 * batch goes. Nothing here reads from Excel or decides anything; it only says in Excel's words what
 * prepare.ts worked out.
 */

/** Kept with every sheet the writer makes, so a later refresh knows its own sheets from the analyst's. */
export const MARKER_KEY = 'OIC Tracker';

/** Margins as the command line's file has them (inches there), in points. */
const MARGINS = { left: 28.8, right: 28.8, top: 36, bottom: 36, header: 21.6, footer: 21.6 };

function at(sheet: Excel.Worksheet, box: Box): Excel.Range {
  return sheet.getRangeByIndexes(box.row, box.col, box.rows, box.cols);
}

/** The sheet's frame: marker, tab, widths, heights. First, so the values land in columns of the right size. */
export function queueFrame(sheet: Excel.Worksheet, p: PreparedSheet): void {
  sheet.customProperties.add(MARKER_KEY, p.role);
  if (p.tabColor) sheet.tabColor = p.tabColor;
  for (const w of p.columnWidths) sheet.getRangeByIndexes(0, w.col, 1, w.count).format.columnWidth = w.points;
  for (const c of p.hiddenColumns) sheet.getRangeByIndexes(0, c, 1, 1).columnHidden = true;
  for (const h of p.rowHeights) sheet.getRangeByIndexes(h.row, 0, h.count, 1).format.rowHeight = h.points;
}

/**
 * One block: text formats first (so "=..." and "007" stay text), then the constants in one call, then each
 * rectangle of formulas in one call, then the workbook font over the block.
 */
export function queueBlock(sheet: Excel.Worksheet, block: PreparedBlock, font: PreparedSheet['font']): void {
  const range = at(sheet, block.box);
  if (block.numberFormat) range.numberFormat = block.numberFormat;
  if (block.values) range.values = block.values;
  for (const f of block.formulas) at(sheet, f.box).formulas = f.formulas;
  range.format.font.name = font.name;
  range.format.font.size = font.size;
}

function queueFormat(sheet: Excel.Worksheet, f: PreparedFormat): void {
  const range = at(sheet, f.box);
  const format = range.format;
  if (f.fill) format.fill.color = f.fill;
  if (f.fontColor) format.font.color = f.fontColor;
  if (f.bold !== undefined) format.font.bold = f.bold;
  if (f.italic !== undefined) format.font.italic = f.italic;
  if (f.fontSize) format.font.size = f.fontSize;
  if (f.numberFormat) range.numberFormat = f.numberFormat;
  if (f.wrap !== undefined) format.wrapText = f.wrap;
  if (f.horizontal) format.horizontalAlignment = f.horizontal;
  if (f.vertical) format.verticalAlignment = f.vertical;
  for (const b of f.borders) {
    const edge = format.borders.getItem(b.index);
    edge.style = b.style;
    edge.weight = b.weight;
    edge.color = b.color;
  }
}

function queueChart(sheet: Excel.Worksheet, c: PreparedChart): void {
  const chart = sheet.charts.add('BarStacked', at(sheet, c.dataBox), 'Columns');
  chart.title.text = c.title;
  chart.legend.position = 'Bottom';
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.axes.valueAxis.minimum = 0;
  chart.axes.valueAxis.maximum = c.max;
  c.series.forEach((s, i) => {
    const series = chart.series.getItemAt(i);
    series.format.fill.setSolidColor(s.fill);
    series.dataLabels.showValue = true;
    series.dataLabels.format.font.color = s.labelColor;
  });
  chart.setPosition(c.from, c.to);
}

/** Everything after the values: merges, formats in plan order, notes, drop-downs, rules, panes, print, charts. */
export function queueDress(sheet: Excel.Worksheet, p: PreparedSheet): void {
  for (const m of p.merges) at(sheet, m).merge(false);
  for (const f of p.formats) queueFormat(sheet, f);
  for (const n of p.notes) {
    const note = sheet.notes.add(n.address, n.text);
    note.width = n.width;
    note.height = n.height;
  }
  for (const v of p.validations) {
    const dv = at(sheet, v.box).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: v.source } };
    dv.ignoreBlanks = v.ignoreBlanks;
    dv.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
    if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  }
  for (const cf of p.conditionalFormats) {
    const range = at(sheet, cf.box);
    for (const rule of cf.rules) {
      const added = range.conditionalFormats.add('CellValue');
      added.cellValue.format.fill.color = rule.fill;
      added.cellValue.format.font.color = rule.fontColor;
      added.cellValue.rule = { formula1: rule.formula1, operator: 'EqualTo' };
    }
  }
  if (p.freeze) {
    if (p.freeze.rows && p.freeze.columns)
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, p.freeze.rows, p.freeze.columns));
    else if (p.freeze.rows) sheet.freezePanes.freezeRows(p.freeze.rows);
    else sheet.freezePanes.freezeColumns(p.freeze.columns);
  }
  if (p.autoFilter) sheet.autoFilter.apply(at(sheet, p.autoFilter));
  if (p.print) {
    const layout = sheet.pageLayout;
    layout.orientation = p.print.orientation;
    layout.paperSize = 'A4';
    // One page wide, as many tall as it takes (0: no limit, as Excel's "Fit to ... tall" left blank).
    if (p.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.leftMargin = MARGINS.left;
    layout.rightMargin = MARGINS.right;
    layout.topMargin = MARGINS.top;
    layout.bottomMargin = MARGINS.bottom;
    layout.headerMargin = MARGINS.header;
    layout.footerMargin = MARGINS.footer;
    layout.setPrintArea(at(sheet, p.print.area));
    if (p.print.titleRows) layout.setPrintTitleRows(p.print.titleRows);
  }
  for (const c of p.charts) queueChart(sheet, c);
}
