import type { Commitment, Status } from '../parse/types';

/**
 * What the tracker knows, as plain data. The workbook carries it (see storage.ts), so a saved workbook
 * answers OIC.* functions and keeps overrides and history without any other store.
 */
export const DATASET_VERSION = 1;

export interface Dataset {
  version: typeof DATASET_VERSION;
  reportId: string;
  /** ISO date-time of the last build or refresh. */
  updatedAt: string;
  /** All 43 forces, in register order, whether or not they have a letter. */
  forces: ForceRecord[];
  /** Every source read, with its last result. */
  sources: SourceRecord[];
  /** Append-only record of status changes (issue 6). */
  history: HistoryEntry[];
  /** What the analyst set in the workbook; optional, so data written before settings existed still reads. */
  settings?: DatasetSettings;
}

/** The commitments warning window when the analyst has not set one, in days. */
export const DEFAULT_WARN_DAYS = 45;

export interface DatasetSettings {
  /** Commitments due within this many days of the as-of date are flagged as due soon. */
  warnDays?: number;
}

export interface LetterRecord {
  source: string;
  letterDate: string | null;
  onTime: boolean | null;
  commissioner: string | null;
  /** ISO date-time the letter was read. */
  readAt: string;
  contentHash: string | null;
}

export interface ForceRecord {
  forceId: string;
  /** The letter the cells were read from; null when the force has no letter ("No response"). */
  letter: LetterRecord | null;
  /** Keyed by recommendation number as a string ("2", "4", "8", "9"). */
  cells: Record<string, CellRecord>;
}

export interface CellRecord {
  /** The parser's reading. */
  status: Status;
  confidence: number;
  evidence: string[];
  commitments: Commitment[];
  source: string | null;
  /** The analyst's judgement, which wins over the parser's reading and survives every refresh. */
  override: Override | null;
}

export interface Override {
  status: Status;
  reason: string | null;
  by: string | null;
  /** ISO date-time the override was first seen. */
  at: string;
  /** The parser's reading when the override was made; a different reading now flags the cell for review. */
  parserStatus: Status;
}

export type SourceKind = 'bundled' | 'file' | 'url';

export interface SourceRecord {
  kind: SourceKind;
  /** Path, URL or bundled file name, as the analyst gave it. */
  location: string;
  /** Force the letter was read as, or assigned to by the analyst; null until known. */
  forceId: string | null;
  notes: string | null;
  readAt: string | null;
  contentHash: string | null;
  result: 'ok' | 'error' | 'pending';
  message: string | null;
  /** For files the analyst added in the task pane: the letter's text, so it can be read again later. */
  text?: string;
}

export interface HistoryEntry {
  at: string;
  forceId: string;
  recommendation: string;
  from: Status | null;
  to: Status;
  source: string | null;
  by: 'parser' | 'override';
}
