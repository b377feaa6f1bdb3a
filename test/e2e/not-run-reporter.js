'use strict';
/**
 * jest's summary, followed by the checks that did not run because a program was missing (see
 * requirements.ts) and the one command that installs what they need, so the last thing a developer reads is
 * what was not checked, not only "skipped".
 *
 * jest always adds its own summary after every other reporter, so this one is the summary: jest.config.js
 * lists it with progress-reporter.js instead of "default".
 *
 * The checks find where to leave word through an environment variable set here, before jest starts its
 * workers (they inherit it) or runs tests in this process.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { SummaryReporter } = require('@jest/reporters');

const ENV = 'OIC_NOT_RUN_DIR';
const INSTALL_ALL = 'sudo apt-get install chromium libreoffice-calc-nogui poppler-utils';

class NotRunReporter extends SummaryReporter {
  constructor(globalConfig, options) {
    super(globalConfig, options);
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oic-not-run-'));
    process.env[ENV] = this.dir;
  }

  readNotes() {
    const notes = [];
    for (const file of fs.readdirSync(this.dir).sort()) {
      try {
        notes.push(JSON.parse(fs.readFileSync(path.join(this.dir, file), 'utf8')));
      } catch {
        notes.push({ check: `an unreadable note (${file})`, needs: [] });
      }
    }
    return notes;
  }

  onRunComplete(testContexts, aggregatedResults) {
    super.onRunComplete(testContexts, aggregatedResults);
    let notes = [];
    try {
      notes = this.readNotes();
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
    if (!notes.length) return;
    const seen = new Set();
    const lines = [];
    for (const note of notes) {
      if (seen.has(note.check)) continue;
      seen.add(note.check);
      lines.push(`  - ${note.check} (needs ${note.needs.join(', ') || 'unknown'})`);
    }
    process.stderr.write(
      `\nThese checks did not run:\n${lines.join('\n')}\n` +
        `Install what they need with:\n  ${INSTALL_ALL}\n` +
        'With CI=true they fail instead of being skipped.\n',
    );
  }
}

module.exports = NotRunReporter;
module.exports.INSTALL_ALL = INSTALL_ALL;
