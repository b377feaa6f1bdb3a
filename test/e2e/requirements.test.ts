import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeEmptyAggregatedTestResult } from '@jest/test-result';
import { INSTALL_ALL, isCi, locate, NOT_RUN_DIR_ENV, requireTools, type Tool } from './requirements';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const NotRunReporter = require('./not-run-reporter.js') as {
  new (globalConfig: object): { onRunComplete(contexts: Set<unknown>, results: object): void };
  INSTALL_ALL: string;
};

/** A run with no test files: jest's own summary then prints nothing, leaving only what this reporter adds. */
const NO_TESTS = { numTotalTestSuites: 0, testResults: [], wasInterrupted: false };

const ABSENT: Tool = {
  name: 'Nothing',
  paths: ['/nonexistent/oic-nothing'],
  onPath: ['oic-no-such-program'],
  aptPackage: 'oic-nothing-pkg',
};

function withEnv<T>(vars: Record<string, string | undefined>, run: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return run();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('what the end-to-end checks need', () => {
  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['', false],
    ['false', false],
    ['FALSE', false],
    ['0', false],
    [undefined, false],
  ])('takes CI=%p as %p', (value, ci) => {
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(ci);
  });

  it('finds a program on PATH when it is not where Debian puts it', () => {
    expect(locate({ ...ABSENT, onPath: ['node'] })).toMatch(/node$/);
    expect(locate(ABSENT)).toBeNull();
  });

  it('under CI, fails a check whose program is missing, naming the package, and records nothing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oic-req-'));
    try {
      const got = withEnv({ CI: 'true', [NOT_RUN_DIR_ENV]: dir }, () => requireTools('A check', [ABSENT]));
      expect(got).toEqual({ run: false, ci: true, message: expect.stringContaining('oic-nothing-pkg') });
      expect(got.run === false && got.message).toMatch(
        /^A check needs Nothing \(Debian package oic-nothing-pkg\)/,
      );
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('elsewhere, records the check as not run for the reporter', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oic-req-'));
    try {
      const got = withEnv({ CI: undefined, [NOT_RUN_DIR_ENV]: dir }, () => requireTools('A check', [ABSENT]));
      expect(got.run).toBe(false);
      const notes = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
      expect(notes).toEqual([{ check: 'A check', needs: ['oic-nothing-pkg'] }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs a check whose programs are all there, saying where each is', () => {
    const got = requireTools('A check', [{ ...ABSENT, onPath: ['node'] }]);
    expect(got).toEqual({ run: true, found: { 'oic-nothing-pkg': expect.stringMatching(/node$/) } });
  });
});

describe('the not-run reporter', () => {
  it('gives the same install command as the checks', () => {
    expect(NotRunReporter.INSTALL_ALL).toBe(INSTALL_ALL);
  });

  it('ends the run naming each check not run once, and the one command that installs what they need', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const saved = process.env[NOT_RUN_DIR_ENV];
    try {
      const reporter = new NotRunReporter({});
      const dir = process.env[NOT_RUN_DIR_ENV]!;
      writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ check: 'The pane', needs: ['chromium'] }));
      writeFileSync(path.join(dir, 'b.json'), JSON.stringify({ check: 'The pane', needs: ['chromium'] }));
      writeFileSync(
        path.join(dir, 'c.json'),
        JSON.stringify({ check: 'The PDF', needs: ['libreoffice-calc-nogui'] }),
      );
      reporter.onRunComplete(new Set(), NO_TESTS);
      expect(written.join('')).toBe(
        '\nThese checks did not run:\n' +
          '  - The pane (needs chromium)\n' +
          '  - The PDF (needs libreoffice-calc-nogui)\n' +
          `Install what they need with:\n  ${INSTALL_ALL}\n` +
          'With CI=true they fail instead of being skipped.\n',
      );
      expect(() => readdirSync(dir)).toThrow();
    } finally {
      spy.mockRestore();
      if (saved === undefined) delete process.env[NOT_RUN_DIR_ENV];
      else process.env[NOT_RUN_DIR_ENV] = saved;
    }
  });

  it("prints jest's summary first, so what did not run is the last thing said", () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const saved = process.env[NOT_RUN_DIR_ENV];
    try {
      // silent: no "Ran all test suites" line, which needs the whole of jest's config.
      const reporter = new NotRunReporter({ silent: true });
      writeFileSync(
        path.join(process.env[NOT_RUN_DIR_ENV]!, 'a.json'),
        JSON.stringify({ check: 'The pane', needs: ['chromium'] }),
      );
      const results = {
        ...makeEmptyAggregatedTestResult(),
        numTotalTestSuites: 1,
        numPendingTestSuites: 1,
        numTotalTests: 1,
        numPendingTests: 1,
        startTime: Date.now(),
      };
      reporter.onRunComplete(new Set(), results);
      const text = written.join('');
      expect(text).toMatch(/Tests:.*1 skipped/);
      expect(text.indexOf('These checks did not run:')).toBeGreaterThan(text.indexOf('Tests:'));
      expect(text.trimEnd().endsWith('With CI=true they fail instead of being skipped.')).toBe(true);
    } finally {
      spy.mockRestore();
      if (saved === undefined) delete process.env[NOT_RUN_DIR_ENV];
      else process.env[NOT_RUN_DIR_ENV] = saved;
    }
  });

  it('says nothing when every check ran', () => {
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const saved = process.env[NOT_RUN_DIR_ENV];
    try {
      new NotRunReporter({}).onRunComplete(new Set(), NO_TESTS);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
      if (saved === undefined) delete process.env[NOT_RUN_DIR_ENV];
      else process.env[NOT_RUN_DIR_ENV] = saved;
    }
  });
});
