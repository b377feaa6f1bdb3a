import { FakeOfficeError, propertyNotLoaded, type CellValue, type WorkbookState } from './state';

/** What a batch cost: operations queued and the bytes they would travel as, JSON-serialised. */
export interface BatchStats {
  operations: number;
  bytes: number;
}

export interface FakeStats {
  syncs: number;
  batches: BatchStats[];
  largestBatchBytes: number;
}

export interface FakeOptions {
  /** Excel on the web refuses requests over 5 MB; the fake does too unless told otherwise. */
  payloadLimitBytes: number;
  /** Gives a value for a formula cell; by default formula cells read as "#UNCALCULATED!". */
  evaluate?: (formula: string, sheet: string, row: number, column: number) => CellValue;
  /**
   * Makes an operation fail when it applies, as a real one may (a full disk, a lost connection, a limit
   * the fake does not model): given each operation's target path and action, true fails it and so the sync.
   */
  failWhen?: (op: { target: string; action: string }) => boolean;
}

interface Operation {
  target: string;
  action: string;
  args: unknown[];
  apply: () => void;
}

const encoder = new TextEncoder();

/**
 * The request context: proxies queue operations here; sync() sends the batch. Operations apply in order and
 * stop at the first failure, whose error sync() rejects with; earlier operations stay applied, as in Excel.
 */
export class FakeRequestContext {
  private queue: Operation[] = [];

  constructor(
    readonly state: WorkbookState,
    readonly stats: FakeStats,
    readonly options: FakeOptions,
  ) {}

  /** Set by the workbook module to avoid a circular import; every context has exactly one workbook. */
  workbook!: unknown;

  get pendingOperations(): number {
    return this.queue.length;
  }

  enqueue(target: ClientObject | string, action: string, args: unknown[], apply: () => void): void {
    this.queue.push({ target: typeof target === 'string' ? target : target.path, action, args, apply });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const payload = JSON.stringify(
      batch.map((op) => ({ t: op.target, a: op.action, v: op.args })),
      (_key, value) => (value instanceof ClientObject ? { ref: value.path } : value),
    );
    const bytes = encoder.encode(payload).length;
    this.stats.syncs += 1;
    this.stats.batches.push({ operations: batch.length, bytes });
    this.stats.largestBatchBytes = Math.max(this.stats.largestBatchBytes, bytes);
    // A real round trip is asynchronous; callers must await it before reading what they loaded.
    await Promise.resolve();
    if (bytes > this.options.payloadLimitBytes) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${bytes} bytes) has exceeded the limit (${this.options.payloadLimitBytes} bytes).`,
      );
    }
    for (const op of batch) {
      if (this.options.failWhen?.({ target: op.target, action: op.action })) {
        throw new FakeOfficeError(
          'GeneralException',
          `The operation ${op.action} on ${op.target} failed (made to fail by the test).`,
          op.target,
        );
      }
      op.apply();
    }
  }
}

type LoadArgument = string | string[] | { select?: string | string[] } | undefined;

function loadList(props: LoadArgument): string[] | null {
  if (props === undefined) return null;
  if (typeof props === 'string')
    return props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.map((p) => p.trim()).filter(Boolean);
  return loadList(props.select);
}

/**
 * Base of every proxy. Scalar properties are readable only after load() and a sync that applied it (or
 * after the script itself set them); anything else throws PropertyNotLoaded, as Office.js does.
 */
export abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  /** For objects from *OrNullObject methods: unknown until the sync that resolves them. */
  protected nullState: boolean | undefined = false;

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
  ) {}

  abstract get objectName(): string;

  /** Readers for the scalar properties, run when a load applies at sync. */
  protected abstract scalars(): Record<string, () => unknown>;

  /** Child objects reachable by "format/fill/color"-style load paths. */
  protected navigation(): Record<string, ClientObject> {
    return {};
  }

  /** Run before any operation on the object applies: checks the object still exists. */
  protected abstract check(): void;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject', this.objectName);
    return this.nullState;
  }

  load(props?: LoadArgument): this {
    const list = loadList(props);
    const readers = this.scalars();
    const nav = this.navigation();
    const own: string[] = [];
    for (const prop of list ?? Object.keys(readers)) {
      const [head, ...rest] = prop.split('/');
      if (nav[head]) nav[head].load(rest.length ? rest.join('/') : undefined);
      else own.push(head);
    }
    this.context.enqueue(this, 'load', [own], () => {
      // Loading a null object is how scripts find out it is null: it succeeds and loads nothing.
      if (this.nullState === true) return;
      this.guard();
      for (const p of own) {
        const read = readers[p];
        if (!read) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `The property '${p}' does not exist on ${this.objectName}.`,
          );
        }
        this.loaded.set(p, read());
      }
    });
    return this;
  }

  /** Every operation's apply starts here: a null object or a deleted one fails the batch. */
  protected guard(): void {
    if (this.nullState === true) {
      throw new FakeOfficeError(
        'ItemNotFound',
        `The requested ${this.objectName} does not exist.`,
        this.path,
      );
    }
    this.check();
  }

  protected read<T>(prop: string): T {
    if (this.nullState === true) {
      throw new FakeOfficeError('ItemNotFound', `The ${this.objectName} is a null object.`, this.path);
    }
    if (!this.loaded.has(prop)) throw propertyNotLoaded(prop, this.objectName);
    return this.loaded.get(prop) as T;
  }

  /** Queues a property write; the proxy shows the written value at once, as Office.js proxies do. */
  protected write(prop: string, value: unknown, apply: () => void): void {
    this.loaded.set(prop, value);
    this.context.enqueue(this, `set:${prop}`, [value], () => {
      this.guard();
      apply();
    });
  }

  /** Queues a method call. */
  protected call(action: string, args: unknown[], apply: () => void): void {
    this.context.enqueue(this, action, args, () => {
      this.guard();
      apply();
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** The result of a method that returns a value (getCount and the like): readable after sync. */
export class ClientResult<T> {
  private settled = false;
  private result: T | undefined;

  constructor(context: FakeRequestContext, path: string, action: string, compute: () => T) {
    context.enqueue(path, action, [], () => {
      this.result = compute();
      this.settled = true;
    });
  }

  get value(): T {
    if (!this.settled) throw propertyNotLoaded('value', 'ClientResult');
    return this.result as T;
  }
}
