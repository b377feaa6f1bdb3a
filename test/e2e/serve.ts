/**
 * Serves a built add-in on loopback for the browser test, as a static host would, with one difference:
 * taskpane.html gets the Excel harness's script tag right after office.js's, so the harness runs after
 * office.js has defined Office and before the pane's deferred scripts use it. The harness is served from
 * its own folder under /__harness/, never copied into the site.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

export const HARNESS_PREFIX = '/__harness/';
const HARNESS_TAG = `<script src="${HARNESS_PREFIX}excel-harness.js"></script>`;

/** The page with the harness tag after office.js's own tag; throws if the page does not load office.js. */
export function withHarness(html: string): string {
  const officeTag = /<script\b[^>]*\bsrc=["']?[^"'\s>]*\/office\.js["']?[^>]*>\s*<\/script>/i;
  const match = officeTag.exec(html);
  if (!match)
    throw new Error('taskpane.html has no <script src=".../office.js"> tag to put the harness after');
  if (!/office-local\/office\.js/.test(match[0])) {
    throw new Error(
      `taskpane.html loads office.js from ${match[0]}, not the local copy (build with OFFICE_JS=local)`,
    );
  }
  const end = match.index + match[0].length;
  return html.slice(0, end) + HARNESS_TAG + html.slice(end);
}

export interface Served {
  origin: string;
  /** Every path asked for, in order, for the test to check what the page fetched. */
  requested: string[];
  close(): Promise<void>;
}

function inside(root: string, urlPath: string): string | null {
  const file = path.resolve(root, `.${decodeURIComponent(urlPath)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

export async function serveAddin(siteDir: string, harnessDir: string): Promise<Served> {
  const site = path.resolve(siteDir);
  const harness = path.resolve(harnessDir);
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requested.push(urlPath);
    const file = urlPath.startsWith(HARNESS_PREFIX)
      ? inside(harness, `/${urlPath.slice(HARNESS_PREFIX.length)}`)
      : inside(site, urlPath);
    if (req.method !== 'GET' || !file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(req.method === 'GET' ? 404 : 405, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (urlPath === '/taskpane.html') {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(withHarness(readFileSync(file, 'utf8')));
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
