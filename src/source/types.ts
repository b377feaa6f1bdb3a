/** Raw bytes of one letter, wherever they came from (bundled, a file the analyst added, a web address). */
export interface SourceBytes {
  /** What the analyst knows the source by: a file path or the web address they gave. Used in every message. */
  location: string;
  bytes: Uint8Array;
  /** As the web server declared it (with any parameters, e.g. charset); a hint only, content decides. */
  contentType?: string;
  /** File name, or the last part of the address; a hint only, content decides. */
  fileName?: string;
}

/** Bytes fetched from the web. */
export interface FetchedSource extends SourceBytes {
  /** Where the bytes came from after redirects. */
  finalUrl: string;
}

export type TextFormat = 'text' | 'pdf' | 'docx' | 'html';

/** Letter text in one shape for every format: paragraphs separated by blank lines, lines in reading order. */
export interface ExtractedText {
  text: string;
  format: TextFormat;
}

export type SourceErrorReason =
  | 'unreachable'
  | 'refused'
  | 'too-large'
  | 'timeout'
  | 'wrong-type'
  | 'empty'
  | 'binary'
  | 'no-text-layer'
  | 'not-found'
  | 'unreadable'
  | 'busy';

export const SOURCE_ERROR_REASONS: readonly SourceErrorReason[] = [
  'unreachable',
  'refused',
  'too-large',
  'timeout',
  'wrong-type',
  'empty',
  'binary',
  'no-text-layer',
  'not-found',
  'unreadable',
  'busy',
];

/**
 * Why one source could not be read. The message is for the analyst: it names the source and the problem,
 * so a refresh can show it beside that source and carry on with the others.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly reason: SourceErrorReason,
    readonly location: string,
    message: string,
  ) {
    super(message);
  }
}

export function isSourceError(err: unknown): err is SourceError {
  // Checked by shape as well as class: errors cross realms (jest's VM, the relay's JSON) and lose their prototype.
  return (
    err instanceof SourceError ||
    (typeof err === 'object' &&
      err !== null &&
      (err as { name?: unknown }).name === 'SourceError' &&
      SOURCE_ERROR_REASONS.includes((err as { reason?: SourceErrorReason }).reason as SourceErrorReason))
  );
}

/** A library's error text, fit to end one of our sentences: no trailing full stop of its own. */
export function detail(err: unknown): string {
  const text =
    typeof (err as { message?: unknown })?.message === 'string' ? (err as Error).message : String(err);
  return text.trim().replace(/[.\s]+$/, '');
}

/** A short, readable name for a location in messages: long web addresses are kept whole, paths too. */
export function describe(location: string): string {
  return location.length > 200 ? `${location.slice(0, 197)}...` : location;
}
