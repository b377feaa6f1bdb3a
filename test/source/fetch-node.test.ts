import { gzipSync } from 'node:zlib';
import { fetchSource, createNodeFetcher, type ResolveHost } from '../../src/source/fetch-node';
import { makeFetchPolicy, type FetchPolicy } from '../../src/source/fetch-policy';
import { SourceError } from '../../src/source/types';
import { closedPort, startFixtureServer, type FixtureServer } from '../fixtures/fixture-server';

const PAGE = '<!doctype html><html><body><main><p>Dear Home Secretary</p></main></body></html>';

let server: FixtureServer;
let other: FixtureServer;
let policy: FetchPolicy;
let stalls: Array<() => void> = [];
const held: Array<() => void> = [];

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

/** DNS for the tests: every name the tests use, without the network. */
function resolver(table: Record<string, string[]>): ResolveHost & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (host: string) => {
    calls.push(host);
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
  };
  return Object.assign(fn, { calls });
}

beforeAll(async () => {
  other = await startFixtureServer({ '/': (_req, res) => res.end('the other server') });
  server = await startFixtureServer({
    '/letter.html': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    },
    '/download': (_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': 'attachment; filename="Response to HMICFRS.pdf"',
      });
      res.end('%PDF-1.7 not really');
    },
    '/gzipped': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(PAGE));
    },
    '/gzip-bomb': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x20)));
    },
    '/hop1': (_req, res) => {
      res.writeHead(302, { Location: '/hop2' });
      res.end();
    },
    '/hop2': (_req, res) => {
      res.writeHead(301, { Location: '/letter.html' });
      res.end();
    },
    '/loop': (_req, res) => {
      res.writeHead(302, { Location: '/loop' });
      res.end();
    },
    '/to-other-port': (_req, res) => {
      res.writeHead(302, { Location: other.url('/') });
      res.end();
    },
    '/to-private': (_req, res) => {
      res.writeHead(302, { Location: 'http://10.0.0.1/letter' });
      res.end();
    },
    '/to-metadata': (_req, res) => {
      res.writeHead(307, { Location: 'http://169.254.169.254/latest/meta-data/iam/' });
      res.end();
    },
    '/to-ipv6-loopback': (_req, res) => {
      res.writeHead(302, { Location: 'http://[::1]/' });
      res.end();
    },
    '/to-rebinding-name': (_req, res) => {
      res.writeHead(302, { Location: 'http://evil.police.uk/' });
      res.end();
    },
    '/to-file': (_req, res) => {
      res.writeHead(302, { Location: 'file:///etc/passwd' });
      res.end();
    },
    '/big': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      // No Content-Length: the size is only known by counting.
      for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 * 1024, 0x61));
      res.end();
    },
    '/says-big': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(500 * 1024 * 1024) });
      res.write('a');
      stalls.push(() => res.destroy());
    },
    '/image': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    },
    '/json': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    },
    '/stall-headers': (_req, res) => {
      stalls.push(() => res.destroy());
    },
    '/stall-body': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('Dear Home Secretary, ');
      stalls.push(() => res.destroy());
    },
    '/hold': (_req, res) => {
      held.push(() => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('held');
      });
    },
    '/gone': (_req, res) => {
      res.writeHead(410);
      res.end();
    },
    '/error': (_req, res) => {
      res.writeHead(500);
      res.end('oops');
    },
  });
  policy = makeFetchPolicy({ allowLoopbackForTests: [server.pair], maxBytes: 1024 * 1024, timeoutMs: 400 });
});

afterEach(() => {
  for (const release of stalls) release();
  stalls = [];
});

afterAll(async () => {
  await server.close();
  await other.close();
});

