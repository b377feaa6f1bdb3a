import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUNDLED_DIR } from '../../src/cli/build-sources';
import { run } from '../../src/cli/main';
import * as xlsxWriter from '../../src/writers/xlsx/write';
import * as plan from '../../src/plan';
import { defaultRegister } from '../../src/report/forces';
import { getReport } from '../../src/report/report';
import {
  build,
  dataset,
  edit,
  evidenceRow,
  historyRows,
  matrixCell,
  matrixRow,
  noteText,
  open,
  refresh,
  setReason,
} from './refresh-helpers';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oic-refresh-'));
  file = path.join(dir, 'matrix.xlsx');
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('oic-tracker refresh, when an analyst typed an override', () => {
  it("keeps Complete typed over Dorset's Rec 2, marked as an override with the parser's reading beside it, and records it", async () => {
    await build(file);
    const before = historyRows(await open(file));
    expect(before).toHaveLength(43 * 4);
    await edit(file, (wb) => {
      matrixCell(wb, 'dorset', 2).value = 'Complete';
      setReason(wb, 'dorset', 2, 'Confirmed with the force on 20/11/2025');
    });

    const { stdout, result } = await refresh(file, { by: 'A Analyst' });
    expect(result.failed).toEqual([]);
    expect(stdout).toContain('changed: Dorset, Rec 2: In progress -> Complete (analyst override)\n');

    const wb = await open(file);
    const cell = matrixCell(wb, 'dorset', 2);
    expect(cell.value).toBe('Complete');
    expect(cell.border.top).toMatchObject({ style: 'medium' });
    expect(matrixRow(wb, 'dorset')['Overrides (parser reads)']).toBe('2 (parser: In progress)');
    expect(noteText(cell).split('\n')[1]).toBe(
      'OVERRIDE by A Analyst on 01/02/2026: Confirmed with the force on 20/11/2025. Parser reads: In progress.',
    );
    expect(evidenceRow(wb, 'dorset', 2)).toMatchObject({
      Status: 'Complete',
      'Parser reading': 'In progress',
      'Analyst override': 'Complete',
      'Override reason': 'Confirmed with the force on 20/11/2025',
    });
    const after = historyRows(wb);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([
      ['2026-02-01T10:00:00.000Z', 'Dorset', 2, 'In progress', 'Complete', 'Analyst override', null],
    ]);
    expect(dataset(wb).forces.find((f) => f.forceId === 'dorset')!.cells['2'].override).toMatchObject({
      status: 'Complete',
      parserStatus: 'In progress',
      by: 'A Analyst',
      at: '2026-02-01T10:00:00.000Z',
    });
  });

  it('keeps the override across later refreshes, adding no history rows when nothing changed', async () => {
    await build(file);
    await edit(file, (wb) => (matrixCell(wb, 'dorset', 2).value = 'Complete'));
    await refresh(file);
    const once = historyRows(await open(file));
    const { stdout } = await refresh(file, { now: new Date('2026-03-01T10:00:00Z') });
    const wb = await open(file);
    expect(matrixCell(wb, 'dorset', 2).value).toBe('Complete');
    expect(historyRows(wb)).toEqual(once);
    expect(stdout).toContain('5 sources: 5 unchanged; 0 cells changed.');
  });

  it("returns a cleared cell to the parser's reading, and records that", async () => {
    await build(file);
    await edit(file, (wb) => (matrixCell(wb, 'dorset', 2).value = 'Complete'));
    await refresh(file);
    await edit(file, (wb) => (matrixCell(wb, 'dorset', 2).value = null));
    await refresh(file, { now: new Date('2026-03-01T10:00:00Z') });
    const wb = await open(file);
    expect(matrixCell(wb, 'dorset', 2).value).toBe('In progress');
    expect(matrixRow(wb, 'dorset')['Overrides (parser reads)']).toBeNull();
    expect(historyRows(wb).at(-1)).toEqual([
      '2026-03-01T10:00:00.000Z',
      'Dorset',
      2,
      'Complete',
      'In progress',
      'Parser',
      'bundled:dorset.txt',
    ]);
  });

  it('flags the override for review when the letter under it now reads differently, and keeps it', async () => {
    const letter = path.join(dir, 'dorset.txt');
    const text = await fs.readFile(path.join(BUNDLED_DIR, 'dorset.txt'), 'utf8');
    await fs.writeFile(letter, text);
    await build(file, [letter]);
    await edit(file, (wb) => (matrixCell(wb, 'dorset', 2).value = 'Complete'));
    await refresh(file);
    await fs.writeFile(
      letter,
      text.replace(
        /Recommendation 2 – by 30 April 2026[\s\S]*?Recommendation 4:/,
        'Recommendation 2 – The force will consider this.\n\nRecommendation 4:',
      ),
    );
    const { stderr, stdout } = await refresh(file);
    expect(stderr).toContain(
      'review: Dorset, Rec 2: kept the override Complete; the parser now reads Planned\n',
    );
    expect(stdout).toContain('1 changed');
    const wb = await open(file);
    expect(matrixCell(wb, 'dorset', 2).value).toBe('Complete');
    expect(matrixRow(wb, 'dorset')).toMatchObject({
      'Overrides (parser reads)': '2 (parser: Planned)',
      Review: '2: parser now reads Planned',
    });
    expect(noteText(matrixCell(wb, 'dorset', 2))).toContain('REVIEW: the parser now reads Planned');
  });

  it('reads statuses by force id, so a matrix sorted in the spreadsheet program refreshes the right cells', async () => {
    await build(file);
    await edit(file, (wb) => {
      const ws = wb.getWorksheet('OIC Matrix')!;
      // Sort descending by force: every row's values move together, as a spreadsheet sort moves them.
      const rows = Array.from({ length: 43 }, (_, i) => (ws.getRow(8 + i).values as unknown[]).slice());
      rows.reverse().forEach((values, i) => {
        const row = ws.getRow(8 + i);
        values.forEach((v, c) => {
          if (c > 0) row.getCell(c).value = v as never;
        });
      });
      matrixCell(wb, 'suffolk', 9).value = 'Complete';
    });
    await refresh(file);
    const wb = await open(file);
    expect(matrixCell(wb, 'suffolk', 9).value).toBe('Complete');
    expect(dataset(wb).forces.find((f) => f.forceId === 'suffolk')!.cells['9'].override?.status).toBe(
      'Complete',
    );
    expect(dataset(wb).forces.filter((f) => Object.values(f.cells).some((c) => c.override))).toHaveLength(1);
  });

  it('refuses a word that is not a status, says so, and shows the stored status again', async () => {
    await build(file);
    await edit(file, (wb) => (matrixCell(wb, 'gwent', 4).value = 'Sort of done'));
    const { stderr } = await refresh(file);
    expect(stderr).toContain('not used: Gwent, Rec 4: "Sort of done" is not one of the seven statuses');
    expect(matrixCell(await open(file), 'gwent', 4).value).not.toBe('Sort of done');
  });
});

