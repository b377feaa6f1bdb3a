import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRelayHandler } from '../../src/server/relay';
import { fetchViaRelay } from '../../src/source/fetch-browser';
import { makeFetchPolicy } from '../../src/source/fetch-policy';
import { SourceError } from '../../src/source/types';
import { closedPort, startFixtureServer, type FixtureServer } from '../fixtures/fixture-server';

let fixtures: FixtureServer;
let relayServer: Server;
let origin: string;

beforeAll(async () => {
  fixtures = await startFixtureServer({
    '/letter.txt': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Dear Home Secretary');
    },
    '/files/response.pdf': (_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'attachment; filename="Réponse.pdf"',
      });
      res.end('%PDF-1.4');
    },
  });
  const handler = createRelayHandler({ policy: makeFetchPolicy({ allowLoopbackForTests: [fixtures.pair] }) });
  relayServer = createServer((req, res) => {
    if (req.url?.startsWith('/not-json')) {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((r) => relayServer.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(relayServer.address() as AddressInfo).port}/taskpane.html`;
});

afterAll(async () => {
  await fixtures.close();
  await new Promise((r) => relayServer.close(r));
});

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return err as SourceError;
  }
  throw new Error('expected a failure');
}

describe('reading a web address through the relay from the task pane', () => {
  test('gives the bytes, their type, the final address and the file name', async () => {
    const got = await fetchViaRelay(fixtures.url('/letter.txt'), { base: origin });
    expect(new TextDecoder().decode(got.bytes)).toBe('Dear Home Secretary');
    expect(got.contentType).toBe('text/plain; charset=utf-8');
    expect(got.finalUrl).toBe(fixtures.url('/letter.txt'));
    expect(got.location).toBe(fixtures.url('/letter.txt'));
    const pdf = await fetchViaRelay(fixtures.url('/files/response.pdf'), { base: origin });
    expect(pdf.fileName).toBe('Réponse.pdf');
  });

  test("turns the relay's refusal into the same SourceError the command line gives", async () => {
    const err = await failure(fetchViaRelay('http://169.254.169.254/latest/meta-data/', { base: origin }));
    expect(err.reason).toBe('refused');
    expect(err.location).toBe('http://169.254.169.254/latest/meta-data/');
    expect(err.message).toContain('metadata');
  });

  test('refuses other schemes without asking the server', async () => {
    let asked = false;
    const err = await failure(
      fetchViaRelay('file:///C:/letters/x.pdf', {
        base: origin,
        fetchImpl: (async () => {
          asked = true;
          return new Response();
        }) as typeof fetch,
      }),
    );
    expect(err.reason).toBe('refused');
    expect(asked).toBe(false);
  });

  test('says the server did not answer when the relay is down', async () => {
    const port = await closedPort();
    const err = await failure(fetchViaRelay('https://www.gov.uk/x', { base: `http://127.0.0.1:${port}/` }));
    expect(err.reason).toBe('unreachable');
    expect(err.message).toContain("the add-in's server did not answer");
  });

  test('falls back on the status when an error is not the relay’s JSON', async () => {
    const err = await failure(fetchViaRelay('https://www.gov.uk/x', { base: origin, relayUrl: '/not-json' }));
    expect(err.reason).toBe('unreachable');
    expect(err.message).toContain('answered 502');
  });
});
