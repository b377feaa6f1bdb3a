import ExcelJS from 'exceljs';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWorkbookFile, localIsoDate } from '../../src/cli/build-command';
import { BUNDLED_DIR } from '../../src/cli/build-sources';
import { run } from '../../src/cli/main';
import { DATA_SHEET_NAME, decodeDataset } from '../../src/dataset/storage';
import { readLetter } from '../../src/parse';
import { MATRIX } from '../../src/plan';

const FIRST = MATRIX.firstForceRow;
const LAST = FIRST + 42;

class Sink {
  text = '';
  constructor(readonly isTTY = false) {}
  write(s: string) {
    this.text += s;
    return true;
  }
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oic-build-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function statusesByForce(wb: ExcelJS.Workbook): Map<string, string[]> {
  const ws = wb.getWorksheet('OIC Matrix')!;
  const out = new Map<string, string[]>();
  for (let r = FIRST; r <= LAST; r++) {
    const row = ws.getRow(r);
    out.set(
      String(row.getCell(11).value),
      [5, 6, 7, 8].map((c) => String(row.getCell(c).value)),
    );
  }
  return out;
}

const NOW = new Date('2026-01-15T09:30:00Z');

describe('oic-tracker build with no sources', () => {
  it("writes the bundled letters' statuses for their forces and No response for the rest", async () => {
    const out = path.join(dir, 'matrix.xlsx');
    const stdout = new Sink();
    const result = await buildWorkbookFile({
      sources: [],
      out,
      asOf: '2025-11-23',
      now: NOW,
      stdout,
      stderr: new Sink(),
    });
    expect(result.errors).toEqual([]);

    const expected = JSON.parse(readFileSync(path.join(BUNDLED_DIR, 'expected.json'), 'utf8'))
      .responses as Record<
      string,
      { forceId: string; recommendations: Record<string, { status: string; also: string[] }> }
    >;
    const statuses = statusesByForce(await load(out));
    expect(statuses.size).toBe(43);
    for (const [file, exp] of Object.entries(expected)) {
      const parsed = readLetter(readFileSync(path.join(BUNDLED_DIR, file), 'utf8'), `bundled:${file}`);
      const got = statuses.get(exp.forceId)!;
      expect(got).toEqual(['2', '4', '8', '9'].map((n) => parsed.recommendations[n].status));
      ['2', '4', '8', '9'].forEach((n, i) => {
        expect([exp.recommendations[n].status, ...exp.recommendations[n].also]).toContain(got[i]);
      });
    }
    const lettered = new Set(Object.values(expected).map((e) => e.forceId));
    for (const [force, s] of statuses)
      if (!lettered.has(force)) expect(s).toEqual(Array(4).fill('No response'));
    expect(stdout.text).toBe(
      `Wrote ${out}: 43 forces, 5 with a letter, 5 of 5 sources read; as of 23/11/2025.\n`,
    );
  });

  it('fills the Sources sheet with each bundled letter, its hash and when it was read', async () => {
    const out = path.join(dir, 'matrix.xlsx');
    await buildWorkbookFile({ sources: [], out, now: NOW, stdout: new Sink(), stderr: new Sink() });
    const ws = (await load(out)).getWorksheet('Sources')!;
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[3])).toEqual([
      'bundled:avon-and-somerset.txt',
      'bundled:dorset.txt',
      'bundled:gwent.txt',
      'bundled:suffolk.txt',
      'bundled:west-midlands.txt',
    ]);
    for (const r of rows) {
      expect(r[5]).toBe('Read');
      expect(String(r[8])).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('counts days left from today where no as-of date is given', async () => {
    const out = path.join(dir, 'matrix.xlsx');
    await buildWorkbookFile({ sources: [], out, now: NOW, stdout: new Sink(), stderr: new Sink() });
    const wb = await load(out);
    const asOf = wb.getWorksheet('OIC Matrix')!.getCell(MATRIX.asOfRow, 2).value as Date;
    expect(asOf.toISOString().slice(0, 10)).toBe(localIsoDate(NOW));
    const ds = decodeDataset(
      (wb.getWorksheet(DATA_SHEET_NAME)!.getSheetValues().slice(1) as unknown[][]).map((r) => r[1]),
    );
    expect(ds.updatedAt).toBe(NOW.toISOString());
  });
});

describe('oic-tracker build with sources', () => {
  async function setUp() {
    const letters = path.join(dir, 'letters');
    await fs.mkdir(letters);
    await fs.copyFile(path.join(BUNDLED_DIR, 'dorset.txt'), path.join(letters, 'dorset.txt'));
    await fs.writeFile(path.join(letters, 'empty.txt'), '');
    await fs.writeFile(path.join(letters, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    await fs.writeFile(path.join(letters, 'notes.md'), 'not a letter, and not .txt: skipped in a folder');
    const huge = path.join(dir, 'huge.txt');
    await fs.writeFile(huge, '');
    await fs.truncate(huge, 21 * 1024 * 1024);
    await fs.writeFile(path.join(dir, 'letter.pdf'), '%PDF-1.4');
    return { letters, huge };
  }

  it('builds from the sources that read and lists each that did not, with its reason', async () => {
    const { letters, huge } = await setUp();
    const out = path.join(dir, 'matrix.xlsx');
    const stderr = new Sink();
    const stdout = new Sink();
    const missing = path.join(dir, 'missing.txt');
    const pdf = path.join(dir, 'letter.pdf');
    const result = await buildWorkbookFile({
      sources: [letters, missing, huge, pdf],
      out,
      now: NOW,
      stdout,
      stderr,
    });

    const reasons = Object.fromEntries(result.errors.map((e) => [path.basename(e.source), e.message]));
    expect(reasons).toEqual({
      'binary.txt': expect.stringMatching(/^is not text: it holds binary data/),
      'empty.txt': 'is empty: it holds no text.',
      'missing.txt': 'no such file or folder',
      'huge.txt': 'is larger than 20 MB, the most that is read.',
      'letter.pdf': expect.stringMatching(/^could not be read as a PDF/),
      'notes.md': expect.stringMatching(/does not read as a response letter/),
    });
    for (const e of result.errors) expect(stderr.text).toContain(`error: ${e.source}: ${e.message}\n`);
    expect(stdout.text).toContain('1 of 7 sources read, 6 failed (see the Sources sheet)');

    const wb = await load(out);
    expect(statusesByForce(wb).get('dorset')).not.toEqual(Array(4).fill('No response'));
    const sources = wb.getWorksheet('Sources')!.getSheetValues().slice(2) as unknown[][];
    expect(sources.map((r) => [path.basename(String(r[3])), r[5]])).toEqual([
      ['dorset.txt', 'Read'],
      ['binary.txt', 'Error'],
      ['empty.txt', 'Error'],
      ['notes.md', 'Error'],
      ['missing.txt', 'Error'],
      ['huge.txt', 'Error'],
      ['letter.pdf', 'Error'],
    ]);
  });

  it('exits 1 from the command line when a source fails, still writing the workbook', async () => {
    const { letters } = await setUp();
    const out = path.join(dir, 'matrix.xlsx');
    const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const outSpy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const code = await run([
        'node',
        'oic-tracker',
        'build',
        letters,
        '--out',
        out,
        '--as-of',
        '2025-11-23',
      ]);
      expect(code).toBe(1);
      await expect(fs.stat(out)).resolves.toBeTruthy();
      expect(errSpy.mock.calls.map((c) => String(c[0])).join('')).toContain(
        'empty.txt: is empty: it holds no text.',
      );
    } finally {
      errSpy.mockRestore();
      outSpy.mockRestore();
    }
  });

  it('exits 0 when every source reads', async () => {
    const out = path.join(dir, 'matrix.xlsx');
    const outSpy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await run([
        'node',
        'oic-tracker',
        'build',
        path.join(BUNDLED_DIR, 'gwent.txt'),
        '--out',
        out,
      ]);
      expect(code).toBe(0);
      expect(statusesByForce(await load(out)).get('gwent')).not.toContain('No response');
    } finally {
      outSpy.mockRestore();
      errSpy.mockRestore();
    }
  });
});

describe('oic-tracker build usage', () => {
  it.each([
    [['--out', 'x.xlsx', '--as-of', '31/12/2025'], '"31/12/2025" is not a date in the form YYYY-MM-DD'],
    [['--out', 'x.xlsx', '--as-of', '2025-02-30'], '"2025-02-30" is not a date in the form YYYY-MM-DD'],
    [['--out', 'matrix.csv'], '"matrix.csv" must be an .xlsx file name'],
    [[], "required option '--out <file.xlsx>' not specified"],
  ])('refuses %j with exit code 2 and says why', async (args, message) => {
    const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await run(['node', 'oic-tracker', 'build', ...args])).toBe(2);
      expect(errSpy.mock.calls.map((c) => String(c[0])).join('')).toContain(message);
    } finally {
      errSpy.mockRestore();
    }
  });

  it('names the folder when the output folder does not exist, and writes nothing', async () => {
    const out = path.join(dir, 'no-such-folder', 'matrix.xlsx');
    await expect(
      buildWorkbookFile({ sources: [], out, now: NOW, stdout: new Sink(), stderr: new Sink() }),
    ).rejects.toThrow(`Cannot write ${out}: the folder ${path.dirname(out)} does not exist.`);
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

describe('progress', () => {
  it('prints one plain line per step when not on a terminal', async () => {
    const stderr = new Sink(false);
    await buildWorkbookFile({
      sources: [],
      out: path.join(dir, 'm.xlsx'),
      now: NOW,
      stdout: new Sink(),
      stderr,
    });
    expect(stderr.text.split('\n').filter(Boolean)).toEqual([
      '[1/6] Reading bundled:avon-and-somerset.txt',
      '[2/6] Reading bundled:dorset.txt',
      '[3/6] Reading bundled:gwent.txt',
      '[4/6] Reading bundled:suffolk.txt',
      '[5/6] Reading bundled:west-midlands.txt',
      `[6/6] Writing ${path.join(dir, 'm.xlsx')}`,
    ]);
    expect(stderr.text).not.toContain('\r');
  });

  it('draws a bar in place on a terminal and clears it at the end', async () => {
    const stderr = new Sink(true);
    await buildWorkbookFile({
      sources: [],
      out: path.join(dir, 'm.xlsx'),
      now: NOW,
      stdout: new Sink(),
      stderr,
    });
    expect(stderr.text).toContain(
      `\r\x1b[2K[${'#'.repeat(4)}${'-'.repeat(20)}] 1/6 Reading bundled:avon-and-somerset.txt`,
    );
    expect(stderr.text).toContain('] 6/6 Writing');
    expect(stderr.text.endsWith('\r\x1b[2K')).toBe(true);
    expect(stderr.text).not.toContain('\n');
  });
});
