#!/usr/bin/env node
'use strict';
/*
 * npm run render [FILE.xlsx] [--out DIR] [--as-of YYYY-MM-DD]
 *
 * Shows a workbook as people without Excel will see it: LibreOffice (Debian's libreoffice-calc-nogui)
 * converts it to PDF, and Poppler's pdftoppm (poppler-utils) turns each page into a PNG. With no file, the
 * command line first builds the workbook from the bundled letters (as of today, or --as-of). Writes to
 * out/render/ unless --out says where, and prints the files it made.
 *
 * Exit codes: 0 done; 1 the conversion failed; 2 bad arguments or a missing program.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');

const ROOT = path.join(__dirname, '..');
const PNG_DPI = 80;
const TIMEOUT_MS = 180_000;

const PROGRAMS = {
  soffice: { names: ['soffice', 'libreoffice'], apt: 'libreoffice-calc-nogui' },
  pdftoppm: { names: ['pdftoppm'], apt: 'poppler-utils' },
};

class UsageError extends Error {}

function parseArgs(argv) {
  const options = { file: null, out: path.join(ROOT, 'out', 'render'), asOf: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value.`);
      return argv[++i];
    };
    if (arg === '--out') options.out = path.resolve(value());
    else if (arg === '--as-of') options.asOf = value();
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.`);
    else if (options.file) throw new UsageError('Give one workbook at most.');
    else options.file = path.resolve(arg);
  }
  if (options.file && !/\.xlsx$/i.test(options.file))
    throw new UsageError(`${options.file} is not an .xlsx file.`);
  if (options.file && options.asOf)
    throw new UsageError('--as-of applies only when building from the bundled letters.');
  return options;
}

function which(names) {
  const dirs = (process.env.PATH || '').split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // not here; try the next
      }
    }
  }
  return null;
}

function programs() {
  const found = {};
  const missing = [];
  for (const [key, p] of Object.entries(PROGRAMS)) {
    found[key] = which(p.names);
    if (!found[key]) missing.push(p);
  }
  if (missing.length) {
    throw new UsageError(
      `${missing.map((p) => p.names[0]).join(' and ')} not found. Install with: ` +
        `sudo apt-get install ${missing.map((p) => p.apt).join(' ')}`,
    );
  }
  return found;
}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_MS });
  if (result.error) throw new Error(`${what} failed: ${result.error.message}`);
  return result;
}

function buildWorkbook(file, asOf) {
  const args = [path.join(ROOT, 'bin', 'oic-tracker.js'), 'build', '--out', file];
  if (asOf) args.push('--as-of', asOf);
  const result = run(process.execPath, args, 'Building the workbook');
  // 1 means some source could not be read: the workbook is still written, and says which.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`Building the workbook failed:\n${result.stderr || result.stdout}`);
  }
  process.stdout.write(result.stdout);
}

function toPdf(soffice, file, out) {
  // A profile of its own, so a LibreOffice the user has open (or a parallel run) cannot hold a lock on it.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'oic-render-lo-'));
  const pdf = path.join(out, `${path.basename(file, path.extname(file))}.pdf`);
  fs.rmSync(pdf, { force: true });
  try {
    const result = run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        file,
      ],
      'LibreOffice',
    );
    // soffice can exit 0 having written nothing (a file it could not load): the PDF itself is the proof.
    if (result.status !== 0 || !fs.existsSync(pdf) || fs.statSync(pdf).size === 0) {
      throw new Error(
        `LibreOffice did not convert ${file} to PDF (exit ${result.status}):\n${result.stderr || result.stdout}`,
      );
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return pdf;
}

function toPngs(pdftoppm, pdf, out) {
  const prefix = path.basename(pdf, '.pdf');
  const page = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.png$`);
  // Pages from an earlier, longer rendering must not linger beside this one.
  for (const old of fs.readdirSync(out).filter((f) => page.test(f))) fs.rmSync(path.join(out, old));
  const result = run(pdftoppm, ['-png', '-r', String(PNG_DPI), pdf, path.join(out, prefix)], 'pdftoppm');
  if (result.status !== 0) throw new Error(`pdftoppm could not render ${pdf}:\n${result.stderr}`);
  const pngs = fs
    .readdirSync(out)
    .filter((f) => page.test(f))
    .sort()
    .map((f) => path.join(out, f));
  if (!pngs.length) throw new Error(`pdftoppm wrote no pages for ${pdf}`);
  return pngs;
}

function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    process.stdout.write('Usage: npm run render [-- FILE.xlsx] [--out DIR] [--as-of YYYY-MM-DD]\n');
    return 0;
  }
  const found = programs();
  fs.mkdirSync(options.out, { recursive: true });
  let file = options.file;
  if (!file) {
    file = path.join(options.out, 'matrix.xlsx');
    buildWorkbook(file, options.asOf);
  } else if (!fs.existsSync(file)) {
    throw new UsageError(`${file} does not exist.`);
  }
  const pdf = toPdf(found.soffice, file, options.out);
  const pngs = toPngs(found.pdftoppm, pdf, options.out);
  process.stdout.write(
    `Rendered ${file} with LibreOffice:\n  ${pdf}\n${pngs.map((p) => `  ${p}`).join('\n')}\n` +
      `(${pngs.length} page${pngs.length === 1 ? '' : 's'} at ${PNG_DPI} dpi)\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`render: ${err.message}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
}
