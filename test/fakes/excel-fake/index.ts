import { FakeRequestContext, type FakeOptions, type FakeStats } from './context';
import { newWorkbook, type WorkbookState } from './state';
import { FakeWorkbook } from './workbook';

/**
 * A strict fake of the Excel JavaScript API, for tests in Node and, later, a browser harness (so: plain
 * TypeScript, no test-framework imports). It holds a workbook as plain data and hands out proxies that
 * behave as Office.js proxies do where it matters for honest tests:
 *  - reading a property before load() and a sync() that applied it throws PropertyNotLoaded;
 *  - writes and method calls queue until sync(), then apply in order; the first failure rejects the sync
 *    and later operations in the batch are dropped;
 *  - text written to a cell is read as Excel reads typed input (a leading = makes a formula);
 *  - every sync is counted, with the size of its batch in bytes, and batches over 5 MB are refused.
 * It is honest rather than complete: only what the add-in uses is there.
 */
export interface FakeExcel {
  state: WorkbookState;
  stats: FakeStats;
  /** Like Excel.run: a fresh context, and a final sync of anything still queued when the batch returns. */
  run<T>(batch: (context: FakeRequestContext & { workbook: FakeWorkbook }) => Promise<T>): Promise<T>;
  /** A context without run's final sync, for tests that drive sync themselves. */
  newContext(): FakeRequestContext & { workbook: FakeWorkbook };
  resetStats(): void;
  /** Makes matching operations fail when they apply (see FakeOptions.failWhen); null stops it. */
  failWhen(predicate: FakeOptions['failWhen'] | null): void;
}

export interface CreateOptions extends Partial<FakeOptions> {
  /** Sheets of a new workbook; default one sheet, "Sheet1". */
  sheets?: string[];
  /** An existing workbook state, to share one workbook between fakes (reopening it, say). */
  state?: WorkbookState;
}

export function createFakeExcel(options: CreateOptions = {}): FakeExcel {
  const state = options.state ?? newWorkbook(options.sheets);
  const stats: FakeStats = { syncs: 0, batches: [], largestBatchBytes: 0 };
  const fakeOptions: FakeOptions = {
    payloadLimitBytes: options.payloadLimitBytes ?? 5 * 1024 * 1024,
    evaluate: options.evaluate,
    failWhen: options.failWhen,
  };
  const newContext = () => {
    const context = new FakeRequestContext(state, stats, fakeOptions) as FakeRequestContext & {
      workbook: FakeWorkbook;
    };
    context.workbook = new FakeWorkbook(context);
    return context;
  };
  return {
    state,
    stats,
    newContext,
    async run(batch) {
      const context = newContext();
      const result = await batch(context);
      if (context.pendingOperations > 0) await context.sync();
      return result;
    },
    failWhen(predicate) {
      fakeOptions.failWhen = predicate ?? undefined;
    },
    resetStats() {
      stats.syncs = 0;
      stats.batches = [];
      stats.largestBatchBytes = 0;
    },
  };
}

export { FakeRequestContext, type FakeStats, type BatchStats } from './context';
export {
  FakeOfficeError,
  newWorkbook,
  UNCALCULATED,
  type WorkbookState,
  type SheetState,
  type CellState,
  type ChartState,
} from './state';
export { FakeWorkbook, FakeWorksheet, cellAt, findSheet } from './workbook';
export { FakeRange } from './range';
export { FakeChart } from './chart';
export { parseAddress, formatAddress, columnLetters } from './a1';
export { referencesTo } from './references';
