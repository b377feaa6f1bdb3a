import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLocalhostCertificate } from './certs';
import { extraRoutes, type Route } from './routes';

/**
 * Serves the built add-in (dist/) over HTTPS on localhost, the way Excel needs it: the manifest's pages,
 * scripts, functions.json and icons, with CORS open on those static files so Excel on the web can read the
 * functions' metadata. Extra routes (the relay) mount beside the files.
 */
export interface DevServerOptions {
  root: string;
  port: number;
  host?: string;
  certDir?: string;
  routes?: Route[];
  /** Where to write one line per request; nothing when absent. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** A path the server answers to prove it is this server (npm stop checks it before killing anything). */
export const IDENTITY_PATH = '/__oic-dev-server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.pfb': 'application/octet-stream',
  '.bcmap': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** The file a URL path names inside root, or null if it would leave root. */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const base = path.resolve(root);
  return resolved === base || resolved.startsWith(base + path.sep) ? resolved : null;
}

async function serveStatic(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Only GET and HEAD are served here.');
  }
  let file = fileFor(root, urlPath === '/' ? '/taskpane.html' : urlPath);
  if (!file) return send(res, 400, 'Bad path.');
  let stat = await fs.stat(file).catch(() => null);
  if (stat?.isDirectory()) {
    file = path.join(file, 'index.html');
    stat = await fs.stat(file).catch(() => null);
  }
  if (!stat?.isFile()) return send(res, 404, `Not found: ${urlPath}`);
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    // Development: every reload should see the latest build.
    'Cache-Control': 'no-store',
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

function matches(route: Route, urlPath: string): boolean {
  return urlPath === route.path || urlPath.startsWith(`${route.path}/`);
}

export async function startDevServer(options: DevServerOptions): Promise<RunningServer> {
  const host = options.host ?? 'localhost';
  const root = path.resolve(options.root);
  const routes = options.routes ?? [];
  const { key, cert } = await ensureLocalhostCertificate(options.certDir);

  const server = https.createServer({ key, cert }, (req, res) => {
    const started = Date.now();
    res.on('finish', () =>
      options.log?.(
        `${new Date().toISOString()} ${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`,
      ),
    );
    const urlPath = new URL(req.url ?? '/', 'https://localhost').pathname;
    if (urlPath === IDENTITY_PATH) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return void res.end(JSON.stringify({ server: 'oic-tracker-dev-server', pid: process.pid }));
    }
    const route = routes.find((r) => matches(r, urlPath));
    const fail = (err: unknown) => {
      if (!res.headersSent)
        send(res, 500, `Server error: ${err instanceof Error ? err.message : String(err)}`);
      else res.destroy();
    };
    if (route) {
      try {
        route.handler(req, res, (err?: unknown) =>
          err ? fail(err) : send(res, 404, `Not found: ${urlPath}`),
        );
      } catch (err) {
        fail(err);
      }
      return;
    }
    serveStatic(root, req, res, urlPath).catch(fail);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `https://localhost:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** `node lib/server/dev-server.js [--root dist] [--port 3000]`: serves until stopped. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '3000' },
      host: { type: 'string', default: 'localhost' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port ${values.port} is not a port number.`);
  const root = path.resolve(values.root ?? 'dist');
  const built = await fs.stat(path.join(root, 'taskpane.html')).catch(() => null);
  if (!built) throw new Error(`${root} holds no built add-in: run "npm run build" first.`);
  const server = await startDevServer({
    root,
    port,
    host: values.host,
    routes: extraRoutes(),
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`OIC Tracker add-in served from ${root} at ${server.url} (pid ${process.pid})\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`oic-tracker dev server: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
