import type { ParsedResponse, Status } from '../parse/types';
import { STATUSES } from '../parse/types';
import type { ForceRegister } from '../report/forces';
import type { ReportDefinition } from '../report/types';
import { buildDataset, effectiveStatus, sourceKind } from './build';
import type { CellRecord, Dataset, ForceRecord, HistoryEntry, SourceRecord } from './types';

/** What reading one source gave: a parsed letter, or the reason it could not be read. */
export type SourceOutcome =
  | { location: string; ok: true; response: ParsedResponse; contentHash: string | null }
  | { location: string; ok: false; reason: string; message: string; contentHash?: string | null };

/**
 * A status an analyst typed into the matrix (or chose in the task pane). `status: null` or the parser's
 * own reading clears an override; anything else sets one.
 */
export interface AnalystEdit {
  forceId: string;
  recommendation: string;
  status: string | null;
  reason?: string | null;
  by?: string | null;
}

export type SourceState = 'new' | 'changed' | 'unchanged' | 'failed' | 'unassigned';

export interface SourceSummary {
  location: string;
  state: SourceState;
  forceId: string | null;
  /** Why it failed, or what the analyst should do. */
  message: string | null;
}

export interface RefreshSummary {
  sources: SourceSummary[];
  /** The rows this refresh appended to the history. */
  changes: HistoryEntry[];
  /** Overrides whose cell the parser now reads differently: the analyst should look again. */
  review: Array<{ forceId: string; recommendation: string; override: Status; parser: Status }>;
  /** Typed statuses that are not one of the seven and were ignored. */
  rejectedEdits: Array<AnalystEdit & { message: string }>;
}

export interface RefreshInput {
  previous: Dataset | null;
  outcomes: ReadonlyArray<SourceOutcome>;
  edits?: ReadonlyArray<AnalystEdit>;
  report: ReportDefinition;
  register: ForceRegister;
  /** ISO date-time of this refresh. */
  now: string;
}

function count(summary: RefreshSummary, state: SourceState): number {
  return summary.sources.filter((s) => s.state === state).length;
}

