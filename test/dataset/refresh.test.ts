import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeSummary, refreshDataset, type SourceOutcome } from '../../src/dataset/refresh';
import { effectiveStatus } from '../../src/dataset/build';
import type { Dataset } from '../../src/dataset/types';
import { readLetter } from '../../src/parse';
import { defaultRegister } from '../../src/report/forces';
import { getReport } from '../../src/report/report';

const report = getReport();
const register = defaultRegister();
const CORPUS = join(__dirname, '../../corpus');
const letter = (f: string) => readFileSync(join(CORPUS, f), 'utf8');
const ok = (f: string, text = letter(f), hash = `h-${f}-${text.length}`): SourceOutcome => ({
  location: `bundled:${f}`,
  ok: true,
  response: readLetter(text, `bundled:${f}`),
  contentHash: hash,
});
const failed = (f: string, message = 'unreachable: connection refused'): SourceOutcome => ({
  location: `bundled:${f}`,
  ok: false,
  reason: 'unreachable',
  message,
});
const cell = (ds: Dataset, force: string, rec: string) =>
  ds.forces.find((f) => f.forceId === force)!.cells[rec];
const run = (previous: Dataset | null, outcomes: SourceOutcome[], now: string, edits = []) =>
  refreshDataset({ previous, outcomes, edits, report, register, now });

const FILES = ['avon-and-somerset.txt', 'dorset.txt', 'gwent.txt', 'suffolk.txt', 'west-midlands.txt'];
const first = run(
  null,
  FILES.map((f) => ok(f)),
  '2025-08-01T09:00:00Z',
);

