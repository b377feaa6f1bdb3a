import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRelayHandler, type RelayOptions } from '../../src/server/relay';
import { makeFetchPolicy } from '../../src/source/fetch-policy';
import type { ResolveHost } from '../../src/source/fetch-node';
import { startFixtureServer, type FixtureServer } from '../fixtures/fixture-server';

const PAGE = '<!doctype html><html><body><main><p>Dear Home Secretary</p></main></body></html>';

let fixtures: FixtureServer;
const held: Array<() => void> = [];
const closed: string[] = [];

/** DNS for the tests, without the network. */
const resolve: ResolveHost = async (host) => {
  const table: Record<string, string> = { 'evil.police.uk': '127.0.0.1', 'intranet.gov.uk': '10.1.2.3' };
  if (!table[host]) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return [{ address: table[host], family: 4 }];
};

beforeAll(async () => {
  fixtures = await startFixtureServer({
    '/letter.html': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    },
    '/moved': (_req, res) => {
      res.writeHead(302, { Location: '/letter.html' });
      res.end();
    },
    '/to-private': (_req, res) => {
      res.writeHead(302, { Location: 'http://192.168.0.10/admin' });
      res.end();
    },
    '/to-loopback': (_req, res) => {
      res.writeHead(302, { Location: 'http://127.0.0.1:22/' });
      res.end();
    },
    '/big': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(Buffer.alloc(300 * 1024, 0x61));
    },
    '/image': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'image/jpeg' });
      res.end(Buffer.from([0xff, 0xd8, 0xff]));
    },
    '/slow': () => {
      // Never answers; the relay's time limit ends it.
    },
    '/watch': (req) => {
      req.on('close', () => closed.push('/watch'));
    },
    '/hold': (_req, res) => {
      held.push(() => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('held');
      });
    },
  });
});

afterAll(async () => {
  await fixtures.close();
});

interface Relay {
  origin: string;
  close(): Promise<void>;
}

async function startRelay(options: Partial<RelayOptions> = {}, policyOverrides = {}): Promise<Relay> {
  const policy = makeFetchPolicy({
    allowLoopbackForTests: [fixtures.pair],
    maxBytes: 200 * 1024,
    timeoutMs: 300,
    ...policyOverrides,
  });
  const handler = createRelayHandler({ policy, resolve, ...options });
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

let relay: Relay;
beforeAll(async () => {
  relay = await startRelay();
});
afterAll(async () => {
  await relay.close();
});

function ask(target: string, r = relay, headers: Record<string, string> = { 'X-OIC-Relay': '1' }) {
  return fetch(`${r.origin}/relay?url=${encodeURIComponent(target)}`, { headers });
}

async function refusedWith(res: Response, status: number, reason: string): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { reason: string; message: string };
  expect(body.reason).toBe(reason);
  return body.message;
}

