import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { effectiveStatus } from '../../../src/dataset/build';
import { DATA_SHEET_NAME, decodeDataset } from '../../../src/dataset/storage';
import type { Dataset } from '../../../src/dataset/types';
import { readLetter } from '../../../src/parse';
import { NAMES } from '../../../src/plan/names';
import { extractText } from '../../../src/source/extract';
import { SourceError, type FetchedSource } from '../../../src/source/types';
import type { AddedFile, AddedSource } from '../../../src/ui/taskpane/added';
import { sha256Hex } from '../../../src/ui/taskpane/hash';
import { runRefresh, type PipelineDeps } from '../../../src/ui/taskpane/pipeline';
import type { RefreshProgress } from '../../../src/ui/taskpane/refresh';
import { createFakeExcel, findSheet, type FakeExcel } from '../../fakes/excel-fake';
import { needsEsmLoading } from '../../fixtures/esm-loading';
import { letterToHtml, scannedPdf } from '../../fixtures/make-letters';

needsEsmLoading();
// Each test reads letters and writes whole workbooks; under a full parallel run that can pass jest's 5 s.
jest.setTimeout(30_000);

const ROOT = join(__dirname, '../../..');
const CORPUS = join(ROOT, 'corpus');
const BUNDLED = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
const NORFOLK = readFileSync(join(ROOT, 'test/fixtures/heldout-c/norfolk.txt'), 'utf8');
const SURREY = readFileSync(join(ROOT, 'test/fixtures/heldout-c/surrey.txt'), 'utf8');
const NORFOLK_URL = 'https://www.norfolk-pcc.gov.uk/hmicfrs-oic-response';
const RECS = ['2', '4', '8', '9'];

type Run = PipelineDeps['run'];

/** The deps of a refresh, with the fake Excel and letters from disk; web pages as the test says. */
function depsFor(excel: FakeExcel, pages: Record<string, () => Promise<FetchedSource>> = {}) {
  const published: Dataset[] = [];
  const deps: PipelineDeps = {
    run: ((batch: Parameters<Run>[0]) =>
      excel.run((ctx) => batch(ctx as unknown as Parameters<Parameters<Run>[0]>[0]))) as Run,
    bundled: async (name) => new Uint8Array(readFileSync(join(CORPUS, name))),
    fetchUrl: async (url) => {
      const page = pages[url];
      if (!page)
        throw new SourceError('unreachable', url, `${url} could not be fetched: the site did not answer.`);
      return page();
    },
    extract: extractText,
    hash: sha256Hex,
    bundledLetters: BUNDLED,
    notes: true,
    now: () => new Date('2025-11-23T10:00:00Z'),
    publish: (d) => published.push(d),
  };
  return { deps, published };
}

function htmlPage(url: string, text: string): () => Promise<FetchedSource> {
  return async () => ({
    location: url,
    finalUrl: url,
    bytes: new TextEncoder().encode(letterToHtml(text)),
    contentType: 'text/html; charset=utf-8',
  });
}

function file(name: string, bytes: Uint8Array | string, size?: number): AddedFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { kind: 'file', name, size: size ?? data.length, read: async () => data };
}

/** The statuses the matrix shows for a force, by recommendation, read through the plan's names. */
function matrixRow(excel: FakeExcel, forceId: string): Record<string, string> {
  const sheet = findSheet(excel.state, 'OIC Matrix')!;
  const ids = excel.state.names.get(NAMES.forceIds.toLowerCase())!.formula;
  const col = /!\$([A-Z]+)\$(\d+)/.exec(ids)!;
  const idCol = col[1].charCodeAt(0) - 65;
  for (const [key, cell] of sheet.cells) {
    if (key % 16_384 !== idCol || cell.value !== forceId) continue;
    const row = Math.floor(key / 16_384);
    return Object.fromEntries(
      RECS.map((r, i) => [r, String(sheet.cells.get(row * 16_384 + 4 + i)?.value ?? '')]),
    );
  }
  throw new Error(`no matrix row for ${forceId}`);
}

function storedDataset(excel: FakeExcel): Dataset {
  const sheet = findSheet(excel.state, DATA_SHEET_NAME)!;
  const chunks: unknown[] = [];
  for (let r = 0; sheet.cells.get(r * 16_384); r++) chunks.push(sheet.cells.get(r * 16_384)!.value);
  return decodeDataset(chunks);
}

function expectedStatuses(text: string, source: string): Record<string, string> {
  const parsed = readLetter(text, source);
  return Object.fromEntries(RECS.map((r) => [r, parsed.recommendations[r].status]));
}

