/**
 * The programs the end-to-end checks need from the system (never from npm), and what happens when one is
 * missing: under CI the check fails, naming the Debian package; on a developer's machine it is reported as
 * not run, and the run's last words (not-run-reporter.js) name every check that did not run and the one
 * command that installs what they need.
 */
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Tool {
  /** What the check calls it, in messages. */
  name: string;
  /** Where Debian puts it, tried first; then each name on PATH. */
  paths: string[];
  onPath: string[];
  /** The Debian package that provides it. */
  aptPackage: string;
}

export const CHROMIUM: Tool = {
  name: 'Chromium',
  paths: ['/usr/bin/chromium'],
  onPath: ['chromium', 'chromium-browser'],
  aptPackage: 'chromium',
};

export const LIBREOFFICE: Tool = {
  name: 'LibreOffice (soffice)',
  paths: ['/usr/bin/soffice'],
  onPath: ['soffice', 'libreoffice'],
  aptPackage: 'libreoffice-calc-nogui',
};

export const POPPLER: Tool = {
  name: 'Poppler (pdftoppm, pdftotext)',
  paths: ['/usr/bin/pdftoppm'],
  onPath: ['pdftoppm'],
  aptPackage: 'poppler-utils',
};

/** Everything the end-to-end checks can need, in one command, so the advice is the same whichever is missing. */
export const INSTALL_ALL = `sudo apt-get install ${[CHROMIUM, LIBREOFFICE, POPPLER].map((t) => t.aptPackage).join(' ')}`;

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The tool's executable, or null when it is not installed. */
export function locate(tool: Tool): string | null {
  for (const p of tool.paths) if (executable(p)) return p;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of tool.onPath) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return null;
}

/** CI services set CI=true; "false" and "0" mean a developer's machine. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

export function missingMessage(check: string, missing: Tool[]): string {
  const names = missing.map((t) => `${t.name} (Debian package ${t.aptPackage})`).join(', ');
  return (
    `${check} needs ${names}, which is not installed. With CI set this is a failure, not a skip. ` +
    `Install it with: sudo apt-get install ${missing.map((t) => t.aptPackage).join(' ')}`
  );
}

/** Set by not-run-reporter.js for the run; the reporter reads what lands here after the summary. */
export const NOT_RUN_DIR_ENV = 'OIC_NOT_RUN_DIR';

function recordNotRun(check: string, missing: Tool[]): void {
  const dir = process.env[NOT_RUN_DIR_ENV];
  const line = { check, needs: missing.map((t) => t.aptPackage) };
  if (!dir) {
    // Run without the project's jest config: nobody will summarise, so say it here.
    process.stderr.write(
      `Not run: ${check} (needs ${line.needs.join(', ')}). Install with: ${INSTALL_ALL}\n`,
    );
    return;
  }
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(line));
}

export type Availability =
  { run: true; found: Record<string, string> } | { run: false; ci: boolean; message: string };

/**
 * Decides whether a check can run here. Call it at the top of a test file: when it cannot, the file
 * declares one failing test (CI) or records the check as not run and declares it skipped (elsewhere).
 */
export function requireTools(check: string, tools: Tool[]): Availability {
  const found: Record<string, string> = {};
  const missing: Tool[] = [];
  for (const tool of tools) {
    const at = locate(tool);
    if (at) found[tool.aptPackage] = at;
    else missing.push(tool);
  }
  if (!missing.length) return { run: true, found };
  const ci = isCi();
  if (!ci) recordNotRun(check, missing);
  return { run: false, ci, message: missingMessage(check, missing) };
}

/**
 * The describe block for a check that needs tools: the real one when they are there; one test that fails
 * with the message under CI; a skipped block otherwise (recorded, so the run ends by saying so).
 */
export function describeWithTools(
  check: string,
  tools: Tool[],
  body: (found: Record<string, string>) => void,
): void {
  const availability = requireTools(check, tools);
  if (availability.run) {
    describe(check, () => body(availability.found));
  } else if (availability.ci) {
    describe(check, () => {
      it('has the programs it needs installed', () => {
        throw new Error(availability.message);
      });
    });
  } else {
    describe.skip(`${check} (not run: ${availability.message})`, () => {
      it('needs programs that are not installed', () => undefined);
    });
  }
}
