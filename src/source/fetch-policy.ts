/**
 * What may be fetched from the web, for the add-in's relay and the command line alike. Pure: no network,
 * no files. The fetchers apply it to every address they are given, every DNS answer and every redirect.
 */
import { FORCES } from '../report/forces';
import { ADDRESS_CLASS_WORDS, classifyAddress, isIpLiteral } from './ip-address';
import { SourceError, describe } from './types';

export interface FetchPolicy {
  /** Host names that may be read: "example.police.uk" exactly, or "*.police.uk" for any host under it. */
  readonly allowHosts: readonly string[];
  /**
   * Loopback "address:port" pairs that may be read, e.g. "127.0.0.1:41234" or "[::1]:41234": only for a test's
   * own fixture server, named one by one. Nothing else about the checks changes, and only literal loopback
   * addresses can be named here.
   */
  readonly allowLoopbackForTests: readonly string[];
  /** Ports that may be used on allowed hosts. */
  readonly allowPorts: readonly number[];
  readonly maxBytes: number;
  /** For the whole fetch, redirects included. */
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  /** Fetches at once, per fetcher (the command line) or per relay. */
  readonly concurrency: number;
  /** Media types (no parameters) a server may declare. A missing type is allowed; the content is sniffed. */
  readonly allowedContentTypes: readonly string[];
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const DEFAULT_ALLOWED_CONTENT_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'application/pdf',
  'application/x-pdf',
  DOCX_TYPE,
  // Many sites serve downloads as octet-stream; what arrives must still sniff as a letter format.
  'application/octet-stream',
  'binary/octet-stream',
];

/** Police and government domains, and every domain in the force register, with their subdomains. */
export function defaultAllowHosts(): string[] {
  const hosts = new Set(['*.police.uk', '*.gov.uk', '*.pcc.police.uk']);
  for (const force of FORCES) {
    for (const domain of force.domains) {
      hosts.add(domain.toLowerCase());
      hosts.add(`*.${domain.toLowerCase()}`);
    }
  }
  return [...hosts];
}

/** What an operator's configuration may set; anything left out takes the default. */
export interface FetchPolicyConfig {
  allowHosts?: readonly string[];
  /** True: allowHosts replaces the default list instead of adding to it. */
  replaceDefaultHosts?: boolean;
  allowLoopbackForTests?: readonly string[];
  allowPorts?: readonly number[];
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  concurrency?: number;
  allowedContentTypes?: readonly string[];
}

const MB = 1024 * 1024;

/** A complete, checked policy. Throws Error naming the bad setting. */
export function makeFetchPolicy(config: FetchPolicyConfig = {}): FetchPolicy {
  const extra = (config.allowHosts ?? []).map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
  for (const h of extra) checkHostPattern(h);
  const allowHosts = config.replaceDefaultHosts ? extra : [...new Set([...defaultAllowHosts(), ...extra])];
  const loopback = (config.allowLoopbackForTests ?? []).map(checkLoopbackPair);
  const policy: FetchPolicy = {
    allowHosts,
    allowLoopbackForTests: loopback,
    allowPorts: config.allowPorts ?? [80, 443],
    maxBytes: config.maxBytes ?? 20 * MB,
    timeoutMs: config.timeoutMs ?? 15_000,
    maxRedirects: config.maxRedirects ?? 5,
    concurrency: config.concurrency ?? 4,
    allowedContentTypes: (config.allowedContentTypes ?? DEFAULT_ALLOWED_CONTENT_TYPES).map((t) =>
      t.toLowerCase(),
    ),
  };
  positive('maxBytes', policy.maxBytes);
  positive('timeoutMs', policy.timeoutMs);
  positive('concurrency', policy.concurrency);
  if (!Number.isInteger(policy.maxRedirects) || policy.maxRedirects < 0) {
    throw new Error(
      `fetch policy: maxRedirects must be a whole number of 0 or more, not ${policy.maxRedirects}`,
    );
  }
  for (const p of policy.allowPorts) {
    if (!Number.isInteger(p) || p < 1 || p > 65535)
      throw new Error(`fetch policy: ${p} is not a port number`);
  }
  return policy;
}

function positive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`fetch policy: ${name} must be a number above 0, not ${value}`);
  }
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_PATTERN = new RegExp(`^(\\*\\.)?(${LABEL}\\.)+${LABEL}$`);

function checkHostPattern(pattern: string): void {
  // "*.uk" would allow a whole country's web; a wildcard needs a registrable domain under it.
  if (/^\*\.[^.]+$/.test(pattern)) {
    throw new Error(`fetch policy: "${pattern}" is too broad; name a domain such as "*.example.gov.uk"`);
  }
  if (!HOST_PATTERN.test(pattern) || isIpLiteral(pattern)) {
    throw new Error(`fetch policy: "${pattern}" is not a host name or a "*.domain" pattern`);
  }
}

