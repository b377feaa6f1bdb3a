import type { Answer } from './answer';
import type { OicFunctions } from './logic';
import type { DatasetStore, Snapshot } from './store';

/**
 * The cells showing answers that depend on the dataset. Each is a streaming function call that stays open;
 * when the dataset changes (a refresh, or a first read of the workbook), every open call gets its answer again,
 * so cells update without anyone re-entering a formula and without relying on Excel to recalculate them.
 */
export class LiveAnswers {
  private readonly open = new Set<() => void>();
  private functionsFor: { snapshot: Snapshot; functions: OicFunctions } | null = null;

  constructor(
    private readonly store: DatasetStore,
    private readonly makeFunctions: (snapshot: Snapshot) => OicFunctions,
  ) {
    store.subscribe(() => {
      for (const refresh of [...this.open]) refresh();
    });
  }

  /** How many calls are open: cells that will update on the next change. */
  get size(): number {
    return this.open.size;
  }

  private functions(snapshot: Snapshot): OicFunctions {
    if (this.functionsFor?.snapshot !== snapshot) {
      this.functionsFor = { snapshot, functions: this.makeFunctions(snapshot) };
    }
    return this.functionsFor.functions;
  }

  /**
   * Answers now if the data is in hand, else once it has been read; then again on every change until the
   * returned function is called (Excel cancels the call when the formula is edited or the cell cleared).
   */
  watch<T>(
    compute: (functions: OicFunctions) => Answer<T>,
    deliver: (answer: Answer<T>) => void,
  ): () => void {
    const refresh = () => {
      const snapshot = this.store.current();
      if (snapshot) deliver(compute(this.functions(snapshot)));
    };
    this.open.add(refresh);
    const snapshot = this.store.current();
    if (snapshot) refresh();
    // No data in hand, or only why the last read failed: read (again); every open call hears the result.
    if (!snapshot || snapshot.error) void this.store.get();
    return () => this.open.delete(refresh);
  }
}
