import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { ensureLocalhostCertificate } from '../../src/server/certs';
import { fileFor, IDENTITY_PATH, startDevServer, type RunningServer } from '../../src/server/dev-server';

let tmp: string;
let root: string;
let server: RunningServer;

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      https
        .get(url, { rejectUnauthorized: false, headers }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        })
        .on('error', reject);
    },
  );
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'oic-server-'));
  root = path.join(tmp, 'dist');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'taskpane.html'), '<!doctype html><title>pane</title>');
  writeFileSync(path.join(root, 'functions.json'), '{"functions":[]}');
  writeFileSync(path.join(tmp, 'secret.txt'), 'not for the web');
  server = await startDevServer({
    root,
    port: 0,
    certDir: path.join(tmp, 'certs'),
    routes: [
      {
        path: '/relay',
        handler: (req, res, next) => {
          if (req.url?.includes('pass')) return next?.();
          if (req.url?.includes('fail')) return next?.(new Error('upstream broke'));
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end(`relayed ${req.url}`);
        },
      },
    ],
  });
}, 30_000);

afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('add-in dev server', () => {
  it('serves the built files over HTTPS with their types and open CORS', async () => {
    const res = await get(`${server.url}/functions.json`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body).toBe('{"functions":[]}');
    expect((await get(`${server.url}/`)).body).toContain('<title>pane</title>');
  });

  it('answers 404 for a file the build did not make', async () => {
    expect((await get(`${server.url}/nope.js`)).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00'])(
    'never serves anything outside dist/ (%s)',
    async (p) => {
      const res = await get(`${server.url}${p}`);
      expect(res.status).not.toBe(200);
      expect(res.body).not.toContain('not for the web');
    },
  );

  it('keeps paths inside the root', () => {
    expect(fileFor('/srv/dist', '/a/../../etc/passwd')).toBe(path.resolve('/srv/dist/etc/passwd'));
    expect(fileFor('/srv/dist', '/%E0%A4%A')).toBeNull();
  });

  it('hands requests under a mounted route to its handler, without CORS', async () => {
    const res = await get(`${server.url}/relay?url=https%3A%2F%2Fexample.org%2F`);
    expect(res.body).toBe('relayed /relay?url=https%3A%2F%2Fexample.org%2F');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await get(`${server.url}/relay?pass`)).status).toBe(404);
    expect(await get(`${server.url}/relay?fail`)).toMatchObject({
      status: 500,
      body: expect.stringMatching(/upstream broke/),
    });
  });

  it('says who it is, so npm stop kills only its own process', async () => {
    const res = await get(`${server.url}${IDENTITY_PATH}`);
    expect(JSON.parse(res.body)).toEqual({ server: 'oic-tracker-dev-server', pid: process.pid });
  });
});

describe('localhost certificate', () => {
  it('is made once for localhost and reused while it is valid', async () => {
    const dir = path.join(tmp, 'certs');
    const again = await ensureLocalhostCertificate(dir);
    expect(again.created).toBe(false);
    const x509 = new X509Certificate(readFileSync(again.certPath));
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
  });

  it('is made anew when the one on disk is about to expire', async () => {
    const dir = path.join(tmp, 'certs');
    const inElevenMonths = new Date(Date.now() + 360 * 24 * 3600 * 1000);
    const renewed = await ensureLocalhostCertificate(dir, inElevenMonths);
    expect(renewed.created).toBe(true);
  }, 30_000);
});
