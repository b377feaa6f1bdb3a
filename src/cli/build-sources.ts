import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createSourceReader, describe, extractText, isSourceError } from '../source/node';

/**
 * Where `build` and `refresh` get letters from: files (plain text, PDF, Word, web pages saved as HTML),
 * folders of them, web addresses (under the fetch policy), and the bundled letters.
 */

export interface SourceItem {
  /** Name shown to people and stored in the workbook: the path as given, or "bundled:<file>". */
  source: string;
  /** File to read, or null when the source was refused before reading (the reason is in `problem`). */
  file: string | null;
  problem?: string;
}

export interface SourceText {
  source: string;
  text: string;
  contentHash: string;
}

/** The letters shipped in the package: corpus/ beside lib/ (compiled) or src/ (tests). */
export const BUNDLED_DIR = path.resolve(__dirname, '..', '..', 'corpus');

export class SourceReadError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'SourceReadError';
  }
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en-GB');
const isLetterFile = (name: string) => /\.(?:txt|text|pdf|docx|html?|md)$/i.test(name);
const isWebAddress = (arg: string) => /^https?:\/\//i.test(arg);

export async function bundledSources(dir = BUNDLED_DIR): Promise<SourceItem[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    throw new Error(`The bundled letters are missing (looked in ${dir}).`);
  }
  return names
    .filter(isLetterFile)
    .sort(byName)
    .map((name) => ({ source: `bundled:${name}`, file: path.join(dir, name) }));
}

/** Files named on the command line, with folders opened to the .txt files inside them (not sub-folders). */
export async function collectSources(args: readonly string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for (const arg of args) {
    if (isWebAddress(arg)) {
      items.push({ source: arg, file: arg });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      items.push({ source: arg, file: null, problem: 'no such file or folder' });
      continue;
    }
    if (!stat.isDirectory()) {
      items.push({ source: arg, file: arg });
      continue;
    }
    const names = (await fs.readdir(arg, { withFileTypes: true }))
      .filter((e) => e.isFile() && isLetterFile(e.name))
      .map((e) => e.name)
      .sort(byName);
    if (!names.length)
      items.push({
        source: arg,
        file: null,
        problem: 'the folder holds no letters (.txt, .pdf, .docx or .html)',
      });
    for (const name of names) items.push({ source: path.join(arg, name), file: path.join(arg, name) });
  }
  return items;
}

let readBytes: ReturnType<typeof createSourceReader> | undefined;

/** A source's text and a hash of its bytes; throws SourceReadError with a one-line reason. */
export async function readSource(item: SourceItem): Promise<SourceText> {
  if (!item.file) throw new SourceReadError(item.source, item.problem ?? 'cannot be read');
  readBytes ??= createSourceReader();
  try {
    const bytes = await readBytes(item.file);
    const { text } = await extractText(bytes);
    return {
      source: item.source,
      text,
      contentHash: createHash('sha256').update(bytes.bytes).digest('hex'),
    };
  } catch (err) {
    if (!isSourceError(err)) throw err;
    // The reader's message names the file already; here the source's own name leads.
    const prefix = describe(err.location);
    const reason = err.message.startsWith(prefix) ? err.message.slice(prefix.length).trim() : err.message;
    throw new SourceReadError(item.source, reason.replace(/\s*\n\s*/g, ' '));
  }
}
