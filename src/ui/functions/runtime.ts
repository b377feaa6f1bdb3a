/// <reference types="office-js" />
import type { Dataset } from '../../dataset/types';
import { defaultRegister } from '../../report/forces';
import { getReport } from '../../report/report';
import { LiveAnswers } from './live';
import { OicFunctions } from './logic';
import { DatasetStore, type Snapshot } from './store';
import { readStoredDataset } from './workbook-dataset';

/**
 * The state the shared runtime holds for the OIC functions. The task pane, the ribbon commands and the
 * functions run in one page, and webpack's single runtime chunk makes this module one instance for all three.
 */
function functionsFor(snapshot: Snapshot): OicFunctions {
  try {
    return new OicFunctions(
      getReport(snapshot.dataset?.reportId),
      defaultRegister(),
      snapshot.dataset,
      snapshot.error,
    );
  } catch (err) {
    // Data for a report this version does not know: answer every call with why, not with another report's facts.
    return new OicFunctions(
      getReport(),
      defaultRegister(),
      null,
      err instanceof Error ? err.message : String(err),
    );
  }
}

export const datasetStore = new DatasetStore(() => Excel.run((context) => readStoredDataset(context)));

export const liveAnswers = new LiveAnswers(datasetStore, functionsFor);

/** Answers that need no dataset (deadlines, wording, the force list): the report and register alone. */
export const reportFunctions = new OicFunctions(getReport(), defaultRegister(), null);

/**
 * Called by the task pane after it has written a new dataset to the workbook: every open OIC.* cell that
 * depends on the data gets its new answer.
 */
export function publishDataset(dataset: Dataset): void {
  datasetStore.set(dataset);
}