/** One line for people: "5 sources: 1 new, 1 changed, 2 unchanged, 1 failed; 3 cells changed". */
export function describeSummary(summary: RefreshSummary): string {
  const parts = (['new', 'changed', 'unchanged', 'failed', 'unassigned'] as const)
    .map((s) => [s, count(summary, s)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const cells = summary.changes.length;
  return `${summary.sources.length} source${summary.sources.length === 1 ? '' : 's'}: ${parts.join(', ') || 'none'}; ${cells} cell${cells === 1 ? '' : 's'} changed${summary.review.length ? `; ${summary.review.length} override${summary.review.length === 1 ? '' : 's'} to review` : ''}.`;
}

/**
 * A refresh, as a pure function of what the workbook held and what the sources gave now:
 * - each source's content hash says whether it is new, changed or unchanged;
 * - a source that fails keeps the reading it gave last time, and says why it failed;
 * - a letter whose force cannot be told is listed for the analyst, who may assign it on the Sources sheet;
 * - two letters for one force: the later letter date wins; the other stays on the Sources sheet;
 * - an analyst's override is never overwritten; if the parser's reading under it changes, it is flagged;
 * - every change of a cell's shown status is appended to the history, which is never rewritten.
 */
export function refreshDataset(input: RefreshInput): { dataset: Dataset; summary: RefreshSummary } {
  const { previous, outcomes, report, register, now } = input;
  const prevSources = new Map((previous?.sources ?? []).map((s) => [s.location, s]));
  const prevForces = new Map((previous?.forces ?? []).map((f) => [f.forceId, f]));
  const summary: RefreshSummary = { sources: [], changes: [], review: [], rejectedEdits: [] };

  // Letters the analyst assigned by hand keep their force when the reader cannot tell it.
  const responses: ParsedResponse[] = [];
  const failedLocations = new Set<string>();
  const hashes: Record<string, string> = {};
  for (const o of outcomes) {
    const before = prevSources.get(o.location);
    if (!o.ok) {
      failedLocations.add(o.location);
      summary.sources.push({
        location: o.location,
        state: 'failed',
        forceId: before?.forceId ?? null,
        message: o.message,
      });
      continue;
    }
    let response = o.response;
    if (!response.forceId && before?.forceId && register.byId(before.forceId)) {
      response = { ...response, forceId: before.forceId, force: register.byId(before.forceId)!.name };
    }
    if (o.contentHash) hashes[o.location] = o.contentHash;
    responses.push(response);
    const state: SourceState = !response.forceId
      ? 'unassigned'
      : !before || before.result !== 'ok'
        ? before && before.contentHash && before.contentHash === o.contentHash
          ? 'unchanged'
          : 'new'
        : before.contentHash && before.contentHash === o.contentHash
          ? 'unchanged'
          : 'changed';
    summary.sources.push({
      location: o.location,
      state,
      forceId: response.forceId,
      message:
        state === 'unassigned'
          ? 'Could not tell which force this letter is from: type the force on the Sources sheet and refresh.'
          : null,
    });
  }

  const fresh = buildDataset({ responses, errors: [], report, register, readAt: now, contentHashes: hashes });

  // A failed source keeps what it gave before: its letter stays where no fresher one replaces it.
  const forces: ForceRecord[] = fresh.forces.map((f) => {
    const before = prevForces.get(f.forceId);
    if (before?.letter && failedLocations.has(before.letter.source)) {
      const freshDate = f.letter?.letterDate ?? '';
      if (!f.letter || (before.letter.letterDate ?? '') > freshDate)
        return { ...before, cells: cloneCells(before.cells) };
    }
    return f;
  });

  const sources: SourceRecord[] = fresh.sources.map((s) => ({ ...s, kind: sourceKind(s.location) }));
  for (const o of outcomes) {
    if (o.ok) continue;
    const before = prevSources.get(o.location);
    sources.push({
      kind: sourceKind(o.location),
      location: o.location,
      forceId: before?.forceId ?? null,
      notes: before?.notes ?? null,
      readAt: now,
      contentHash: o.contentHash ?? before?.contentHash ?? null,
      result: 'error',
      message: before?.result === 'ok' ? `${o.message} (its previous reading is kept)` : o.message,
      ...(before?.text !== undefined ? { text: before.text } : {}),
    });
  }
  // Letters the analyst added keep their stored text, so they can be read again next time.
  for (const s of sources) {
    const before = prevSources.get(s.location);
    if (before?.text !== undefined && s.text === undefined) s.text = before.text;
  }

  // Overrides carry over; then the analyst's new edits apply.
  for (const f of forces) {
    const before = prevForces.get(f.forceId);
    for (const [rec, cell] of Object.entries(f.cells)) {
      const prior = before?.cells[rec]?.override ?? null;
      if (prior && !cell.override) cell.override = { ...prior };
    }
  }
  applyEdits(forces, input.edits ?? [], now, summary);

  for (const f of forces) {
    for (const [rec, cell] of Object.entries(f.cells)) {
      if (cell.override && cell.override.parserStatus !== cell.status) {
        summary.review.push({
          forceId: f.forceId,
          recommendation: rec,
          override: cell.override.status,
          parser: cell.status,
        });
      }
      const was = prevForces.get(f.forceId)?.cells[rec];
      const from = was ? effectiveStatus(was) : null;
      const to = effectiveStatus(cell);
      if (from !== to) {
        summary.changes.push({
          at: now,
          forceId: f.forceId,
          recommendation: rec,
          from,
          to,
          source: cell.override ? null : cell.source,
          by: cell.override && cell.override.status === to ? 'override' : 'parser',
        });
      }
    }
  }

  const dataset: Dataset = {
    ...fresh,
    updatedAt: now,
    forces,
    sources,
    history: [...(previous?.history ?? []), ...summary.changes],
    // The analyst's settings belong to the workbook, not to any source: they carry over unchanged.
    ...(previous?.settings ? { settings: { ...previous.settings } } : {}),
  };
  return { dataset, summary };
}

function cloneCells(cells: Record<string, CellRecord>): Record<string, CellRecord> {
  return Object.fromEntries(
    Object.entries(cells).map(([k, c]) => [
      k,
      { ...c, evidence: [...c.evidence], commitments: c.commitments.map((x) => ({ ...x })) },
    ]),
  );
}

function applyEdits(
  forces: ForceRecord[],
  edits: ReadonlyArray<AnalystEdit>,
  now: string,
  summary: RefreshSummary,
): void {
  const byId = new Map(forces.map((f) => [f.forceId, f]));
  for (const edit of edits) {
    const cell = byId.get(edit.forceId)?.cells[edit.recommendation];
    if (!cell) {
      summary.rejectedEdits.push({
        ...edit,
        message: `No cell for force "${edit.forceId}", recommendation ${edit.recommendation}.`,
      });
      continue;
    }
    const typed = edit.status?.trim() ?? '';
    const status = typed ? STATUS_BY_KEY.get(typed.toLowerCase()) : undefined;
    if (typed && !status) {
      summary.rejectedEdits.push({
        ...edit,
        message: `"${typed}" is not one of the seven statuses; the cell was left as it was.`,
      });
      continue;
    }
    if (!status || status === cell.status) {
      cell.override = null;
      continue;
    }
    if (cell.override?.status === status) {
      if (edit.reason !== undefined && edit.reason !== cell.override.reason)
        cell.override.reason = edit.reason ?? null;
      continue;
    }
    cell.override = {
      status,
      reason: edit.reason ?? null,
      by: edit.by ?? null,
      at: now,
      parserStatus: cell.status,
    };
  }
}

const STATUS_BY_KEY = new Map<string, Status>(STATUSES.map((s) => [s.toLowerCase(), s]));
