import type { RefreshProgress, RefreshResult } from './refresh';

/** What the pane is doing: idle → reading n of m → writing → summary (or failed), and round again. */
export type PaneState =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number; source: string }
  | { kind: 'writing' }
  | { kind: 'summary'; result: RefreshResult }
  | { kind: 'failed'; message: string };

export type PaneEvent =
  | { type: 'start' }
  | { type: 'progress'; progress: RefreshProgress }
  | { type: 'done'; result: RefreshResult }
  | { type: 'failed'; message: string };

export const IDLE: PaneState = { kind: 'idle' };

export function isBusy(state: PaneState): boolean {
  return state.kind === 'reading' || state.kind === 'writing';
}

/**
 * The next state. Events that make no sense in the current state (a second start while busy, progress
 * after the end) leave it unchanged, so a late callback from the pipeline cannot scramble the pane.
 */
export function nextState(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case 'start':
      return isBusy(state) ? state : { kind: 'reading', done: 0, total: 0, source: '' };
    case 'progress': {
      if (!isBusy(state)) return state;
      const p = event.progress;
      if (p.phase === 'writing') return { kind: 'writing' };
      // Once writing has begun, reading is over; a stray reading report must not move the pane back.
      if (state.kind === 'writing') return state;
      return { kind: 'reading', done: p.done, total: p.total, source: p.source };
    }
    case 'done':
      return isBusy(state) ? { kind: 'summary', result: event.result } : state;
    case 'failed':
      return isBusy(state) ? { kind: 'failed', message: event.message } : state;
  }
}
