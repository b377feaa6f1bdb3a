/**
 * What a worksheet function gives back, before it is turned into a cell value or an Excel error.
 * Kept free of Office.js so the logic runs in tests and benchmarks; functions.ts translates.
 */
export type ErrorKind =
  /** #N/A: the thing asked about is not there (unknown force, no deadline, no data yet). */
  | 'notAvailable'
  /** #VALUE!: the argument itself cannot be read (empty, not a number, not a recommendation). */
  | 'invalidValue';

export type CellScalar = string | number | boolean;

export type Answer<T> = { ok: true; value: T } | { ok: false; error: ErrorKind; message: string };

export function ok<T>(value: T): Answer<T> {
  return { ok: true, value };
}

export function notAvailable<T = never>(message: string): Answer<T> {
  return { ok: false, error: 'notAvailable', message };
}

export function invalidValue<T = never>(message: string): Answer<T> {
  return { ok: false, error: 'invalidValue', message };
}

export function mapAnswer<T, U>(answer: Answer<T>, f: (value: T) => U): Answer<U> {
  return answer.ok ? ok(f(answer.value)) : answer;
}