describe('oic-tracker refresh, other things typed in the workbook', () => {
  it('places a letter under the force typed on the Sources sheet', async () => {
    const letters = path.join(dir, 'letters');
    await fs.mkdir(letters);
    await fs.writeFile(
      path.join(letters, 'unsigned.txt'),
      'Dear Home Secretary\n\nRecommendation 8\n\nThe force has begun Hydra training.\n',
    );
    const built = await build(file, [letters]);
    expect(built.errors[0].message).toMatch(/Could not tell which force/);
    await edit(file, (wb) => {
      const ws = wb.getWorksheet('Sources')!;
      expect(ws.getCell(2, 3).value).toBe(path.join(letters, 'unsigned.txt'));
      ws.getCell(2, 1).value = 'Kent Police';
    });
    const { result } = await refresh(file);
    expect(result.failed).toEqual([]);
    const wb = await open(file);
    expect(matrixCell(wb, 'kent', 8).value).toBe('In progress');
    expect(wb.getWorksheet('Sources')!.getCell(2, 1).value).toBe('Kent');
  });

  it('keeps a warning window typed on the Commitments sheet', async () => {
    await build(file);
    await edit(file, (wb) => (wb.getWorksheet('Commitments')!.getCell('D1').value = 10));
    await refresh(file);
    const wb = await open(file);
    expect(wb.getWorksheet('Commitments')!.getCell('D1').value).toBe(10);
    expect(dataset(wb).settings).toEqual({ warnDays: 10 });
  });
});

