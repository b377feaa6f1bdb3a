'use strict';
// What `npm start` leaves running and `npm stop` undoes: where its files are, and how to ask the server who
// it is (so stop never kills a process that merely reused the pid).
const fs = require('fs');
const https = require('https');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const STATE_DIR = path.join(ROOT, 'node_modules', '.cache', 'oic-tracker');
const PID_FILE = path.join(STATE_DIR, 'dev-server.pid');
const LOG_FILE = path.join(STATE_DIR, 'dev-server.log');
const SIDELOAD_FILE = path.join(STATE_DIR, 'sideloaded');
const PORT = Number(process.env.OIC_PORT || 3000);
const ORIGIN = `https://localhost:${PORT}`;
const IDENTITY_PATH = '/__oic-dev-server';
const DESKTOP = process.platform === 'win32' || process.platform === 'darwin';

/** The dev server's answer to "who are you?": { server, pid }, or null when nothing of ours answers. */
function identify(timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = https.get(
      `${ORIGIN}${IDENTITY_PATH}`,
      // Our own self-signed certificate: this asks only our own server on loopback.
      { rejectUnauthorized: false, timeout: timeoutMs },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          try {
            const parsed = JSON.parse(body);
            resolve(parsed && parsed.server === 'oic-tracker-dev-server' ? parsed : null);
          } catch {
            resolve(null);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
  });
}

function readPid() {
  try {
    const pid = Number(fs.readFileSync(PID_FILE, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** office-addin-debugging, run by this Node with the ajv 8 its manifest reader needs on NODE_PATH. */
function officeAddinDebuggingArgs(args) {
  const cli = require.resolve('office-addin-debugging/cli.js');
  return {
    command: process.execPath,
    args: [cli, ...args],
    env: process.env,
  };
}

module.exports = {
  ROOT,
  STATE_DIR,
  PID_FILE,
  LOG_FILE,
  SIDELOAD_FILE,
  PORT,
  ORIGIN,
  DESKTOP,
  identify,
  readPid,
  isAlive,
  sleep,
  officeAddinDebuggingArgs,
};
