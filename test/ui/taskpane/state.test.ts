import { IDLE, isBusy, nextState, type PaneEvent, type PaneState } from '../../../src/ui/taskpane/state';
import type { RefreshResult } from '../../../src/ui/taskpane/refresh';

const result: RefreshResult = {
  finishedAt: '2025-09-03T13:05:00Z',
  summary: { sources: [], changes: [], review: [], rejectedEdits: [] },
  notices: [],
};

function run(events: PaneEvent[], from: PaneState = IDLE): PaneState {
  return events.reduce(nextState, from);
}

describe('task pane state machine', () => {
  it('goes idle → reading n of m → writing → summary', () => {
    const states = [IDLE];
    for (const e of [
      { type: 'start' },
      { type: 'progress', progress: { phase: 'reading', done: 0, total: 3, source: 'bundled:dorset.txt' } },
      { type: 'progress', progress: { phase: 'reading', done: 1, total: 3, source: 'bundled:gwent.txt' } },
      { type: 'progress', progress: { phase: 'writing' } },
      { type: 'done', result },
    ] as PaneEvent[]) {
      states.push(nextState(states[states.length - 1], e));
    }
    expect(states.map((s) => s.kind)).toEqual([
      'idle',
      'reading',
      'reading',
      'reading',
      'writing',
      'summary',
    ]);
    expect(states[3]).toEqual({ kind: 'reading', done: 1, total: 3, source: 'bundled:gwent.txt' });
  });

  it('ignores a second start while busy', () => {
    const reading = run([
      { type: 'start' },
      { type: 'progress', progress: { phase: 'reading', done: 2, total: 5, source: 'x' } },
    ]);
    expect(nextState(reading, { type: 'start' })).toBe(reading);
  });

  it('starts again from a summary or a failure', () => {
    expect(nextState({ kind: 'summary', result }, { type: 'start' }).kind).toBe('reading');
    expect(nextState({ kind: 'failed', message: 'x' }, { type: 'start' }).kind).toBe('reading');
  });

  it('does not let a late reading report move the pane back from writing', () => {
    const writing = run([{ type: 'start' }, { type: 'progress', progress: { phase: 'writing' } }]);
    expect(
      nextState(writing, {
        type: 'progress',
        progress: { phase: 'reading', done: 1, total: 2, source: 'x' },
      }),
    ).toBe(writing);
  });

  it.each<PaneEvent>([
    { type: 'progress', progress: { phase: 'writing' } },
    { type: 'done', result },
    { type: 'failed', message: 'late' },
  ])('ignores %p when nothing is running', (event) => {
    expect(nextState(IDLE, event)).toBe(IDLE);
    const finished: PaneState = { kind: 'summary', result };
    expect(nextState(finished, event)).toBe(finished);
  });

  it('counts reading and writing as busy, nothing else', () => {
    expect(
      [
        IDLE,
        { kind: 'writing' },
        { kind: 'reading', done: 0, total: 0, source: '' },
        { kind: 'failed', message: '' },
      ].map((s) => isBusy(s as PaneState)),
    ).toEqual([false, true, true, false]);
  });
});