function checkLoopbackPair(pair: string): string {
  const bad = () =>
    new Error(
      `fetch policy: "${pair}" in allowLoopbackForTests must be a loopback address and port, e.g. "127.0.0.1:41234"`,
    );
  if (!/^(\[[0-9a-f:.]+\]|[0-9.]+):\d{1,5}$/i.test(pair.trim())) throw bad();
  let url: URL;
  try {
    url = new URL(`http://${pair.trim()}`);
  } catch {
    throw bad();
  }
  // Written the way the URL parser writes addresses, so "[0:0::1]:8080" and "[::1]:8080" are one pair.
  if (classifyAddress(url.hostname.replace(/^\[|\]$/g, '')) !== 'loopback' || url.port === '0') throw bad();
  return `${url.hostname}:${url.port || 80}`;
}

export function hostAllowed(hostname: string, policy: FetchPolicy): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return policy.allowHosts.some((p) => (p.startsWith('*.') ? host.endsWith(p.slice(1)) : host === p));
}

/** A web address that passed the checks that need no network. */
export interface CheckedUrl {
  url: URL;
  /** Host name or address, without brackets or a trailing dot. */
  host: string;
  port: number;
  /** Set when the host is an IP address: the only address to connect to, already checked. */
  literal?: string;
  /** " (it redirects to ...)" when this is a redirect's target, for messages; else empty. */
  via: string;
}

function refused(location: string, why: string): SourceError {
  return new SourceError('refused', location, `${describe(location)} was not fetched: ${why}.`);
}

function testPair(address: string, port: number): string {
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}

/**
 * Scheme, credentials and host of one address (the one asked for, or a redirect's target). The location
 * in messages is the address the analyst gave, with the redirect named where there was one.
 */
export function checkUrl(raw: string, policy: FetchPolicy, location = raw): CheckedUrl {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(location, `"${raw}" is not a web address`);
  }
  const via = raw === location ? '' : ` (it redirects to ${url.href})`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refused(location, `only http and https addresses are read, and this is ${url.protocol}${via}`);
  }
  if (url.username || url.password) {
    throw refused(location, `addresses with a user name or password in them are not read${via}`);
  }
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (isIpLiteral(host)) {
    if (policy.allowLoopbackForTests.includes(testPair(host, port)))
      return { url, host, port, literal: host, via };
    const cls = classifyAddress(host);
    if (cls && cls !== 'public') throw refused(location, `${host} is ${ADDRESS_CLASS_WORDS[cls]}${via}`);
    throw refused(location, `it names a bare IP address (${host}) rather than an allowed site${via}`);
  }
  if (!hostAllowed(host, policy)) {
    throw refused(
      location,
      `${host} is not on the list of allowed sites (police and government sites; an administrator can add others)${via}`,
    );
  }
  return { url, host, port, via };
}

/**
 * Every address a host name resolves to must be public, on an allowed port, or be a loopback pair the
 * policy names for tests. A site whose DNS also answers with a private address is refused outright rather
 * than tried on its public one, since whoever controls the DNS controls the order.
 */
export function checkResolved(
  checked: CheckedUrl,
  addresses: readonly string[],
  policy: FetchPolicy,
  location: string,
): void {
  if (addresses.length === 0) {
    throw new SourceError(
      'unreachable',
      location,
      `${describe(location)} could not be fetched: ${checked.host} has no address.`,
    );
  }
  for (const address of addresses) {
    if (policy.allowLoopbackForTests.includes(testPair(address, checked.port))) continue;
    const cls = classifyAddress(address);
    if (cls !== 'public') {
      const what = cls ? ADDRESS_CLASS_WORDS[cls] : 'not an IP address';
      throw refused(location, `${checked.host} resolves to ${address}, ${what}${checked.via}`);
    }
    if (!policy.allowPorts.includes(checked.port))
      throw refused(location, `port ${checked.port} is not allowed${checked.via}`);
  }
}

/** The media type a server declared, lower case, without parameters; undefined when none was sent. */
export function mediaType(contentType: string | undefined): string | undefined {
  const t = contentType?.split(';')[0].trim().toLowerCase();
  return t ? t : undefined;
}

export function checkContentType(
  contentType: string | undefined,
  policy: FetchPolicy,
  location: string,
): void {
  const type = mediaType(contentType);
  if (type === undefined || policy.allowedContentTypes.includes(type)) return;
  throw new SourceError(
    'wrong-type',
    location,
    `${describe(location)} is ${type}, not a letter: only web pages, PDF, Word (.docx) and plain text are read.`,
  );
}

export function formatBytes(n: number): string {
  return n >= MB ? `${Math.round((n / MB) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`;
}
