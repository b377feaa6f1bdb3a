import { DATA_SHEET_NAME, encodeDataset } from '../dataset/storage';
import type { Dataset } from '../dataset/types';
import { planCommitments } from './commitments';
import { planContext, type PlanOptions } from './context';
import { planEvidence } from './evidence';
import { planHistory } from './history';
import { planMatrix } from './matrix';
import { planSources } from './sources';
import { planSummary } from './summary';
import type { PlannedSheet, SheetPlan } from './types';

export type { PlanOptions } from './context';
export { LOW_CONFIDENCE } from './context';
export { MATRIX, MATRIX_SHEET, AS_OF_NAME } from './matrix';
export { EVIDENCE_SHEET } from './evidence';
export { COMMITMENTS_SHEET, COMMITMENTS, DUE } from './commitments';
export { SOURCES_SHEET } from './sources';
export { SUMMARY_SHEET, SUMMARY } from './summary';
export { HISTORY_SHEET } from './history';
export { NAMES } from './names';
export * from './types';

/** The hidden sheet that carries the dataset, so a saved workbook holds its own data. */
function planData(dataset: Dataset): PlannedSheet {
  const chunks = encodeDataset(dataset);
  return {
    name: DATA_SHEET_NAME,
    role: 'data',
    visibility: 'hidden',
    columns: [{ width: 30 }],
    blocks: [{ row: 1, col: 1, values: chunks.map((c) => [c]), textColumns: [0] }],
    merges: [],
    formats: [],
    notes: [],
    validations: [],
    conditionalFormats: [],
  };
}

/**
 * The whole workbook as plain data: the matrix, the Summary, Evidence, Commitments, History, Sources and
 * the hidden data sheet, in that order.
 */
export function planWorkbook(dataset: Dataset, options: PlanOptions): SheetPlan {
  const ctx = planContext(dataset, options);
  const matrix = planMatrix(ctx);
  const evidence = planEvidence(ctx);
  const commitments = planCommitments(ctx);
  const sources = planSources(ctx, options.register);
  return {
    asOf: options.asOf,
    // Arial is on every Excel and stands in as Liberation Sans in LibreOffice, so widths hold everywhere.
    font: { name: 'Arial', size: 10 },
    sheets: [
      matrix.sheet,
      planSummary({ ctx, commitments }),
      evidence.sheet,
      commitments.sheet,
      planHistory(ctx, options.register),
      sources.sheet,
      planData(dataset),
    ],
    names: [...matrix.names, ...evidence.names, ...commitments.names, ...sources.names],
  };
}
