/**
 * The workbook the command line writes, opened by LibreOffice headless through `npm run render`'s script:
 * the conversion must succeed, and the PDF must carry the matrix as an analyst would read it (title, as-of
 * date, every force on its row with its region and the four statuses the letters give).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWorkbookFile } from '../../src/cli/build-command';
import { readLetter } from '../../src/parse';
import { defaultRegister } from '../../src/report/forces';
import { acceptedReadings, outsideAccepted } from '../fixtures/expected-readings';
import { describeWithTools, LIBREOFFICE, POPPLER } from './requirements';

const ROOT = path.join(__dirname, '..', '..');
const RECS = ['2', '4', '8', '9'];
const BUNDLED = ['avon-and-somerset', 'dorset', 'gwent', 'suffolk', 'west-midlands'];
const TITLE =
  'Improving the response to organised immigration crime: responses to the recommendations for chief constables';

class Sink {
  text = '';
  write(s: string) {
    this.text += s;
    return true;
  }
}

function runNode(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describeWithTools('the workbook rendered by LibreOffice', [LIBREOFFICE, POPPLER], (found) => {
  let dir: string;
  let workbook: string;
  let result: { code: number | null; stdout: string; stderr: string };
  let text: string;

  function pdftotext(pdf: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const pdftoppm = found[POPPLER.aptPackage];
      const child = spawn(path.join(path.dirname(pdftoppm), 'pdftotext'), ['-layout', pdf, '-'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(out) : reject(new Error(`pdftotext failed: ${err}`)),
      );
    });
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'oic-render-'));
    workbook = path.join(dir, 'matrix.xlsx');
    await buildWorkbookFile({
      sources: [],
      out: workbook,
      asOf: '2025-09-01',
      now: new Date('2025-09-01T09:00:00Z'),
      stdout: new Sink(),
      stderr: new Sink(),
    });
    result = await runNode([
      path.join(ROOT, 'scripts', 'render.js'),
      workbook,
      '--out',
      path.join(dir, 'out'),
    ]);
    if (result.code === 0) text = await pdftotext(path.join(dir, 'out', 'matrix.pdf'));
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converts the workbook to a PDF and one PNG per page, listing the files', async () => {
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const pdf = path.join(dir, 'out', 'matrix.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = text.split('\f').filter((p) => p.trim() !== '').length;
    const pngs = result.stdout.split('\n').filter((l) => /matrix-\d+\.png$/.test(l.trim()));
    expect(result.stdout).toContain(`  ${pdf}\n`);
    expect(pngs).toHaveLength(pages);
    for (const line of pngs) {
      const png = readFileSync(line.trim());
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // A landscape A4 page at 80 dpi is about 935 × 660 pixels.
      expect(png.readUInt32BE(16)).toBeGreaterThan(600);
    }
  }, 30_000);

  it('shows the matrix: title, as-of date, and every force on its row with the statuses its letter gives', () => {
    expect(typeof text).toBe('string');
    expect(text).toContain(TITLE);
    expect(text).toContain('As of 01/09/2025');
    const register = defaultRegister();
    const statuses = new Map<string, string[]>();
    for (const id of BUNDLED) {
      const parsed = readLetter(
        readFileSync(path.join(ROOT, 'corpus', `${id}.txt`), 'utf8'),
        `bundled:${id}.txt`,
      );
      statuses.set(
        id,
        RECS.map((r) => parsed.recommendations[r].status),
      );
    }
    const lines = text.split('\n');
    const missing: string[] = [];
    for (const force of register.forces) {
      const want = statuses.get(force.id) ?? RECS.map(() => 'No response');
      const row = new RegExp(
        `^\\s*${escape(force.name)}\\s{2,}${escape(force.region)}\\s.*?${want.map(escape).join('\\s+')}(\\s|$)`,
      );
      if (!lines.some((l) => row.test(l))) missing.push(`${force.name}: ${want.join(', ')}`);
    }
    expect(missing).toEqual([]);
    expect(register.forces).toHaveLength(43);
    // The anchors: two letters read as corpus/expected.json accepts.
    for (const id of ['dorset', 'gwent']) {
      const reading = Object.fromEntries(RECS.map((r, k) => [r, statuses.get(id)![k]]));
      expect(outsideAccepted(reading, acceptedReadings(path.join(ROOT, 'corpus'), `${id}.txt`))).toEqual([]);
    }
  });

  it('refuses a file that is not there, saying so', async () => {
    const missing = path.join(dir, 'no-such.xlsx');
    expect(existsSync(missing)).toBe(false);
    const r = await runNode([path.join(ROOT, 'scripts', 'render.js'), missing, '--out', path.join(dir, 'x')]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 2,
      stderr: `render: ${missing} does not exist.\n`,
    });
  });
});
