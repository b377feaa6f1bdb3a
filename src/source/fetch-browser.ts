/**
 * The task pane's way to read a web address: through the add-in's own server (see src/server/relay.ts),
 * because commissioners' sites allow no cross-origin reads. The server applies the fetch policy; errors
 * come back as the same SourceError the command line gives.
 */
import {
  SOURCE_ERROR_REASONS,
  SourceError,
  describe,
  detail,
  type FetchedSource,
  type SourceErrorReason,
} from './types';

export interface RelayFetchOptions {
  /** The relay's address; default "/relay" on the task pane's own server. */
  relayUrl?: string;
  /** Page address the relay address is relative to; default the task pane's. */
  base?: string;
  fetchImpl?: typeof fetch;
  signal?: AbortSignal;
}

export async function fetchViaRelay(
  address: string,
  options: RelayFetchOptions = {},
): Promise<FetchedSource> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address.trim())?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    throw new SourceError(
      'refused',
      address,
      `${describe(address)} was not fetched: only http and https addresses are read.`,
    );
  }
  const base = options.base ?? (globalThis as { location?: { href: string } }).location?.href;
  const relay = new URL(options.relayUrl ?? '/relay', base);
  relay.searchParams.set('url', address.trim());
  const doFetch = options.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await doFetch(relay.href, {
      headers: { 'X-OIC-Relay': '1' },
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (err) {
    throw new SourceError(
      'unreachable',
      address,
      `${describe(address)} could not be fetched: the add-in's server did not answer (${detail(err)}).`,
    );
  }
  if (!res.ok) throw await relayError(res, address);
  const fileName = res.headers.get('X-File-Name');
  return {
    location: address,
    finalUrl: res.headers.get('X-Final-URL') ?? address,
    bytes: new Uint8Array(await res.arrayBuffer()),
    contentType: res.headers.get('Content-Type') ?? undefined,
    fileName: fileName ? decodeURIComponent(fileName) : undefined,
  };
}

async function relayError(res: Response, address: string): Promise<SourceError> {
  let body: { reason?: unknown; message?: unknown } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not the relay's JSON (a proxy's error page, say); the status alone has to do.
  }
  const reason = SOURCE_ERROR_REASONS.includes(body.reason as SourceErrorReason)
    ? (body.reason as SourceErrorReason)
    : res.status === 503
      ? 'busy'
      : 'unreachable';
  const message =
    typeof body.message === 'string' && body.message !== ''
      ? body.message
      : `${describe(address)} could not be fetched: the add-in's server answered ${res.status}.`;
  return new SourceError(reason, address, message);
}