describe('the relay', () => {
  test('returns an allowed page with its content type and final address', async () => {
    const res = await ask(fixtures.url('/moved'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(PAGE);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-final-url')).toBe(fixtures.url('/letter.html'));
  });

  test('never lets a browser run relayed pages as its own', async () => {
    const res = await ask(fixtures.url('/letter.html'));
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe('attachment');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await res.arrayBuffer();
  });

  test.each([
    ['file:///etc/passwd', 'only http and https'],
    ['ftp://www.gov.uk/x', 'only http and https'],
    ['https://example.com/letter', 'not on the list of allowed sites'],
    ['http://127.0.0.1:22/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://10.0.0.1/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://evil.police.uk/', 'evil.police.uk resolves to 127.0.0.1'],
    ['http://intranet.gov.uk/', 'intranet.gov.uk resolves to 10.1.2.3'],
  ])('refuses %s with 403 (%s)', async (target, why) => {
    const message = await refusedWith(await ask(target), 403, 'refused');
    expect(message).toContain(why);
  });

  test('refuses to fetch itself', async () => {
    const message = await refusedWith(await ask(`${relay.origin}/relay?url=x`), 403, 'refused');
    expect(message).toContain('loopback');
  });

  test.each([
    ['/to-private', 'private'],
    ['/to-loopback', 'loopback'],
  ])('refuses a redirect to a forbidden address (%s)', async (path, why) => {
    const message = await refusedWith(await ask(fixtures.url(path)), 403, 'refused');
    expect(message).toContain(why);
    expect(message).toContain('redirects to');
  });

  test('refuses an oversize page with 413', async () => {
    await refusedWith(await ask(fixtures.url('/big')), 413, 'too-large');
  });

  test('refuses a wrong content type with 415', async () => {
    expect(await refusedWith(await ask(fixtures.url('/image')), 415, 'wrong-type')).toContain('image/jpeg');
  });

  test('gives up on a slow server with 504', async () => {
    await refusedWith(await ask(fixtures.url('/slow')), 504, 'timeout');
  });

  test('reports a missing page with 404', async () => {
    await refusedWith(await ask(fixtures.url('/nothing')), 404, 'not-found');
  });

  test('serves only the add-in: a request without its header is refused', async () => {
    const res = await ask(fixtures.url('/letter.html'), relay, {});
    expect(await refusedWith(res, 403, 'refused')).toContain('X-OIC-Relay');
  });

  test('answers only GET, and needs an address', async () => {
    const post = await fetch(`${relay.origin}/relay?url=x`, {
      method: 'POST',
      headers: { 'X-OIC-Relay': '1' },
    });
    await refusedWith(post, 405, 'refused');
    const bare = await fetch(`${relay.origin}/relay`, { headers: { 'X-OIC-Relay': '1' } });
    await refusedWith(bare, 400, 'refused');
  });

  test('passes other paths on when mounted as middleware, and answers 404 when not', async () => {
    const handler = createRelayHandler({ policy: makeFetchPolicy() });
    let passed = false;
    const res = { headersSent: false } as never;
    handler({ url: '/taskpane.html', method: 'GET', headers: {} } as never, res, () => {
      passed = true;
    });
    expect(passed).toBe(true);
    const plain = await fetch(`${relay.origin}/elsewhere`);
    await refusedWith(plain, 404, 'not-found');
  });
});

describe('the relay when the task pane gives up', () => {
  test('stops fetching for a client that went away', async () => {
    // A long time limit, so only the client's leaving can end the fetch within the wait below.
    const patient = await startRelay({}, { timeoutMs: 30_000 });
    try {
      const cancel = new AbortController();
      const pending = fetch(`${patient.origin}/relay?url=${encodeURIComponent(fixtures.url('/watch'))}`, {
        headers: { 'X-OIC-Relay': '1' },
        signal: cancel.signal,
      }).catch(() => undefined);
      await until(() => fixtures.seen.some((r) => r.path === '/watch'));
      cancel.abort();
      await pending;
      await until(() => closed.includes('/watch'), 2000);
    } finally {
      await patient.close();
    }
  });
});

describe('the relay under load', () => {
  test('answers 503 busy when its slots and queue are full', async () => {
    const busy = await startRelay({ maxQueue: 0 }, { concurrency: 1, timeoutMs: 5000 });
    try {
      const first = ask(fixtures.url('/hold'), busy);
      await until(() => held.length === 1);
      const second = await ask(fixtures.url('/letter.html'), busy);
      expect(second.headers.get('retry-after')).toBe('2');
      expect(await refusedWith(second, 503, 'busy')).toContain('busy');
      held.splice(0).forEach((release) => release());
      expect(await (await first).text()).toBe('held');
      // With the slot free again, the next request goes through.
      expect((await ask(fixtures.url('/letter.html'), busy)).status).toBe(200);
    } finally {
      await busy.close();
    }
  });

  test('queues requests beyond its concurrency, up to the queue length', async () => {
    const queued = await startRelay({ maxQueue: 1 }, { concurrency: 1, timeoutMs: 5000 });
    try {
      const first = ask(fixtures.url('/hold'), queued);
      await until(() => held.length === 1);
      const second = ask(fixtures.url('/hold'), queued);
      await new Promise((r) => setTimeout(r, 100));
      // The second waits for the first's slot rather than reaching the site.
      expect(held).toHaveLength(1);
      held.splice(0).forEach((release) => release());
      await until(() => held.length === 1);
      held.splice(0).forEach((release) => release());
      expect((await first).status).toBe(200);
      expect((await second).status).toBe(200);
    } finally {
      await queued.close();
    }
  });
});

async function until(condition: () => boolean, withinMs = 3000): Promise<void> {
  for (let i = 0; i < withinMs / 10 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}
