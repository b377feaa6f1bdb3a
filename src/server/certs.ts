import { X509Certificate } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';

/**
 * The HTTPS certificate for serving the add-in on localhost. The project makes its own, self-signed, in
 * .certs/ (git-ignored): no sudo and no system CA install, which office-addin-dev-certs needs and cannot get
 * here. A browser will warn about it once; the start script says how to accept it.
 */
export interface LocalCertificate {
  key: string;
  cert: string;
  keyPath: string;
  certPath: string;
  created: boolean;
}

export const CERT_DIR = '.certs';
const KEY_FILE = 'localhost.key';
const CERT_FILE = 'localhost.crt';
/** Replace a certificate this close to expiry rather than have it lapse mid-session. */
const RENEW_WITHIN_MS = 7 * 24 * 3600 * 1000;
const VALID_DAYS = 365;

async function readIfUsable(
  keyPath: string,
  certPath: string,
  now: Date,
): Promise<{ key: string; cert: string } | null> {
  try {
    const [key, cert] = await Promise.all([fs.readFile(keyPath, 'utf8'), fs.readFile(certPath, 'utf8')]);
    const x509 = new X509Certificate(cert);
    const expires = new Date(x509.validTo).getTime();
    if (expires - now.getTime() < RENEW_WITHIN_MS) return null;
    if (!x509.checkHost('localhost')) return null;
    return { key, cert };
  } catch {
    return null;
  }
}

export async function ensureLocalhostCertificate(
  dir: string = CERT_DIR,
  now: Date = new Date(),
): Promise<LocalCertificate> {
  const keyPath = path.resolve(dir, KEY_FILE);
  const certPath = path.resolve(dir, CERT_FILE);
  const existing = await readIfUsable(keyPath, certPath, now);
  if (existing) return { ...existing, keyPath, certPath, created: false };

  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  await fs.mkdir(path.resolve(dir), { recursive: true });
  await fs.writeFile(keyPath, pems.private, { mode: 0o600 });
  await fs.writeFile(certPath, pems.cert);
  return { key: pems.private, cert: pems.cert, keyPath, certPath, created: true };
}
