import type { Dataset } from '../../dataset/types';

/** What the functions answer from: the workbook's dataset, or why there is none to use. */
export interface Snapshot {
  dataset: Dataset | null;
  /** Why the stored data could not be used; null when it was read (or there is simply none yet). */
  error: string | null;
}

export type DatasetLoader = () => Promise<Dataset | null>;

/**
 * Holds the dataset for the shared runtime. The first function call reads it from the workbook; the task
 * pane replaces it after a refresh. A read that finishes after a newer dataset was set is dropped, so a slow
 * first load can never undo a refresh.
 */
export class DatasetStore {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  private generation = 0;
  private readonly listeners = new Set<(snapshot: Snapshot) => void>();

  constructor(private readonly loader: DatasetLoader) {}

  /** The data in hand, without waiting; null before the first load has finished. */
  current(): Snapshot | null {
    return this.snapshot;
  }

  /**
   * The data, reading the workbook on first use. Concurrent callers share one read. A failed read is
   * answered with, but tried again on the next call, since the cause (a busy workbook, a sheet being
   * edited) may have passed.
   */
  get(): Promise<Snapshot> {
    if (this.snapshot && !this.snapshot.error) return Promise.resolve(this.snapshot);
    return (this.loading ??= this.load());
  }

  /** Reads the workbook again (after someone else changed the stored data) and tells subscribers. */
  reload(): Promise<Snapshot> {
    this.snapshot = null;
    this.loading = this.load();
    return this.loading;
  }

  set(dataset: Dataset): void {
    this.generation += 1;
    this.loading = null;
    this.publish({ dataset, error: null });
  }

  subscribe(listener: (snapshot: Snapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async load(): Promise<Snapshot> {
    const generation = this.generation;
    let snapshot: Snapshot;
    try {
      snapshot = { dataset: await this.loader(), error: null };
    } catch (err) {
      snapshot = { dataset: null, error: err instanceof Error ? err.message : String(err) };
    }
    if (generation !== this.generation && this.snapshot) return this.snapshot;
    this.loading = null;
    this.publish(snapshot);
    return snapshot;
  }

  private publish(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener(snapshot);
  }
}
