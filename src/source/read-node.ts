/**
 * Reading a letter's bytes in Node, from a file path or a web address, for the command line.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadFetchPolicy } from './fetch-config';
import { createNodeFetcher, type ResolveHost } from './fetch-node';
import { formatBytes, type FetchPolicy } from './fetch-policy';
import { extractText } from './extract';
import { SourceError, describe, detail, type ExtractedText, type SourceBytes } from './types';

export interface ReadSourceOptions {
  /** Default: the operator's policy from the environment (see fetch-config.ts). */
  policy?: FetchPolicy;
  resolve?: ResolveHost;
}

const SCHEME = /^([a-z][a-z0-9+.-]+):\/\//i;

/**
 * A reader that shares one fetcher (and so one concurrency limit) across every address it reads.
 * Throws SourceError for anything wrong with one source, Error for a bad fetch configuration.
 */
export function createSourceReader(
  options: ReadSourceOptions = {},
): (location: string) => Promise<SourceBytes> {
  let fetcher: ReturnType<typeof createNodeFetcher> | undefined;
  let policy = options.policy;
  return async (location) => {
    if (SCHEME.test(location)) {
      policy ??= loadFetchPolicy();
      fetcher ??= createNodeFetcher({ policy, resolve: options.resolve });
      return fetcher.fetch(location);
    }
    return readFileSource(location, (policy ?? { maxBytes: 20 * 1024 * 1024 }).maxBytes);
  };
}

/** A letter's text wherever it is, with where it was read from. */
export interface ReadText extends ExtractedText {
  location: string;
  /** For web addresses: where the letter was after redirects. */
  finalUrl?: string;
}

/**
 * Text from a file path or web address, in the shape the letter reader takes: what `oic-tracker parse`
 * needs for each source. Throws SourceError naming the source and the problem.
 */
export function createTextReader(options: ReadSourceOptions = {}): (location: string) => Promise<ReadText> {
  const read = createSourceReader(options);
  return async (location) => {
    const source = await read(location);
    const extracted = await extractText(source);
    const finalUrl = (source as { finalUrl?: string }).finalUrl;
    return { ...extracted, location, ...(finalUrl ? { finalUrl } : {}) };
  };
}

export async function readFileSource(path: string, maxBytes: number): Promise<SourceBytes> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new SourceError('unreadable', path, `${describe(path)} is a folder, not a file.`);
    }
    size = info.size;
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new SourceError('not-found', path, `${describe(path)} was not found.`);
    }
    throw new SourceError('unreadable', path, `${describe(path)} could not be read: ${detail(err)}.`);
  }
  if (size > maxBytes) {
    throw new SourceError(
      'too-large',
      path,
      `${describe(path)} is larger than ${formatBytes(maxBytes)}, the most that is read.`,
    );
  }
  try {
    return { location: path, bytes: new Uint8Array(await readFile(path)), fileName: basename(path) };
  } catch (err) {
    throw new SourceError('unreadable', path, `${describe(path)} could not be read: ${detail(err)}.`);
  }
}
