import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_LETTER_CHARS } from '../parse';

/**
 * Where `build` gets letters from. A seam: plain .txt files, folders of them and the bundled letters
 * for now; the document readers in src/source (PDF, Word, HTML, web addresses) take over here.
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
const isLetterFile = (name: string) => name.toLowerCase().endsWith('.txt');

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
    if (/^https?:\/\//i.test(arg)) {
      items.push({
        source: arg,
        file: null,
        problem: 'reading from web addresses is not available in this version',
      });
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
    if (!names.length) items.push({ source: arg, file: null, problem: 'the folder holds no .txt letters' });
    for (const name of names) items.push({ source: path.join(arg, name), file: path.join(arg, name) });
  }
  return items;
}

/** A source's text and a hash of its bytes; throws SourceReadError with a one-line reason. */
export async function readSource(item: SourceItem): Promise<SourceText> {
  if (!item.file) throw new SourceReadError(item.source, item.problem ?? 'cannot be read');
  if (!isLetterFile(item.file)) {
    throw new SourceReadError(
      item.source,
      'only .txt letters can be read in this version (PDF, Word and HTML are to come)',
    );
  }
  let stat;
  try {
    stat = await fs.stat(item.file);
  } catch {
    throw new SourceReadError(item.source, 'no such file');
  }
  // Checked before reading so a huge file is never loaded whole.
  if (stat.size > MAX_LETTER_CHARS)
    throw new SourceReadError(item.source, 'the file is over 20 MB, too large to be a letter');
  if (stat.size === 0) throw new SourceReadError(item.source, 'the file is empty');
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(item.file);
  } catch (err) {
    throw new SourceReadError(
      item.source,
      `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return {
    source: item.source,
    text: bytes.toString('utf8'),
    contentHash: createHash('sha256').update(bytes).digest('hex'),
  };
}
