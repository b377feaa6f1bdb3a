#!/usr/bin/env node
'use strict';
/*
 * npm stop: undoes npm start. Stops the add-in server it started (only after the server confirms, by its
 * own answer, that the pid is its own) and, where start sideloaded the add-in into desktop Excel, removes it.
 */
const fs = require('fs');
const { spawnSync } = require('child_process');
const state = require('./dev-state');

const say = (line) => process.stdout.write(`${line}\n`);

async function stopServer() {
  const recorded = state.readPid();
  const who = await state.identify();
  const pid = who ? who.pid : null;
  if (!pid) {
    if (recorded && state.isAlive(recorded)) {
      say(
        `A process ${recorded} is recorded as the add-in server but does not answer as one; it was left alone.`,
      );
    } else {
      say('The add-in server is not running.');
    }
    fs.rmSync(state.PID_FILE, { force: true });
    return true;
  }
  if (recorded && recorded !== pid) {
    say(
      `The server answering at ${state.ORIGIN} is pid ${pid}, not the recorded ${recorded}; stopping ${pid}.`,
    );
  }
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 10000; waited += 200) {
    if (!state.isAlive(pid)) break;
    await state.sleep(200);
  }
  if (state.isAlive(pid)) {
    say(`The add-in server (pid ${pid}) did not stop within 10 seconds.`);
    return false;
  }
  fs.rmSync(state.PID_FILE, { force: true });
  say(`Stopped the add-in server (pid ${pid}).`);
  return true;
}

function unsideload() {
  if (!state.DESKTOP || !fs.existsSync(state.SIDELOAD_FILE)) return true;
  const { command, args, env } = state.officeAddinDebuggingArgs(['stop', 'manifest.xml', 'desktop']);
  const result = spawnSync(command, args, { cwd: state.ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    say('Removing the sideloaded add-in failed (see above).');
    return false;
  }
  fs.rmSync(state.SIDELOAD_FILE, { force: true });
  say('Removed the sideloaded add-in from desktop Excel.');
  return true;
}

async function main() {
  const stopped = await stopServer();
  const removed = unsideload();
  return stopped && removed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`npm stop: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  },
);
