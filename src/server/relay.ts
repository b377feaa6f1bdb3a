/**
 * The add-in server's relay: the task pane cannot read commissioners' sites itself (they allow no
 * cross-origin reads), so it asks its own server, GET /relay?url=<address>, which fetches under the fetch
 * policy and hands the bytes back. Same-origin only: a request must carry the X-OIC-Relay header, which a
 * page on another site cannot add without a CORS preflight this server never grants.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fetchSource, type ResolveHost } from '../source/fetch-node';
import type { FetchPolicy } from '../source/fetch-policy';
import { SourceError, detail, isSourceError, type SourceErrorReason } from '../source/types';

export const RELAY_PATH = '/relay';
export const RELAY_HEADER = 'x-oic-relay';

export interface RelayOptions {
  policy: FetchPolicy;
  /** For tests: answers DNS questions without the network. */
  resolve?: ResolveHost;
  /** Requests that may wait for a free slot once `policy.concurrency` are running; beyond that, 503. */
  maxQueue?: number;
}

export type RelayHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (err?: unknown) => void,
) => void;

const STATUS: Record<SourceErrorReason, number> = {
  refused: 403,
  'not-found': 404,
  'too-large': 413,
  'wrong-type': 415,
  timeout: 504,
  busy: 503,
  unreachable: 502,
  empty: 502,
  binary: 415,
  'no-text-layer': 422,
  unreadable: 502,
};

/**
 * A Node request handler, usable on a plain http server or as connect/express middleware (it passes on
 * requests for other paths when given `next`).
 */
export function createRelayHandler(options: RelayOptions): RelayHandler {
  const { policy, resolve } = options;
  const maxQueue = options.maxQueue ?? policy.concurrency * 4;
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (): Promise<void> | undefined => {
    if (active < policy.concurrency) {
      active++;
      return Promise.resolve();
    }
    if (waiting.length >= maxQueue) return undefined;
    return new Promise<void>((resolveSlot) => waiting.push(resolveSlot)).then(() => {
      active++;
    });
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://relay.invalid');
    if (url.pathname !== RELAY_PATH) {
      if (next) next();
      else
        sendError(
          res,
          new SourceError('not-found', url.pathname, 'Nothing here: the relay answers at /relay.'),
        );
      return;
    }
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      sendJson(res, 405, { reason: 'refused', message: 'The relay only answers GET requests.' });
      return;
    }
    if (req.headers[RELAY_HEADER] !== '1') {
      sendJson(res, 403, {
        reason: 'refused',
        message: 'The relay only serves the add-in itself (the X-OIC-Relay header is missing).',
      });
      return;
    }
    const target = url.searchParams.get('url');
    if (!target) {
      sendJson(res, 400, {
        reason: 'refused',
        message: 'The relay needs the address to fetch: /relay?url=...',
      });
      return;
    }
    const slot = acquire();
    if (!slot) {
      res.setHeader('Retry-After', '2');
      sendError(
        res,
        new SourceError(
          'busy',
          target,
          `${target} was not fetched: the add-in's server is busy; try again shortly.`,
        ),
      );
      return;
    }
    const cancel = new AbortController();
    // The task pane gave up (closed, or refreshed again): stop the fetch rather than finish it for nobody.
    res.on('close', () => {
      if (!res.writableFinished) cancel.abort();
    });
    slot
      .then(async () => {
        try {
          if (cancel.signal.aborted) return;
          const fetched = await fetchSource(target, { policy, resolve, signal: cancel.signal });
          res.writeHead(200, {
            'Content-Type': fetched.contentType ?? 'application/octet-stream',
            'Content-Length': String(fetched.bytes.length),
            'X-Final-URL': fetched.finalUrl,
            ...(fetched.fileName ? { 'X-File-Name': encodeURIComponent(fetched.fileName) } : {}),
            ...SAFE_HEADERS,
          });
          res.end(fetched.bytes);
        } finally {
          release();
        }
      })
      .catch((err: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        sendError(
          res,
          isSourceError(err)
            ? err
            : new SourceError('unreachable', target, `${target} could not be fetched: ${detail(err)}.`),
        );
      });
  };
}

/**
 * Relayed bytes come from elsewhere: never let a browser that lands on the relay's address run them as
 * this origin's page.
 */
const SAFE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Content-Disposition': 'attachment',
};

function sendError(res: ServerResponse, err: SourceError): void {
  sendJson(res, STATUS[err.reason] ?? 502, { reason: err.reason, message: err.message });
}

function sendJson(res: ServerResponse, status: number, body: { reason: string; message: string }): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...SAFE_HEADERS,
  });
  res.end(text);
}