async function refusal(url: string, p = policy, resolve?: ResolveHost): Promise<SourceError> {
  try {
    await fetchSource(url, { policy: p, resolve: resolve ?? resolver({}) });
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return err as SourceError;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe('fetching from a loopback fixture server allowed by the test policy', () => {
  test('returns the page with its type, final address and a file name', async () => {
    const got = await fetchSource(server.url('/letter.html'), { policy });
    expect(new TextDecoder().decode(got.bytes)).toBe(PAGE);
    expect(got.contentType).toBe('text/html; charset=utf-8');
    expect(got.finalUrl).toBe(server.url('/letter.html'));
    expect(got.location).toBe(server.url('/letter.html'));
    expect(got.fileName).toBe('letter.html');
  });

  test('follows redirects on the allowed server and reports where it ended', async () => {
    const got = await fetchSource(server.url('/hop1'), { policy });
    expect(new TextDecoder().decode(got.bytes)).toBe(PAGE);
    expect(got.finalUrl).toBe(server.url('/letter.html'));
    expect(got.location).toBe(server.url('/hop1'));
  });

  test('unpacks a gzipped page', async () => {
    const got = await fetchSource(server.url('/gzipped'), { policy });
    expect(new TextDecoder().decode(got.bytes)).toBe(PAGE);
  });

  test('takes the file name from Content-Disposition for a download', async () => {
    const got = await fetchSource(server.url('/download'), { policy });
    expect(got.fileName).toBe('Response to HMICFRS.pdf');
    expect(got.contentType).toBe('application/octet-stream');
  });

  test('connects to the address it vetted, not one the system resolver would give', async () => {
    // letters.police.uk does not exist in real DNS; reaching the fixture proves the vetted address was used.
    const dns = resolver({ 'letters.police.uk': ['127.0.0.1'] });
    const got = await fetchSource(`http://letters.police.uk:${server.port}/letter.html`, {
      policy,
      resolve: dns,
    });
    expect(new TextDecoder().decode(got.bytes)).toBe(PAGE);
    expect(dns.calls).toEqual(['letters.police.uk']);
    expect(server.seen[server.seen.length - 1].host).toBe(`letters.police.uk:${server.port}`);
  });

  test('keeps to the concurrency limit across fetches, queueing the rest', async () => {
    const fetcher = createNodeFetcher({ policy: makeFetchPolicy({ ...policy, concurrency: 2 }) });
    const arrived = () => server.seen.filter((r) => r.path === '/hold').length;
    const all = Promise.all(Array.from({ length: 4 }, () => fetcher.fetch(server.url('/hold'))));
    await until(() => arrived() === 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(arrived()).toBe(2);
    held.splice(0).forEach((release) => release());
    await until(() => arrived() === 4);
    held.splice(0).forEach((release) => release());
    expect(await all).toHaveLength(4);
  });
});

describe('refusing', () => {
  test.each([
    ['file:///etc/passwd', 'only http and https'],
    ['ftp://www.gov.uk/letter.pdf', 'only http and https'],
    ['javascript:alert(1)', 'only http and https'],
    ['https://example.com/letter', 'not on the list of allowed sites'],
    ['http://127.0.0.1:9/', 'loopback'],
    ['http://[::1]:9/', 'loopback'],
    ['http://10.0.0.1/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
  ])('%s (%s)', async (url, why) => {
    const err = await refusal(url);
    expect(err.reason).toBe('refused');
    expect(err.message).toContain(why);
  });

  test.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['169.254.1.1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['fd00::1', 'private'],
    ['fe80::1', 'link-local'],
    ['::ffff:127.0.0.1', 'loopback'],
  ])('an allowed name that resolves to %s (%s)', async (address, why) => {
    const err = await refusal(
      'https://evil.police.uk/letter.pdf',
      policy,
      resolver({ 'evil.police.uk': [address] }),
    );
    expect(err.reason).toBe('refused');
    expect(err.message).toContain(`evil.police.uk resolves to ${address}`);
    expect(err.message).toContain(why);
  });

  test('an allowed name on the test port that resolves to a loopback address the policy does not name', async () => {
    const err = await refusal(
      `http://evil.police.uk:${server.port}/`,
      policy,
      resolver({ 'evil.police.uk': ['127.0.0.2'] }),
    );
    expect(err.message).toContain('loopback');
  });

  test.each([
    ['/to-other-port', 'loopback'],
    ['/to-private', 'private'],
    ['/to-metadata', 'metadata'],
    ['/to-ipv6-loopback', 'loopback'],
    ['/to-rebinding-name', 'evil.police.uk resolves to 127.0.0.1'],
    ['/to-file', 'only http and https'],
  ])('a redirect from the allowed server (%s) to a forbidden address', async (path, why) => {
    const seenBefore = other.seen.length;
    const err = await refusal(server.url(path), policy, resolver({ 'evil.police.uk': ['127.0.0.1'] }));
    expect(err.reason).toBe('refused');
    expect(err.message).toContain(why);
    expect(err.message).toContain('redirects to');
    expect(err.location).toBe(server.url(path));
    expect(other.seen.length).toBe(seenBefore);
  });

  test('more redirects than the policy allows', async () => {
    const err = await refusal(server.url('/loop'));
    expect(err.reason).toBe('refused');
    expect(err.message).toContain('redirects more than 5 times');
  });

  test('a body larger than the limit, counted as it arrives', async () => {
    const err = await refusal(server.url('/big'));
    expect(err.reason).toBe('too-large');
    expect(err.message).toContain('larger than 1 MB');
  });

  test('a declared Content-Length over the limit, before reading the body', async () => {
    const err = await refusal(server.url('/says-big'));
    expect(err.reason).toBe('too-large');
  });

  test('a compressed body that unpacks to more than the limit', async () => {
    const err = await refusal(server.url('/gzip-bomb'));
    expect(err.reason).toBe('too-large');
  });

  test.each([
    ['/image', 'image/png'],
    ['/json', 'application/json'],
  ])('a wrong content type (%s)', async (path, type) => {
    const err = await refusal(server.url(path));
    expect(err.reason).toBe('wrong-type');
    expect(err.message).toContain(type);
  });

  test('a server that never answers, after the time limit', async () => {
    const started = Date.now();
    const err = await refusal(server.url('/stall-headers'));
    expect(err.reason).toBe('timeout');
    expect(err.message).toContain('did not arrive within 400 ms');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a server that stops part way through the body, after the time limit', async () => {
    const err = await refusal(server.url('/stall-body'));
    expect(err.reason).toBe('timeout');
  });
});

describe('reporting failures', () => {
  test('a fetch cancelled by its caller stops, and says so', async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 50);
    const slow = makeFetchPolicy({ allowLoopbackForTests: [server.pair], timeoutMs: 10_000 });
    const started = Date.now();
    const err = await fetchSource(server.url('/stall-headers'), {
      policy: slow,
      signal: cancel.signal,
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'unreachable', message: expect.stringContaining('cancelled') });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a missing page is not-found', async () => {
    expect((await refusal(server.url('/gone'))).reason).toBe('not-found');
    expect((await refusal(server.url('/nothing-here'))).message).toContain(
      'was not found (the site answered 404)',
    );
  });

  test('a server error is unreachable, with the status', async () => {
    const err = await refusal(server.url('/error'));
    expect(err.reason).toBe('unreachable');
    expect(err.message).toContain('answered 500');
  });

  test('a refused connection is unreachable', async () => {
    const port = await closedPort();
    const p = makeFetchPolicy({ allowLoopbackForTests: [`127.0.0.1:${port}`] });
    const err = await refusal(`http://127.0.0.1:${port}/`, p);
    expect(err.reason).toBe('unreachable');
    expect(err.message).toContain('refused the connection');
  });

  test('a name DNS does not know is unreachable, naming the site', async () => {
    const err = await refusal('https://nowhere.police.uk/letter', policy, resolver({}));
    expect(err.reason).toBe('unreachable');
    expect(err.message).toContain('nowhere.police.uk was not found');
  });
});
