import type { ForceRegister } from '../report/forces';
import { effectiveStatus } from './build';
import type { AnalystEdit } from './refresh';
import type { Dataset } from './types';

/**
 * What an analyst typed into a workbook, worked out from cell values alone. Both readers call this: the
 * ExcelJS one for the command line (src/writers/xlsx/read-workbook.ts) and the Office.js one in the task
 * pane. Each reads the values of the workbook's named ranges (plan/names.ts) as 2-D arrays, exactly as its
 * host gives them, and hands them here; nothing here knows which host it runs in.
 */

/** Values of a range as a host returns them: rows of cells. */
export type Grid = ReadonlyArray<ReadonlyArray<unknown>>;

export interface MatrixValues {
  /** OIC_RecHeaders: one row, "Rec 2", "Rec 4", ... above each status column. */
  recHeaders: Grid;
  /** OIC_Matrix: one row per force row, one column per recommendation. */
  statuses: Grid;
  /** OIC_ForceIds: one row per force row, one column. */
  forceIds: Grid;
}

export interface ReasonValues {
  /** OIC_EvidenceForceIds, OIC_EvidenceRecs and OIC_OverrideReasons: one column each, row for row. */
  forceIds: Grid;
  recs: Grid;
  reasons: Grid;
}

export interface SourceValues {
  /** OIC_SourceLocations and OIC_SourceForces: one column each, row for row. */
  locations: Grid;
  forces: Grid;
}

export interface WorkbookValues {
  matrix: MatrixValues;
  /** Null where the workbook has no Evidence sheet (reasons are then left as they were). */
  reasons?: ReasonValues | null;
  /** Null where the workbook has no Sources sheet. */
  sources?: SourceValues | null;
  /** The value of OIC_WarnDays; undefined where the workbook has no such cell. */
  warnDays?: unknown;
}

export interface SheetInput {
  /** The stored dataset with the analyst's force assignments and settings applied: refresh from this. */
  previous: Dataset;
  /** Statuses and reasons typed since the workbook was written: pass to refreshDataset as `edits`. */
  edits: AnalystEdit[];
  /** Things typed that could not be used, each naming the sheet and the cell's force or source. */
  problems: string[];
}

/** Longest warning window accepted, in days: ten years. */
export const MAX_WARN_DAYS = 3650;

/**
 * The stored dataset (decoded from the hidden data sheet) plus the values the analyst may have typed
 * over: statuses on the matrix, override reasons on Evidence, forces for unplaced letters on Sources, the
 * warning window on Commitments. Returns what to refresh from.
 */
export function readSheetInput(
  stored: Dataset,
  values: WorkbookValues,
  options: { register: ForceRegister; by?: string | null },
): SheetInput {
  const problems: string[] = [];
  let previous = stored;
  if (values.sources) {
    const found = assignmentsFromSheet(stored, values.sources, options.register);
    problems.push(...found.problems);
    previous = applyAssignments(previous, found.assignments);
  }
  if (values.warnDays !== undefined) {
    const warn = warnDaysFromSheet(values.warnDays, stored.settings?.warnDays);
    if (warn.problem) problems.push(warn.problem);
    if (warn.warnDays !== null && warn.warnDays !== stored.settings?.warnDays) {
      previous = { ...previous, settings: { ...previous.settings, warnDays: warn.warnDays } };
    }
  }
  const edits = editsFromSheet(stored, values.matrix, values.reasons ?? null, options.by ?? null);
  problems.push(...edits.problems);
  return { previous, edits: edits.edits, problems };
}

/** The text a cell shows, from a value as Office.js or ExcelJS returns it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((t) => cellText((t as { text?: unknown }).text)).join('');
    if ('result' in v) return cellText(v.result);
    if ('formula' in v || 'sharedFormula' in v || 'error' in v) return '';
    if ('text' in v) return cellText(v.text);
  }
  return '';
}

const column = (grid: Grid | undefined, i: number): unknown => grid?.[i]?.[0];

/**
 * Statuses typed over the matrix, and reasons typed on the Evidence sheet, compared with what the
 * workbook was written with (the stored dataset). Rows are matched to forces by the hidden force-id
 * column, never by position, so a sorted or filtered matrix reads the same.
 * - a status that differs (in any case) from the cell's shown status: an edit with that status (the
 *   refresh refuses words that are not statuses, and setting the parser's own reading clears an override);
 * - an emptied cell that held an override: an edit with status null, which clears it;
 * - an emptied cell without an override: nothing (the next write shows the parser's reading again);
 * - a reason changed under an override that stays: an edit with the override's status and the new reason.
 */
