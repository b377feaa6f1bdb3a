/**
 * Fetches a letter from the web in Node (the command line, and the relay for the task pane), applying the
 * fetch policy at every step: the address, every address DNS gives for it, the connection (pinned to the
 * vetted address, so a second DNS answer cannot swap it), every redirect, the declared type and size, the
 * bytes as they arrive, and the clock.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import {
  checkContentType,
  checkResolved,
  checkUrl,
  formatBytes,
  type CheckedUrl,
  type FetchPolicy,
} from './fetch-policy';
import { SourceError, describe, detail, isSourceError, type FetchedSource } from './types';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address of a host name. Tests give their own, so no real DNS is needed to test the checks. */
export type ResolveHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolve: ResolveHost = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface NodeFetchOptions {
  policy: FetchPolicy;
  resolve?: ResolveHost;
  /** Cancels the fetch (the relay's client went away); reported as 'unreachable'. */
  signal?: AbortSignal;
}

const USER_AGENT = 'OIC-Tracker/0.1 (reads published PCC responses to HMICFRS inspections)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One fetch, no concurrency limit (the relay and createNodeFetcher keep their own). */
export async function fetchSource(rawUrl: string, options: NodeFetchOptions): Promise<FetchedSource> {
  const { policy, resolve = systemResolve } = options;
  const location = rawUrl;
  const clock = new AbortController();
  const timer = setTimeout(() => clock.abort(), policy.timeoutMs);
  const onCancel = () => clock.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  if (options.signal?.aborted) clock.abort();
  try {
    let current = rawUrl;
    for (let hop = 0; ; hop++) {
      const checked = checkUrl(current, policy, location);
      const pinned = await vetAddress(checked, policy, resolve, location, clock.signal);
      const res = await request(checked, pinned, location, clock.signal);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.destroy();
        if (hop >= policy.maxRedirects) {
          throw new SourceError(
            'refused',
            location,
            `${describe(location)} was not fetched: it redirects more than ${policy.maxRedirects} times.`,
          );
        }
        current = new URL(res.headers.location, checked.url).href;
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw statusError(status, location);
      }
      const contentType = res.headers['content-type'];
      checkContentType(contentType, policy, location);
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > policy.maxBytes) {
        res.destroy();
        throw tooLarge(location, policy.maxBytes);
      }
      const bytes = await readCapped(decoded(res, location), policy.maxBytes, location);
      return {
        location,
        finalUrl: checked.url.href,
        bytes,
        contentType,
        fileName: fileNameOf(res.headers['content-disposition'], checked.url),
      };
    }
  } catch (err) {
    // Whatever broke once the clock ran out (a destroyed socket, a cut-off body) was the clock's doing.
    const clockCaused = clock.signal.aborted && !(isSourceError(err) && err.reason !== 'unreachable');
    if (!clockCaused) throw err;
    throw options.signal?.aborted
      ? new SourceError(
          'unreachable',
          location,
          `${describe(location)} was not fetched: the fetch was cancelled.`,
        )
      : timeoutError(location, policy.timeoutMs);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * A fetcher for the command line: the policy's concurrency limit across all its fetches, queueing the rest.
 */
export function createNodeFetcher(options: Omit<NodeFetchOptions, 'signal'>): {
  fetch(url: string, signal?: AbortSignal): Promise<FetchedSource>;
} {
  const limit = createLimiter(options.policy.concurrency);
  return { fetch: (url, signal) => limit(() => fetchSource(url, { ...options, signal })) };
}

export function createLimiter(max: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (job) => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

async function vetAddress(
  checked: CheckedUrl,
  policy: FetchPolicy,
  resolve: ResolveHost,
  location: string,
  signal: AbortSignal,
): Promise<ResolvedAddress> {
  if (checked.literal !== undefined) {
    return { address: checked.literal, family: checked.literal.includes(':') ? 6 : 4 };
  }
  let answers: readonly ResolvedAddress[];
  try {
    answers = await Promise.race([resolve(checked.host), aborted(signal)]);
  } catch (err) {
    if (signal.aborted) throw err;
    throw new SourceError(
      'unreachable',
      location,
      `${describe(location)} could not be fetched: the site ${checked.host} was not found (${detail(err)}).`,
    );
  }
  checkResolved(
    checked,
    answers.map((a) => a.address),
    policy,
    location,
  );
  return answers[0];
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(new Error('aborted'));
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
}

/** Connects only to the vetted address, whatever the system resolver would say now. */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_hostname: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (opts?.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
}

function request(
  checked: CheckedUrl,
  pinned: ResolvedAddress,
  location: string,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const { url } = checked;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        protocol: url.protocol,
        hostname: checked.host,
        port: checked.port,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        // A fresh connection each time: a pooled socket could belong to an address vetted for another fetch.
        agent: false,
        lookup: pinnedLookup(pinned),
        servername: url.protocol === 'https:' && checked.literal === undefined ? checked.host : undefined,
        signal,
        headers: {
          host: url.host,
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('socket', (socket) => {
      socket.once('connect', () => {
        if (socket.remoteAddress !== undefined && socket.remoteAddress !== pinned.address) {
          req.destroy(
            new SourceError(
              'refused',
              location,
              `${describe(location)} was not fetched: it connected to an address that was not checked.`,
            ),
          );
        }
      });
    });
    req.on('error', (err) => {
      if (isSourceError(err) || signal.aborted) reject(err);
      else
        reject(
          new SourceError(
            'unreachable',
            location,
            `${describe(location)} could not be fetched: ${connectionProblem(err)}.`,
          ),
        );
    });
    req.end();
  });
}

function connectionProblem(err: Error & { code?: string }): string {
  switch (err.code) {
    case 'ECONNREFUSED':
      return 'the site refused the connection';
    case 'ECONNRESET':
      return 'the site closed the connection';
    case 'ENOTFOUND':
      return 'the site was not found';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the site could not be reached';
    default:
      return /certificate|self.signed|SSL|TLS/i.test(`${err.code} ${err.message}`)
        ? `its security certificate was not accepted (${detail(err)})`
        : detail(err);
  }
}

function statusError(status: number, location: string): SourceError {
  if (status === 404 || status === 410) {
    return new SourceError(
      'not-found',
      location,
      `${describe(location)} was not found (the site answered ${status}).`,
    );
  }
  return new SourceError(
    'unreachable',
    location,
    `${describe(location)} could not be fetched: the site answered ${status}.`,
  );
}

function tooLarge(location: string, max: number): SourceError {
  return new SourceError(
    'too-large',
    location,
    `${describe(location)} is larger than ${formatBytes(max)}, the most that is read.`,
  );
}

function timeoutError(location: string, ms: number): SourceError {
  const secs = ms >= 1000 ? `${Math.round(ms / 100) / 10} seconds` : `${ms} ms`;
  return new SourceError(
    'timeout',
    location,
    `${describe(location)} did not arrive within ${secs}; the site may be slow or down.`,
  );
}

/** Compressed bodies are unpacked as they arrive, so the size limit applies to what is unpacked. */
function decoded(res: http.IncomingMessage, location: string): Readable {
  const encoding = String(res.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  const unpack =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : encoding === 'identity' || encoding === ''
            ? undefined
            : null;
  if (unpack === null) {
    res.destroy();
    throw new SourceError(
      'unreadable',
      location,
      `${describe(location)} came in an unknown encoding (${encoding}).`,
    );
  }
  if (!unpack) return res;
  res.on('error', (err) => unpack.destroy(err));
  return res.pipe(unpack);
}

async function readCapped(stream: Readable, max: number, location: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > max) {
        stream.destroy();
        throw tooLarge(location, max);
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (isSourceError(err)) throw err;
    throw new SourceError(
      'unreachable',
      location,
      `${describe(location)} stopped arriving part way: ${detail(err)}.`,
    );
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function fileNameOf(disposition: string | undefined, url: URL): string | undefined {
  const m = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  const raw = m ? m[1] : url.pathname.split('/').filter(Boolean).pop();
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
