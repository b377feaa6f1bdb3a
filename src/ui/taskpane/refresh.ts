import type { Status } from '../../parse/types';

/**
 * The seam between the task pane and the refresh pipeline (read sources, parse, build the dataset, plan,
 * write). The pane only calls this interface, so the pipeline can be wired, replaced or faked in tests
 * without touching the pane.
 */
export type RefreshProgress =
  { phase: 'reading'; done: number; total: number; source: string } | { phase: 'writing' };

export type SourceOutcomeKind = 'new' | 'changed' | 'unchanged' | 'failed';

export interface SourceOutcome {
  /** The source as the analyst gave it (a path, a URL, "bundled:dorset.txt"). */
  source: string;
  /** The force the letter was read as; null when it could not be told. */
  forceId: string | null;
  outcome: SourceOutcomeKind;
  /** Why it failed, naming the problem, for 'failed'. */
  reason?: string;
}

export interface StatusChange {
  forceId: string;
  recommendation: string;
  from: Status | null;
  to: Status;
}

export interface RefreshSummary {
  /** ISO date-time the refresh finished. */
  finishedAt: string;
  outcomes: SourceOutcome[];
  /** Cells whose status this refresh changed. */
  changes: StatusChange[];
}

export type SourceState = 'read' | 'failed' | 'not read';

export interface SourceItem {
  /** What the analyst sees first: the force's name where known, else the location. */
  label: string;
  /** Kind and location: "Bundled letter: dorset.txt", "Web page: https://...". */
  detail: string;
  state: SourceState;
  message: string | null;
}

export interface RefreshService {
  /** The sources a refresh will read: the workbook's list, or the bundled letters before the first build. */
  listSources(): Promise<SourceItem[]>;
  /** Whether the workbook holds a matrix already (the button then says Refresh rather than Build). */
  hasData(): Promise<boolean>;
  /** Reads every source and updates the workbook; one bad source never stops the rest. */
  refresh(onProgress: (progress: RefreshProgress) => void): Promise<RefreshSummary>;
}