export function editsFromSheet(
  stored: Dataset,
  matrix: MatrixValues,
  reasons: ReasonValues | null,
  by: string | null,
): { edits: AnalystEdit[]; problems: string[] } {
  const edits: AnalystEdit[] = [];
  const problems: string[] = [];
  const forces = new Map(stored.forces.map((f) => [f.forceId, f]));
  const recs = (matrix.recHeaders[0] ?? []).map((h) => /\d+/.exec(cellText(h))?.[0] ?? null);
  recs.forEach((rec, j) => {
    if (rec === null)
      problems.push(
        `OIC Matrix: the heading of status column ${j + 1} is not "Rec N"; that column was not read.`,
      );
  });
  const typedReasons = reasons ? reasonsByCell(reasons) : null;
  const seen = new Set<string>();

  matrix.statuses.forEach((row, i) => {
    const forceId = cellText(column(matrix.forceIds, i)).trim();
    const record = forces.get(forceId);
    if (!record) {
      const typed = row.some((v) => cellText(v).trim() !== '');
      if (typed)
        problems.push(
          forceId
            ? `OIC Matrix: row ${i + 1} of the status block names force "${forceId}", which this workbook does not hold; its statuses were not read.`
            : `OIC Matrix: row ${i + 1} of the status block has lost its hidden force id; its statuses were not read.`,
        );
      return;
    }
    if (seen.has(forceId)) {
      problems.push(`OIC Matrix: force "${forceId}" has more than one row; only the first was read.`);
      return;
    }
    seen.add(forceId);
    row.forEach((value, j) => {
      const rec = recs[j];
      const cell = rec ? record.cells[rec] : undefined;
      if (!rec || !cell) return;
      const typed = cellText(value).trim();
      const key = `${forceId}|${rec}`;
      const reason = typedReasons ? (typedReasons.has(key) ? typedReasons.get(key)! : undefined) : undefined;
      const shown = effectiveStatus(cell);
      if (typed === '') {
        if (cell.override) edits.push({ forceId, recommendation: rec, status: null, by });
        return;
      }
      if (typed.toLowerCase() !== shown.toLowerCase()) {
        edits.push({
          forceId,
          recommendation: rec,
          status: typed,
          ...(reason !== undefined ? { reason } : {}),
          by,
        });
        return;
      }
      if (reason === undefined) return;
      if (cell.override) {
        if (reason !== (cell.override.reason ?? null))
          edits.push({ forceId, recommendation: rec, status: cell.override.status, reason, by });
      } else if (reason !== null) {
        problems.push(
          `Evidence: the reason typed for ${forceId}, Rec ${rec} was not kept, because the cell has no override. ` +
            'Set the status on the OIC Matrix sheet too, then refresh.',
        );
      }
    });
  });
  const missing = stored.forces.filter((f) => !seen.has(f.forceId)).map((f) => f.forceId);
  if (missing.length && matrix.statuses.length)
    problems.push(
      `OIC Matrix: no row for ${missing.join(', ')}; ${missing.length === 1 ? 'its cells were' : 'their cells were'} kept as they were.`,
    );
  return { edits, problems };
}

/** Reason per "forceId|rec"; an empty cell reads as null (no reason). */
function reasonsByCell(values: ReasonValues): Map<string, string | null> {
  const out = new Map<string, string | null>();
  values.reasons.forEach((_, i) => {
    const forceId = cellText(column(values.forceIds, i)).trim();
    const rec = /\d+/.exec(cellText(column(values.recs, i)))?.[0];
    if (!forceId || !rec) return;
    const text = cellText(column(values.reasons, i)).trim();
    out.set(`${forceId}|${rec}`, text || null);
  });
  return out;
}

export interface Assignment {
  location: string;
  forceId: string;
}

/**
 * Forces the analyst typed on the Sources sheet for letters the reader could not place. A name, alias or
 * id of any of the 43 forces will do; anything else is listed as a problem and the letter left unplaced.
 */
export function assignmentsFromSheet(
  stored: Dataset,
  values: SourceValues,
  register: ForceRegister,
): { assignments: Assignment[]; problems: string[] } {
  const assignments: Assignment[] = [];
  const problems: string[] = [];
  const sources = new Map(stored.sources.map((s) => [s.location, s]));
  values.locations.forEach((_, i) => {
    const location = cellText(column(values.locations, i)).trim();
    const typed = cellText(column(values.forces, i)).trim();
    if (!location || !typed) return;
    const source = sources.get(location);
    if (!source) {
      problems.push(
        `Sources: "${location}" is not a source this workbook has read; add letters with the command line or the task pane.`,
      );
      return;
    }
    const force = register.find(typed);
    if (source.forceId) {
      if (force?.id !== source.forceId)
        problems.push(
          `Sources: ${location} was read as ${register.byId(source.forceId)?.name ?? source.forceId}; ` +
            `the force typed for it ("${typed}") was not used. Only letters the reader could not place take a typed force.`,
        );
      return;
    }
    if (!force) {
      problems.push(
        `Sources: "${typed}", typed for ${location}, is not one of the 43 forces; the letter stays unplaced.`,
      );
      return;
    }
    assignments.push({ location, forceId: force.id });
  });
  return { assignments, problems };
}

export function applyAssignments(dataset: Dataset, assignments: readonly Assignment[]): Dataset {
  if (!assignments.length) return dataset;
  const byLocation = new Map(assignments.map((a) => [a.location, a.forceId]));
  return {
    ...dataset,
    sources: dataset.sources.map((s) =>
      byLocation.has(s.location) ? { ...s, forceId: byLocation.get(s.location)! } : s,
    ),
  };
}

/** The warning window typed on the Commitments sheet: a whole number of days from 0 to 3650. */
export function warnDaysFromSheet(
  value: unknown,
  current: number | undefined,
): { warnDays: number | null; problem: string | null } {
  const text = cellText(value).trim();
  const days = text === '' ? NaN : Number(text);
  if (Number.isInteger(days) && days >= 0 && days <= MAX_WARN_DAYS) return { warnDays: days, problem: null };
  const kept = current ?? 'the default';
  return {
    warnDays: null,
    problem:
      `Commitments: the warning window must be a whole number of days from 0 to ${MAX_WARN_DAYS}; ` +
      `"${text}" was not used and ${kept}${typeof kept === 'number' ? ' days' : ''} kept.`,
  };
}
