import type { RefreshSummary } from '../../dataset/refresh';
import type { AddedSource } from './added';

/**
 * The seam between the task pane and the refresh pipeline (read sources, parse, build the dataset, plan,
 * write). The pane only calls this interface, so the pipeline can be wired, replaced or faked in tests
 * without touching the pane. What a refresh found is the dataset's own RefreshSummary.
 */
export type { RefreshSummary, SourceState as SourceOutcomeKind } from '../../dataset/refresh';

export type RefreshProgress =
  { phase: 'reading'; done: number; total: number; source: string } | { phase: 'writing' };

export interface RefreshResult {
  /** ISO date-time the refresh finished. */
  finishedAt: string;
  summary: RefreshSummary;
  /** What the analyst should know besides: typed input that could not be used, sheets renamed, notes left out. */
  notices: string[];
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
  /**
   * Reads every source, and the ones the analyst added since, and updates the workbook; one bad source never
   * stops the rest.
   */
  refresh(
    onProgress: (progress: RefreshProgress) => void,
    added: readonly AddedSource[],
  ): Promise<RefreshResult>;
}
