/// <reference types="office-js" />
import type { Grid, WorkbookValues } from '../../dataset/sheet-input';
import { DATA_SHEET_NAME, DatasetStorageError, decodeDataset } from '../../dataset/storage';
import type { Dataset } from '../../dataset/types';
import { NAMES } from '../../plan/names';
import { isTempSheetName } from './prepare';
import { MARKER_KEY } from './queue';

/**
 * What the writer needs to know of a workbook before it writes, read in at most two syncs: which sheets
 * and names there are (the first), then what they hold (the second, only when there is something to read).
 */
export interface SheetInfo {
  name: string;
  visibility: string;
  /** The role this add-in gave the sheet when it wrote it; null for sheets it did not write (or not checked). */
  marker: string | null;
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  activeSheet: string | null;
  /** Workbook-scoped defined names, as Excel spells them. */
  names: string[];
  calculationMode: string;
  /** The stored dataset; null when the workbook has none. */
  dataset: Dataset | null;
  /** Why the stored data could not be read; null when it was, or there is none. */
  datasetError: string | null;
  /** Cell values of the plan's named input ranges, by name: what an analyst may have typed. */
  typed: Record<string, unknown[][]>;
}

/** The names whose cells an analyst types in or that locate those cells (plan/names.ts). */
export const TYPED_NAMES: readonly string[] = [
  NAMES.matrix,
  NAMES.recHeaders,
  NAMES.forceIds,
  NAMES.evidenceForceIds,
  NAMES.evidenceRecs,
  NAMES.overrideReasons,
  NAMES.sourceLocations,
  NAMES.sourceForces,
  NAMES.warnDays,
];

export interface ReadOptions {
  /** The sheets a write will make: whichever of them exist are checked for the add-in's marker. */
  sheetNames: readonly string[];
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Loads the values behind each typed name that exists; the result is read after the next sync. */
export function loadTyped(
  context: Excel.RequestContext,
  names: readonly string[],
): Array<{ name: string; range: Excel.Range }> {
  return TYPED_NAMES.filter((n) => names.some((m) => sameName(m, n))).map((name) => ({
    name,
    range: context.workbook.names.getItem(name).getRangeOrNullObject().load('values'),
  }));
}

export function typedValues(
  loaded: Array<{ name: string; range: Excel.Range }>,
): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const { name, range } of loaded) if (!range.isNullObject) out[name] = range.values;
  return out;
}

export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions,
): Promise<WorkbookSnapshot> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name, items/visibility');
  const names = wb.names.load('items/name');
  const active = wb.worksheets.getActiveWorksheet().load('name');
  wb.application.load('calculationMode');
  await context.sync();

  const info: SheetInfo[] = sheets.items.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    marker: null,
  }));
  const nameList = names.items.map((n) => n.name);
  const snapshot: WorkbookSnapshot = {
    sheets: info,
    activeSheet: active.name,
    names: nameList,
    calculationMode: wb.application.calculationMode,
    dataset: null,
    datasetError: null,
    typed: {},
  };

  // Sheets that a write would replace or clear away: their marker says whether this add-in made them.
  const candidates = info.filter(
    (s) => isTempSheetName(s.name) || options.sheetNames.some((n) => sameName(n, s.name)),
  );
  if (!candidates.length) return snapshot;
  const markers = candidates.map((s) => ({
    sheet: s,
    marker: wb.worksheets.getItem(s.name).customProperties.getItemOrNullObject(MARKER_KEY).load('value'),
  }));
  // The data normally sits in the data sheet; after a swap that stopped half-way, in a temporary one.
  const dataSources = candidates
    .filter((s) => sameName(s.name, DATA_SHEET_NAME) || isTempSheetName(s.name))
    .map((s) => ({
      sheet: s,
      used: wb.worksheets.getItem(s.name).getRange('A:A').getUsedRangeOrNullObject(true).load('values'),
    }));
  const typed = loadTyped(context, nameList);
  await context.sync();

  for (const m of markers) m.sheet.marker = m.marker.isNullObject ? null : m.marker.value;
  snapshot.typed = typedValues(typed);
  const data =
    dataSources.find((d) => sameName(d.sheet.name, DATA_SHEET_NAME)) ??
    dataSources.find((d) => d.sheet.marker === 'data');
  if (data) {
    try {
      snapshot.dataset = decodeDataset(data.used.isNullObject ? [] : data.used.values.map((row) => row[0]));
    } catch (err) {
      snapshot.datasetError =
        err instanceof DatasetStorageError
          ? err.message
          : `The stored data could not be read: ${String(err)}`;
    }
  }
  return snapshot;
}

/** The typed values in the shape the dataset's sheet reader takes; null when the matrix cannot be found. */
export function workbookValues(typed: Record<string, unknown[][]>): WorkbookValues | null {
  const grid = (name: string): Grid | undefined => typed[name];
  const statuses = grid(NAMES.matrix);
  const recHeaders = grid(NAMES.recHeaders);
  const forceIds = grid(NAMES.forceIds);
  if (!statuses || !recHeaders || !forceIds) return null;
  const evidenceForceIds = grid(NAMES.evidenceForceIds);
  const evidenceRecs = grid(NAMES.evidenceRecs);
  const reasons = grid(NAMES.overrideReasons);
  const locations = grid(NAMES.sourceLocations);
  const forces = grid(NAMES.sourceForces);
  const warn = grid(NAMES.warnDays);
  return {
    matrix: { statuses, recHeaders, forceIds },
    reasons:
      evidenceForceIds && evidenceRecs && reasons
        ? { forceIds: evidenceForceIds, recs: evidenceRecs, reasons }
        : null,
    sources: locations && forces ? { locations, forces } : null,
    ...(warn ? { warnDays: warn[0]?.[0] } : {}),
  };
}