describe('refreshing the dataset from sources', () => {
  test('a first build lists every source as new and records every cell in the history', () => {
    expect(first.summary.sources.map((s) => s.state)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(first.dataset.forces).toHaveLength(43);
    expect(first.dataset.history).toHaveLength(43 * 4);
    expect(first.dataset.history.filter((h) => h.to === 'No response')).toHaveLength(38 * 4);
  });

  test('says which sources are new, changed and unchanged by their content hash', () => {
    const edited = letter('dorset.txt').replace('Work is underway', 'Work has been completed');
    const { summary } = run(
      first.dataset,
      [
        ...FILES.filter((f) => f !== 'dorset.txt').map((f) => ok(f)),
        ok('dorset.txt', edited),
        ok('kent-copy.txt', letter('gwent.txt').replace(/Gwent/g, 'Kent')),
      ],
      '2025-09-01T09:00:00Z',
    );
    const state = Object.fromEntries(summary.sources.map((s) => [s.location, s.state]));
    expect(state['bundled:dorset.txt']).toBe('changed');
    expect(state['bundled:suffolk.txt']).toBe('unchanged');
    expect(state['bundled:kent-copy.txt']).toBe('new');
    expect(describeSummary(summary)).toMatch(/^6 sources: 1 new, 1 changed, 4 unchanged; \d+ cells? changed/);
  });

  test('a source that fails keeps its previous reading and says why', () => {
    const { dataset, summary } = run(
      first.dataset,
      FILES.map((f) => (f === 'gwent.txt' ? failed(f) : ok(f))),
      '2025-09-01T09:00:00Z',
    );
    expect(cell(dataset, 'gwent', '9').status).toBe(cell(first.dataset, 'gwent', '9').status);
    expect(dataset.forces.find((f) => f.forceId === 'gwent')!.letter!.source).toBe('bundled:gwent.txt');
    const source = dataset.sources.find((s) => s.location === 'bundled:gwent.txt')!;
    expect(source.result).toBe('error');
    expect(source.message).toMatch(/unreachable.*previous reading is kept/);
    expect(summary.sources.find((s) => s.location === 'bundled:gwent.txt')!.state).toBe('failed');
    expect(summary.changes).toEqual([]);
  });

  test('a letter whose force cannot be told is listed for the analyst, and an assignment is kept', () => {
    const anonymous = 'Dear Home Secretary\n\nRecommendation 8\n\nThe force has begun Hydra training.';
    const unknown: SourceOutcome = {
      location: 'letter.txt',
      ok: true,
      response: readLetter(anonymous, 'letter.txt'),
      contentHash: 'x',
    };
    const once = run(first.dataset, [unknown], '2025-09-01T09:00:00Z');
    expect(once.summary.sources[0]).toMatchObject({
      state: 'unassigned',
      message: expect.stringMatching(/type the force on the Sources sheet/),
    });
    expect(once.dataset.sources[0]).toMatchObject({ location: 'letter.txt', forceId: null });
    once.dataset.sources[0].forceId = 'kent';
    const assigned = run(once.dataset, [unknown], '2025-10-01T09:00:00Z');
    expect(cell(assigned.dataset, 'kent', '8').status).toBe('In progress');
  });

  test('of two letters from one force the later letter date wins, and the earlier stays listed', () => {
    const later = letter('dorset.txt')
      .replace('25 June 2025', '2 September 2025')
      .replace('Work is underway to prepare', 'We will prepare');
    const { dataset } = run(null, [ok('dorset.txt'), ok('dorset-update.txt', later)], '2025-09-03T09:00:00Z');
    expect(dataset.forces.find((f) => f.forceId === 'dorset')!.letter!.letterDate).toBe('2025-09-02');
    expect(dataset.sources.find((s) => s.location === 'bundled:dorset.txt')!.message).toMatch(/Not used/);
  });
});

describe("keeping the analyst's judgement", () => {
  const overridden = run(
    first.dataset,
    FILES.map((f) => ok(f)),
    '2025-09-01T09:00:00Z',
    [
      {
        forceId: 'dorset',
        recommendation: '2',
        status: 'Complete',
        reason: 'Confirmed with the force',
        by: 'A. Analyst',
      },
    ] as never,
  );

  test("an override is recorded with the parser's reading beside it and shown as the status", () => {
    const c = cell(overridden.dataset, 'dorset', '2');
    expect(c.override).toMatchObject({
      status: 'Complete',
      parserStatus: 'In progress',
      reason: 'Confirmed with the force',
      at: '2025-09-01T09:00:00Z',
    });
    expect(effectiveStatus(c)).toBe('Complete');
    expect(overridden.summary.changes).toEqual([
      expect.objectContaining({
        forceId: 'dorset',
        recommendation: '2',
        from: 'In progress',
        to: 'Complete',
        by: 'override',
      }),
    ]);
  });

  test('an override survives a refresh that does not mention it', () => {
    const again = run(
      overridden.dataset,
      FILES.map((f) => ok(f)),
      '2025-10-01T09:00:00Z',
    );
    expect(effectiveStatus(cell(again.dataset, 'dorset', '2'))).toBe('Complete');
    expect(again.summary.changes).toEqual([]);
    expect(again.dataset.history.slice(0, overridden.dataset.history.length)).toEqual(
      overridden.dataset.history,
    );
  });

  test('a changed reading under an override flags it for review and keeps the override', () => {
    const changed = letter('dorset.txt').replace(
      /Recommendation 2 – by 30 April 2026[\s\S]*?Recommendation 4:/,
      'Recommendation 2 – The force will consider this.\n\nRecommendation 4:',
    );
    const again = run(overridden.dataset, [ok('dorset.txt', changed)], '2025-10-01T09:00:00Z');
    const c = cell(again.dataset, 'dorset', '2');
    expect(effectiveStatus(c)).toBe('Complete');
    expect(c.status).toBe('Planned');
    expect(again.summary.review).toEqual([
      { forceId: 'dorset', recommendation: '2', override: 'Complete', parser: 'Planned' },
    ]);
  });

  test.each([
    ['clearing the cell', null],
    ["typing the parser's own reading", 'in progress'],
  ])("%s returns the cell to the parser's reading", (_name, status) => {
    const again = run(
      overridden.dataset,
      FILES.map((f) => ok(f)),
      '2025-10-01T09:00:00Z',
      [{ forceId: 'dorset', recommendation: '2', status }] as never,
    );
    const c = cell(again.dataset, 'dorset', '2');
    expect(c.override).toBeNull();
    expect(effectiveStatus(c)).toBe('In progress');
    expect(again.summary.changes).toEqual([
      expect.objectContaining({ from: 'Complete', to: 'In progress', by: 'parser' }),
    ]);
  });

  test('a typed word that is not a status is refused and the cell left as it was', () => {
    const again = run(
      first.dataset,
      FILES.map((f) => ok(f)),
      '2025-10-01T09:00:00Z',
      [{ forceId: 'dorset', recommendation: '4', status: 'Done-ish' }] as never,
    );
    expect(cell(again.dataset, 'dorset', '4').override).toBeNull();
    expect(again.summary.rejectedEdits[0].message).toMatch(/"Done-ish" is not one of the seven statuses/);
  });
});