describe('oic-tracker refresh, reading the sources', () => {
  it('reads the letters the workbook lists, adds new ones given, and says which are new', async () => {
    await build(file);
    const extra = path.join(dir, 'kent.txt');
    await fs.writeFile(
      extra,
      (await fs.readFile(path.join(BUNDLED_DIR, 'gwent.txt'), 'utf8')).replace(/Gwent/g, 'Kent'),
    );
    const { result, stdout } = await refresh(file, { sources: [extra] });
    expect(result.summary.sources.map((s) => [path.basename(s.location), s.state])).toEqual([
      ['bundled:avon-and-somerset.txt', 'unchanged'],
      ['bundled:dorset.txt', 'unchanged'],
      ['bundled:gwent.txt', 'unchanged'],
      ['bundled:suffolk.txt', 'unchanged'],
      ['bundled:west-midlands.txt', 'unchanged'],
      ['kent.txt', 'new'],
    ]);
    expect(stdout).toContain('6 sources: 1 new, 5 unchanged; 4 cells changed.');
    expect(matrixCell(await open(file), 'kent', 2).value).not.toBe('No response');
  });

  it('keeps the last reading of a letter that can no longer be read, says why and exits 1', async () => {
    const letter = path.join(dir, 'dorset.txt');
    await fs.copyFile(path.join(BUNDLED_DIR, 'dorset.txt'), letter);
    await build(file, [letter]);
    await fs.rm(letter);
    const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const outSpy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await run(['node', 'oic-tracker', 'refresh', file, '--as-of', '2025-11-24']);
    const stderr = errSpy.mock.calls.map((c) => String(c[0])).join('');
    errSpy.mockRestore();
    outSpy.mockRestore();
    expect(code).toBe(1);
    expect(stderr).toContain(`error: ${letter}: was not found. (its previous reading is kept)\n`);
    expect(matrixCell(await open(file), 'dorset', 2).value).toBe('In progress');
  });

  it('finds a letter by its path beside the workbook when run from another folder', async () => {
    await fs.copyFile(path.join(BUNDLED_DIR, 'gwent.txt'), path.join(dir, 'gwent.txt'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await build(file, ['gwent.txt']);
    } finally {
      process.chdir(cwd);
    }
    const { result } = await refresh(file);
    expect(result.failed).toEqual([]);
    expect(result.summary.sources).toEqual([
      expect.objectContaining({ location: 'gwent.txt', state: 'unchanged' }),
    ]);
  });

  it('fetches a web address under the fetch policy, and keeps what it gave before when refused', async () => {
    await build(file, [path.join(BUNDLED_DIR, 'gwent.txt'), 'https://example.org/letter.pdf']);
    const { result } = await refresh(file);
    expect(result.failed).toEqual([
      {
        source: 'https://example.org/letter.pdf',
        message: expect.stringMatching(/example\.org is not on the list of allowed sites/),
      },
    ]);
  });

  it('reads again, from the text the workbook stored, a letter added in the task pane', async () => {
    await build(file, [path.join(BUNDLED_DIR, 'suffolk.txt')]);
    // The task pane stores the text of a file the analyst added, as nothing else can reach it later.
    const ds = dataset(await open(file));
    const text = await fs.readFile(path.join(BUNDLED_DIR, 'suffolk.txt'), 'utf8');
    ds.sources = [{ ...ds.sources[0], location: 'Suffolk response.docx', text }];
    ds.forces.find((f) => f.forceId === 'suffolk')!.letter!.source = 'Suffolk response.docx';
    const written = plan.planWorkbook(ds, {
      report: getReport(),
      register: defaultRegister(),
      asOf: '2025-11-23',
    });
    await fs.writeFile(file, await xlsxWriter.renderXlsx(written));

    const { result } = await refresh(file);
    expect(result.summary.sources).toEqual([
      expect.objectContaining({ location: 'Suffolk response.docx', state: 'unchanged', forceId: 'suffolk' }),
    ]);
    expect(dataset(await open(file)).sources[0].text).toBe(text);
  });
});

describe('oic-tracker refresh, when it cannot finish', () => {
  const steps: Array<[string, () => void]> = [
    [
      'planning',
      () =>
        jest.spyOn(plan, 'planWorkbook').mockImplementation(() => {
          throw new Error('planning failed');
        }),
    ],
    [
      'rendering',
      () => jest.spyOn(xlsxWriter, 'renderXlsx').mockRejectedValue(new Error('rendering failed')),
    ],
    [
      'writing',
      () =>
        jest.spyOn(fs, 'rename').mockRejectedValue(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
    ],
  ];

  it.each(steps)(
    'leaves the file exactly as it was when %s fails, typed edits and all',
    async (_step, breakIt) => {
      await build(file);
      await edit(file, (wb) => (matrixCell(wb, 'dorset', 2).value = 'Complete'));
      const before = await fs.readFile(file);
      breakIt();
      await expect(refresh(file)).rejects.toThrow(/failed|disk full/);
      expect(Buffer.compare(await fs.readFile(file), before)).toBe(0);
      expect(await fs.readdir(dir)).toEqual(['matrix.xlsx']);
      jest.restoreAllMocks();
      // Nothing typed was lost: the next refresh still finds the edit.
      await refresh(file);
      expect(matrixCell(await open(file), 'dorset', 2).value).toBe('Complete');
    },
  );

  it.each([
    ['a file that does not exist', async () => undefined, /matrix\.xlsx: no such file\./],
    [
      'a file that is not a workbook',
      async (f: string) => fs.writeFile(f, 'plain text'),
      /is not an \.xlsx workbook/,
    ],
    [
      'a workbook with no data sheet',
      async (f: string) => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet('Sheet1').getCell('A1').value = 'hello';
        await wb.xlsx.writeFile(f);
      },
      /has no "OIC Data" sheet/,
    ],
    [
      'a workbook whose data was edited',
      async (f: string) => {
        await build(f);
        await edit(f, (wb) => (wb.getWorksheet('OIC Data')!.getCell('A1').value = '{"broken'));
      },
      /"OIC Data" sheet does not hold valid data.*Nothing was changed/,
    ],
    [
      'a workbook whose matrix names were deleted',
      async (f: string) => {
        await build(f);
        await edit(f, (wb) => {
          wb.definedNames.model = wb.definedNames.model.filter((n) => n.name !== 'OIC_ForceIds');
        });
      },
      /the name OIC_ForceIds is missing/,
    ],
  ])('refuses %s with a message naming it, exit 2, and writes nothing', async (_n, setUp, message) => {
    await setUp(file);
    const before = await fs.readFile(file).catch(() => null);
    const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await run(['node', 'oic-tracker', 'refresh', file]);
    const stderr = errSpy.mock.calls.map((c) => String(c[0])).join('');
    errSpy.mockRestore();
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(file);
    expect(await fs.readFile(file).catch(() => null)).toEqual(before);
  });
});

describe('oic-tracker refresh usage', () => {
  it.each([
    [[], "missing required argument 'workbook'"],
    [['matrix.csv'], '"matrix.csv" must be an .xlsx workbook'],
    [['m.xlsx', '--as-of', '2025-13-01'], '"2025-13-01" is not a date in the form YYYY-MM-DD'],
  ])('refuses %j with exit code 2 and says why', async (args, message) => {
    const errSpy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await run(['node', 'oic-tracker', 'refresh', ...args])).toBe(2);
      expect(errSpy.mock.calls.map((c) => String(c[0])).join('')).toContain(message);
    } finally {
      errSpy.mockRestore();
    }
  });
});
