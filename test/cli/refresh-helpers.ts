import ExcelJS from 'exceljs';
import { buildWorkbookFile } from '../../src/cli/build-command';
import { refreshWorkbookFile, type RefreshOptions } from '../../src/cli/refresh-command';
import { DATA_SHEET_NAME, decodeDataset } from '../../src/dataset/storage';
import { NAMES } from '../../src/plan';
import { definedNames } from '../../src/writers/xlsx/read-workbook';

export class Sink {
  text = '';
  constructor(readonly isTTY = false) {}
  write(s: string) {
    this.text += s;
    return true;
  }
}

export const NOW = new Date('2026-01-15T09:30:00Z');

export async function build(out: string, sources: string[] = []) {
  return buildWorkbookFile({
    sources,
    out,
    asOf: '2025-11-23',
    now: NOW,
    stdout: new Sink(),
    stderr: new Sink(),
  });
}

export async function refresh(file: string, extra: Partial<RefreshOptions> = {}) {
  const stdout = new Sink();
  const stderr = new Sink();
  const result = await refreshWorkbookFile({
    file,
    sources: [],
    asOf: '2025-11-24',
    now: new Date('2026-02-01T10:00:00Z'),
    stdout,
    stderr,
    ...extra,
  });
  return { result, stdout: stdout.text, stderr: stderr.text };
}

export async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** What a person does in a spreadsheet program: open, change cells, save. */
export async function edit(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await open(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

export function dataset(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet(DATA_SHEET_NAME)!;
  const chunks: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) chunks.push(ws.getCell(r, 1).value);
  return decodeDataset(chunks);
}

/** The matrix cell of a force and recommendation, found the way the reader finds it: by name. */
export function matrixCell(wb: ExcelJS.Workbook, forceId: string, rec: number): ExcelJS.Cell {
  const names = definedNames(wb);
  const ids = names.get(NAMES.forceIds)!;
  const block = names.get(NAMES.matrix)!;
  const headers = names.get(NAMES.recHeaders)!;
  const ws = wb.getWorksheet(block.sheet)!;
  let col = 0;
  for (let c = headers.left; c <= headers.right; c++)
    if (ws.getCell(headers.top, c).value === `Rec ${rec}`) col = c;
  for (let r = ids.top; r <= ids.bottom; r++)
    if (ws.getCell(r, ids.left).value === forceId) return ws.getCell(r, col);
  throw new Error(`no row for ${forceId}`);
}

/** The matrix row of a force: every cell's value by its header. */
export function matrixRow(wb: ExcelJS.Workbook, forceId: string): Record<string, unknown> {
  const ws = wb.getWorksheet('OIC Matrix')!;
  const cell = matrixCell(wb, forceId, 2);
  const out: Record<string, unknown> = {};
  ws.getRow(7).eachCell((h, c) => {
    out[String(h.value)] = ws.getCell(Number(cell.row), c).value;
  });
  return out;
}

/** The Evidence row of a force and recommendation, by header. */
export function evidenceRow(wb: ExcelJS.Workbook, forceId: string, rec: number): Record<string, unknown> {
  const ws = wb.getWorksheet('Evidence')!;
  const headers = (ws.getRow(1).values as unknown[]).map(String);
  const idCol = headers.indexOf('Force ID');
  const recCol = headers.indexOf('Rec');
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(idCol).value === forceId && row.getCell(recCol).value === rec) {
      return Object.fromEntries(headers.map((h, c) => [h, c ? row.getCell(c).value : undefined]).slice(1));
    }
  }
  throw new Error(`no Evidence row for ${forceId} ${rec}`);
}

export function setReason(wb: ExcelJS.Workbook, forceId: string, rec: number, reason: string | null) {
  const ws = wb.getWorksheet('Evidence')!;
  const headers = (ws.getRow(1).values as unknown[]).map(String);
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (
      row.getCell(headers.indexOf('Force ID')).value === forceId &&
      row.getCell(headers.indexOf('Rec')).value === rec
    )
      row.getCell(headers.indexOf('Override reason')).value = reason;
  }
}

/** Status history rows as plain arrays (dates as ISO strings). */
export function historyRows(wb: ExcelJS.Workbook): unknown[][] {
  const ws = wb.getWorksheet('Status history')!;
  const rows: unknown[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const v = Array.from({ length: 7 }, (_, c) => ws.getCell(r, c + 1).value);
    rows.push(v.map((x) => (x instanceof Date ? x.toISOString() : x)));
  }
  return rows;
}

export const noteText = (cell: ExcelJS.Cell): string => {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
};
