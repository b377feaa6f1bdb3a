import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { DATA_SHEET_NAME, DatasetStorageError, decodeDataset } from '../../dataset/storage';
import { readSheetInput, type Grid, type SheetInput } from '../../dataset/sheet-input';
import type { Dataset } from '../../dataset/types';
import { NAMES } from '../../plan/names';
import type { ForceRegister } from '../../report/forces';

/**
 * Reads back a workbook OIC Tracker wrote, after a person may have edited it in a spreadsheet program:
 * the stored dataset from the hidden data sheet, and what was typed over it, found through the
 * workbook's defined names (so sorted rows and moved columns read the same). The comparison itself is
 * host-free (dataset/sheet-input.ts), shared with the Office.js reader.
 */

/** A workbook that cannot be refreshed; the message names the file and what is wrong. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
}

/** Opens an .xlsx file, or says plainly why it cannot. */
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError(`${file}: no such file.`);
    if (code === 'EISDIR') throw new WorkbookReadError(`${file} is a folder, not a workbook.`);
    throw new WorkbookReadError(`${file} cannot be read (${code ?? (err as Error).message}).`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as never);
  } catch {
    throw new WorkbookReadError(`${file} is not an .xlsx workbook (it could not be opened as one).`);
  }
  return wb;
}

export interface WorkbookInput extends SheetInput {
  /** The dataset exactly as stored, before anything typed was applied. */
  stored: Dataset;
}

/**
 * The stored dataset and the analyst's edits. Throws WorkbookReadError when the data sheet is missing
 * or unreadable, or the matrix's names are gone: refreshing then could lose what was typed.
 */
export function readWorkbookInput(
  wb: ExcelJS.Workbook,
  options: { file: string; register: ForceRegister; by?: string | null },
): WorkbookInput {
  const { file } = options;
  const stored = readStoredDataset(wb, file);
  const names = definedNames(wb);
  const grid = (name: string): Grid | null => {
    const where = names.get(name);
    return where ? values(wb, where) : null;
  };
  const required = [NAMES.matrix, NAMES.forceIds, NAMES.recHeaders].map((n) => [n, grid(n)] as const);
  const lost = required.filter(([, g]) => g === null).map(([n]) => n);
  if (lost.length) {
    throw new WorkbookReadError(
      `${file}: the name${lost.length > 1 ? 's' : ''} ${lost.join(', ')} ` +
        `${lost.length > 1 ? 'are' : 'is'} missing, so the statuses typed on the OIC Matrix sheet cannot be matched to forces. Nothing was changed.`,
    );
  }
  const [statuses, forceIds, recHeaders] = required.map(([, g]) => g!);
  const reasonGrids = [NAMES.evidenceForceIds, NAMES.evidenceRecs, NAMES.overrideReasons].map(grid);
  const sourceGrids = [NAMES.sourceLocations, NAMES.sourceForces].map(grid);
  const warnCell = grid(NAMES.warnDays);
  const input = readSheetInput(
    stored,
    {
      matrix: { statuses, forceIds, recHeaders },
      reasons: reasonGrids.every(Boolean)
        ? { forceIds: reasonGrids[0]!, recs: reasonGrids[1]!, reasons: reasonGrids[2]! }
        : null,
      sources: sourceGrids.every(Boolean) ? { locations: sourceGrids[0]!, forces: sourceGrids[1]! } : null,
      warnDays: warnCell ? (warnCell[0]?.[0] ?? null) : undefined,
    },
    { register: options.register, by: options.by ?? null },
  );
  return { ...input, stored };
}

export function readStoredDataset(wb: ExcelJS.Workbook, file: string): Dataset {
  const sheet = wb.getWorksheet(DATA_SHEET_NAME);
  if (!sheet) {
    throw new WorkbookReadError(
      `${file} has no "${DATA_SHEET_NAME}" sheet, so it holds no OIC Tracker data (was it written by oic-tracker build?). Nothing was changed.`,
    );
  }
  const chunks: unknown[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) chunks.push(sheet.getCell(r, 1).value);
  try {
    return decodeDataset(chunks.map((c) => (c && typeof c === 'object' && 'richText' in c ? textOf(c) : c)));
  } catch (err) {
    if (err instanceof DatasetStorageError)
      throw new WorkbookReadError(`${file}: ${err.message} Nothing was changed.`);
    throw err;
  }
}

function textOf(value: object): string {
  return ((value as { richText: Array<{ text?: string }> }).richText ?? []).map((t) => t.text ?? '').join('');
}

interface Place {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const REF = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Workbook-scoped names that point at one rectangle on one sheet. */
export function definedNames(wb: ExcelJS.Workbook): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const { name, ranges } of wb.definedNames.model) {
    if (ranges.length !== 1) continue;
    const m = REF.exec(ranges[0]);
    if (!m) continue;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    const top = Number(m[4]);
    const left = columnNumber(m[3]);
    out.set(name, {
      sheet,
      top,
      left,
      bottom: m[6] ? Number(m[6]) : top,
      right: m[5] ? columnNumber(m[5]) : left,
    });
  }
  return out;
}

function values(wb: ExcelJS.Workbook, place: Place): Grid | null {
  const sheet = wb.getWorksheet(place.sheet);
  if (!sheet) return null;
  const rows: unknown[][] = [];
  for (let r = place.top; r <= place.bottom; r++) {
    const row: unknown[] = [];
    for (let c = place.left; c <= place.right; c++) row.push(sheet.getCell(r, c).value);
    rows.push(row);
  }
  return rows;
}
