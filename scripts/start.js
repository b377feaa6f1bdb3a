#!/usr/bin/env node
'use strict';
/*
 * npm start: build, serve dist/ over HTTPS on localhost:3000 in the background, then
 *  - on Windows and macOS, sideload the add-in into desktop Excel with office-addin-debugging;
 *  - elsewhere (no desktop Excel), print how to add manifest.xml to Excel on the web, and write the matrix
 *    workbook from the bundled letters with the command line.
 * Needs no terminal and returns when done; the server keeps running (detached, logging to a file) until
 * npm stop. Options: --skip-build (serve what dist/ holds).
 */
const fs = require('fs');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const state = require('./dev-state');

const WORKBOOK = path.join(state.ROOT, 'matrix.xlsx');
const say = (line = '') => process.stdout.write(`${line}\n`);

function npm(args) {
  // Inside an npm script npm tells us where it is; outside one, fall back to the npm on the PATH.
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], {
        cwd: state.ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      })
    : spawnSync('npm', args, {
        cwd: state.ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
        shell: process.platform === 'win32',
      });
  return result.status === 0;
}

function logTail(lines = 15) {
  try {
    return fs.readFileSync(state.LOG_FILE, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function serve() {
  const running = await state.identify();
  if (running) {
    say(
      `The add-in server is already running at ${state.ORIGIN} (pid ${running.pid}); it serves the new build.`,
    );
    fs.mkdirSync(state.STATE_DIR, { recursive: true });
    fs.writeFileSync(state.PID_FILE, String(running.pid));
    return true;
  }
  fs.mkdirSync(state.STATE_DIR, { recursive: true });
  const log = fs.openSync(state.LOG_FILE, 'a');
  const child = spawn(
    process.execPath,
    [path.join(state.ROOT, 'lib', 'server', 'dev-server.js'), '--root', 'dist', '--port', String(state.PORT)],
    { cwd: state.ROOT, detached: true, stdio: ['ignore', log, log], windowsHide: true },
  );
  child.unref();
  fs.closeSync(log);
  fs.writeFileSync(state.PID_FILE, String(child.pid));
  for (let waited = 0; waited < 20000; waited += 250) {
    const who = await state.identify(1000);
    if (who && who.pid === child.pid) {
      say(
        `Serving the add-in at ${state.ORIGIN} (pid ${child.pid}; log: ${path.relative(state.ROOT, state.LOG_FILE)}).`,
      );
      return true;
    }
    if (!state.isAlive(child.pid)) break;
    await state.sleep(250);
  }
  fs.rmSync(state.PID_FILE, { force: true });
  say(`The add-in server did not start. Its log says:\n${logTail()}`);
  if (state.isAlive(child.pid)) process.kill(child.pid);
  return false;
}

function sideload() {
  const { command, args, env } = state.officeAddinDebuggingArgs([
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server-port',
    String(state.PORT),
    '--no-debug',
    '--no-live-reload',
  ]);
  const result = spawnSync(command, args, { cwd: state.ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status === 0) {
    fs.writeFileSync(state.SIDELOAD_FILE, new Date().toISOString());
    say('OIC Tracker is sideloaded into Excel: look for OIC Tracker on the Home tab.');
  } else {
    say('Sideloading into desktop Excel failed (see above). You can still add manifest.xml by hand:');
    say('  Excel > Home > Add-ins > More add-ins > My add-ins > Upload my add-in, then choose manifest.xml.');
  }
}

function excelOnTheWebSteps() {
  const certPath = path.join(state.ROOT, '.certs', 'localhost.crt');
  say('');
  say('There is no desktop Excel on this machine. To use the add-in in Excel on the web:');
  say(
    `  1. In the browser you use for Excel, open ${state.ORIGIN}/taskpane.html once and accept its certificate`,
  );
  say(
    `     (it is this project's own, self-signed: ${path.relative(state.ROOT, certPath)}), or trust that file.`,
  );
  say('  2. Open a workbook in Excel on the web (https://www.office.com).');
  say('  3. Choose Home > Add-ins > More add-ins > My add-ins > Upload my add-in, and upload');
  say(`     ${path.join(state.ROOT, 'manifest.xml')}`);
  say('  4. Choose OIC Tracker on the Home tab to open the pane; OIC functions such as =OIC.DAYSLEFT(4)');
  say('     work in any cell.');
}

function writeWorkbook() {
  say('');
  say('Writing the matrix workbook from the bundled letters...');
  const result = spawnSync(
    process.execPath,
    [path.join(state.ROOT, 'bin', 'oic-tracker.js'), 'build', '--out', WORKBOOK],
    {
      cwd: state.ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status === 0 && fs.existsSync(WORKBOOK)) {
    say(`Workbook written: ${WORKBOOK}`);
  } else if (result.status === 1 && fs.existsSync(WORKBOOK)) {
    say(`Workbook written, but some sources could not be read (listed above): ${WORKBOOK}`);
  } else {
    say(`The workbook was not written: oic-tracker build exited with ${result.status ?? result.signal}.`);
  }
}

async function main() {
  const skipBuild = process.argv.includes('--skip-build');
  if (!skipBuild) {
    say('Building the add-in and the command line (npm run build)...');
    if (!npm(['run', 'build'])) {
      say('The build failed (see above); nothing was started.');
      return 1;
    }
  }
  if (
    !fs.existsSync(path.join(state.ROOT, 'dist', 'taskpane.html')) ||
    !fs.existsSync(path.join(state.ROOT, 'lib', 'server', 'dev-server.js'))
  ) {
    say('There is no build to serve: run npm start without --skip-build.');
    return 1;
  }
  if (!(await serve())) return 1;
  say(`  ${state.ORIGIN}/taskpane.html`);
  say(`  ${state.ORIGIN}/functions.json`);
  if (state.DESKTOP) sideload();
  else {
    excelOnTheWebSteps();
    writeWorkbook();
  }
  say('');
  say('npm stop stops the server' + (state.DESKTOP ? ' and removes the sideloaded add-in.' : '.'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`npm start: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  },
);