async function refresh(deps: PipelineDeps, added: readonly AddedSource[] = []) {
  const progress: RefreshProgress[] = [];
  const result = await runRefresh(deps, added, (p) => progress.push(p));
  return { result, progress };
}

describe('Build and Refresh from source in Excel', () => {
  it('builds from the bundled letters before the first build, in three syncs, and hands the data to the functions', async () => {
    const excel = createFakeExcel();
    const { deps, published } = depsFor(excel);
    const { result, progress } = await refresh(deps);
    expect(result.summary.sources.map((s) => [s.location, s.state])).toEqual(
      BUNDLED.map((f) => [`bundled:${f}`, 'new']),
    );
    expect(excel.stats.syncs).toBe(3);
    expect(published).toHaveLength(1);
    expect(storedDataset(excel)).toEqual(published[0]);
    expect(matrixRow(excel, 'dorset')).toEqual(
      expectedStatuses(readFileSync(join(CORPUS, 'dorset.txt'), 'utf8'), 'bundled:dorset.txt'),
    );
    expect(matrixRow(excel, 'norfolk')).toEqual(Object.fromEntries(RECS.map((r) => [r, 'No response'])));
    const reading = progress.filter((p) => p.phase === 'reading' && p.total > 0);
    expect(new Set(reading.map((p) => (p.phase === 'reading' ? p.source : '')))).toEqual(new Set(BUNDLED));
    expect(reading.every((p) => p.phase === 'reading' && p.total === 5 && p.done < 5)).toBe(true);
    expect(progress[progress.length - 1]).toEqual({ phase: 'writing' });
    expect(result.finishedAt).toBe('2025-11-23T10:00:00.000Z');
  });

  it('says which sources failed and why, keeps their previous readings, and updates the rest', async () => {
    const excel = createFakeExcel();
    const first = depsFor(excel, { [NORFOLK_URL]: htmlPage(NORFOLK_URL, NORFOLK) });
    await refresh(first.deps, [{ kind: 'url', url: NORFOLK_URL }]);
    const norfolk = expectedStatuses(NORFOLK, NORFOLK_URL);
    expect(matrixRow(excel, 'norfolk')).toEqual(norfolk);

    // The site is down now; and the analyst adds a scan and a file far too big to be a letter.
    excel.resetStats();
    const second = depsFor(excel);
    const { result } = await refresh(second.deps, [
      file('scans/surrey-response.pdf', await scannedPdf()),
      file('everything.pdf', new Uint8Array(10), 25 * 1024 * 1024),
    ]);
    const byLocation = new Map(result.summary.sources.map((s) => [s.location, s]));
    expect(byLocation.get(NORFOLK_URL)).toMatchObject({
      state: 'failed',
      forceId: 'norfolk',
      message: `${NORFOLK_URL} could not be fetched: the site did not answer.`,
    });
    expect(byLocation.get('scans/surrey-response.pdf')).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/scanned PDF with no text layer/),
    });
    expect(byLocation.get('everything.pdf')).toMatchObject({
      state: 'failed',
      message: 'everything.pdf is over 20 MB, too large to be a response letter; it was not read.',
    });
    for (const f of BUNDLED) expect(byLocation.get(`bundled:${f}`)?.state).toBe('unchanged');
    expect(matrixRow(excel, 'norfolk')).toEqual(norfolk);
    const stored = storedDataset(excel).sources.find((s) => s.location === NORFOLK_URL)!;
    expect(stored).toMatchObject({
      result: 'error',
      message: expect.stringMatching(/previous reading is kept/),
    });
    expect(excel.stats.syncs).toBe(4);
  });

  it('keeps a status typed on the matrix and its reason typed on Evidence through a refresh', async () => {
    const excel = createFakeExcel();
    const { deps } = depsFor(excel);
    await refresh(deps);
    const before = matrixRow(excel, 'dorset');
    expect(before['2']).not.toBe('Not accepted');
    await excel.run(async (ctx) => {
      const ids = ctx.workbook.names.getItem(NAMES.forceIds).getRange().load('values');
      const statuses = ctx.workbook.names.getItem(NAMES.matrix).getRange();
      const evIds = ctx.workbook.names.getItem(NAMES.evidenceForceIds).getRange().load('values');
      const evRecs = ctx.workbook.names.getItem(NAMES.evidenceRecs).getRange().load('values');
      const reasons = ctx.workbook.names.getItem(NAMES.overrideReasons).getRange();
      await ctx.sync();
      statuses.getCell(
        ids.values.findIndex((r) => r[0] === 'dorset'),
        0,
      ).values = [['not accepted']];
      const at = evIds.values.findIndex((r, i) => r[0] === 'dorset' && String(evRecs.values[i][0]) === '2');
      reasons.getCell(at, 0).values = [['=Spoke to the PCC office: they withdrew it']];
    });
    const { result } = await refresh(deps);
    expect(matrixRow(excel, 'dorset')).toEqual({ ...before, 2: 'Not accepted' });
    const cell = storedDataset(excel).forces.find((f) => f.forceId === 'dorset')!.cells['2'];
    expect(cell.override).toMatchObject({
      status: 'Not accepted',
      reason: '=Spoke to the PCC office: they withdrew it',
      parserStatus: before['2'],
    });
    expect(effectiveStatus(cell)).toBe('Not accepted');
    expect(result.summary.changes).toEqual([
      expect.objectContaining({
        forceId: 'dorset',
        recommendation: '2',
        from: before['2'],
        to: 'Not accepted',
        by: 'override',
      }),
    ]);
    // The reason, which starts with "=", is text in its cell after the write, not a formula.
    const evidence = findSheet(excel.state, 'Evidence')!;
    const written = [...evidence.cells.values()].find(
      (c) => c.value === '=Spoke to the PCC office: they withdrew it',
    );
    expect(written).toMatchObject({ formula: null });

    // And it survives the next refresh too, with nothing typed.
    await refresh(deps);
    expect(matrixRow(excel, 'dorset')['2']).toBe('Not accepted');
  });

  it('keeps the text of an added file in the workbook and reads it again from there', async () => {
    const excel = createFakeExcel();
    const { deps, published } = depsFor(excel);
    await refresh(deps, [file('Surrey PCC response.txt', SURREY)]);
    const surrey = expectedStatuses(SURREY, 'Surrey PCC response.txt');
    expect(matrixRow(excel, 'surrey')).toEqual(surrey);
    expect(storedDataset(excel).sources.find((s) => s.location === 'Surrey PCC response.txt')).toMatchObject({
      kind: 'file',
      result: 'ok',
      text: SURREY,
    });
    const { result } = await refresh(deps);
    expect(result.summary.sources.find((s) => s.location === 'Surrey PCC response.txt')?.state).toBe(
      'unchanged',
    );
    expect(matrixRow(excel, 'surrey')).toEqual(surrey);
    expect(published[1].sources.find((s) => s.location === 'Surrey PCC response.txt')?.text).toBe(SURREY);
  });

  it('refuses to refresh over stored data it cannot read, and changes nothing', async () => {
    const excel = createFakeExcel();
    const { deps } = depsFor(excel);
    await refresh(deps);
    findSheet(excel.state, DATA_SHEET_NAME)!.cells.get(0)!.value = '{"version": 1, "forces": [';
    const before = JSON.stringify(excel.state.sheets.map((s) => [s.name, [...s.cells.entries()]]));
    await expect(refresh(deps)).rejects.toThrow(/does not hold valid data.*Nothing was changed/);
    expect(JSON.stringify(excel.state.sheets.map((s) => [s.name, [...s.cells.entries()]]))).toBe(before);
  });

  it('reads at most four sources at once', async () => {
    const excel = createFakeExcel();
    let open = 0;
    let most = 0;
    const pages: Record<string, () => Promise<FetchedSource>> = {};
    const urls = Array.from({ length: 9 }, (_, i) => `https://letters.example.gov.uk/${i}`);
    // No fetch finishes until four are open at once: a busy machine cannot make this pass or fail by timing,
    // and a pane that read fewer at once would never open the gate.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    for (const url of urls) {
      pages[url] = async () => {
        open++;
        most = Math.max(most, open);
        if (open === 4) release();
        await gate;
        open--;
        return htmlPage(url, NORFOLK)();
      };
    }
    const { deps } = depsFor(excel, pages);
    await refresh(
      deps,
      urls.map((url) => ({ kind: 'url' as const, url })),
    );
    expect(most).toBe(4);
  });

  it('names the cell of a typed word that is not a status, and shows the status it had', async () => {
    const excel = createFakeExcel();
    const { deps } = depsFor(excel);
    await refresh(deps);
    const before = matrixRow(excel, 'gwent');
    await excel.run(async (ctx) => {
      const ids = ctx.workbook.names.getItem(NAMES.forceIds).getRange().load('values');
      const statuses = ctx.workbook.names.getItem(NAMES.matrix).getRange();
      await ctx.sync();
      statuses.getCell(
        ids.values.findIndex((r) => r[0] === 'gwent'),
        1,
      ).values = [['Done']];
    });
    const { result } = await refresh(deps);
    expect(result.notices).toEqual([
      expect.stringMatching(/^OIC Matrix, Gwent, Rec 4: "Done" is not one of the seven statuses/),
    ]);
    expect(matrixRow(excel, 'gwent')).toEqual(before);
  });
});
