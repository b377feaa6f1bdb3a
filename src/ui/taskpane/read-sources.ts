import type { SourceOutcome } from '../../dataset/refresh';
import type { SourceKind } from '../../dataset/types';
import type { ParsedResponse } from '../../parse/types';
import type { ExtractedText, SourceBytes } from '../../source/types';

/**
 * Reads a refresh's sources a few at a time, each to a parsed letter or the reason it could not be: one bad
 * source never stops the others, and every failure names the source and says what went wrong.
 */

/** A source's content: bytes to extract text from, or text kept in the workbook from an earlier read. */
export type SourceContent =
  | { bytes: Uint8Array; contentType?: string; fileName?: string }
  | { text: string; contentHash: string | null };

export interface SourceToRead {
  location: string;
  kind: SourceKind;
  /** What the progress line calls it. */
  label: string;
  load(): Promise<SourceContent>;
}

export interface ReaderDeps {
  extract(source: SourceBytes): Promise<ExtractedText>;
  readLetter(text: string, location: string): ParsedResponse;
  hash(bytes: Uint8Array): Promise<string>;
  /** Sources read at once; the default 4 keeps a slow site from holding the rest up without flooding it. */
  concurrency?: number;
}

export type ReadProgress = { done: number; total: number; source: string };

export interface ReadResult {
  outcomes: SourceOutcome[];
  /** The text each source gave, by location (for storing added files' text in the workbook). */
  texts: Map<string, string>;
}

function reasonOf(err: unknown): string {
  const e = err as { name?: unknown; reason?: unknown };
  if (e?.name === 'SourceError' && typeof e.reason === 'string') return e.reason;
  if (e?.name === 'LetterError') return 'not-a-letter';
  return 'unreadable';
}

function messageOf(err: unknown, location: string): string {
  const text = err instanceof Error ? err.message : String(err);
  const trimmed = text.trim().replace(/[.\s]+$/, '');
  // Source and letter errors name the source already; anything else is said with it.
  return trimmed.includes(location)
    ? `${trimmed}.`
    : `${location} could not be read: ${trimmed || 'no reason given'}.`;
}

async function readOne(
  source: SourceToRead,
  deps: ReaderDeps,
): Promise<{ outcome: SourceOutcome; text?: string }> {
  const { location } = source;
  let contentHash: string | null = null;
  try {
    const content = await source.load();
    let text: string;
    if ('text' in content) {
      text = content.text;
      contentHash = content.contentHash;
    } else {
      contentHash = await deps.hash(content.bytes);
      text = (
        await deps.extract({
          location,
          bytes: content.bytes,
          contentType: content.contentType,
          fileName: content.fileName,
        })
      ).text;
    }
    const response = deps.readLetter(text, location);
    return { outcome: { location, ok: true, response, contentHash }, text };
  } catch (err) {
    return {
      outcome: { location, ok: false, reason: reasonOf(err), message: messageOf(err, location), contentHash },
    };
  }
}

export async function readSources(
  sources: readonly SourceToRead[],
  deps: ReaderDeps,
  onProgress: (p: ReadProgress) => void,
): Promise<ReadResult> {
  const outcomes: SourceOutcome[] = new Array(sources.length);
  const texts = new Map<string, string>();
  const total = sources.length;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      onProgress({ done, total, source: sources[i].label });
      const { outcome, text } = await readOne(sources[i], deps);
      outcomes[i] = outcome;
      if (text !== undefined) texts.set(sources[i].location, text);
      done++;
    }
  };
  const workers = Math.max(1, Math.min(deps.concurrency ?? 4, sources.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return { outcomes, texts };
}
