import { refreshDataset } from '../../src/dataset/refresh';
import { HISTORY_SHEET } from '../../src/plan';
import { response, sampleResponses } from '../dataset/fixtures';
import { cellAt, register, report, rowAt, samplePlan, sheet, styleAt } from './helpers';

const outcome = (r: ReturnType<typeof response>) => ({
  location: r.source,
  ok: true as const,
  response: r,
  contentHash: `hash-${r.source}-${JSON.stringify(r.recommendations).length}`,
});

describe('the Status history sheet plan', () => {
  const first = refreshDataset({
    previous: null,
    outcomes: sampleResponses().map(outcome),
    report,
    register,
    now: '2025-08-01T09:00:00Z',
  });
  const second = refreshDataset({
    previous: first.dataset,
    outcomes: sampleResponses().map(outcome),
    edits: [{ forceId: 'suffolk', recommendation: '8', status: 'Complete', reason: 'Seen the plan' }],
    report,
    register,
    now: '2025-09-02T14:30:00Z',
  });
  const s = sheet(samplePlan('2025-11-23', second.dataset), 'history');

  it('is named so Excel accepts it (it reserves "History")', () => {
    expect(s.name).toBe(HISTORY_SHEET);
    expect(HISTORY_SHEET).not.toMatch(/^history$/i);
  });

  it('lists every recorded change, oldest first and newest last', () => {
    const rows = s.blocks[0].values;
    expect(rows[0]).toEqual(['When (UTC)', 'Force', 'Rec', 'From', 'To', 'By', 'Source']);
    expect(rows).toHaveLength(1 + second.dataset.history.length);
    expect(second.dataset.history).toHaveLength(43 * 4 + 1);
    expect(rows[rows.length - 1]).toEqual([
      { kind: 'date', iso: '2025-09-02T14:30:00Z' },
      'Suffolk',
      8,
      'Planned',
      'Complete',
      'Analyst override',
      null,
    ]);
  });

  it('shows the first reading of a cell as a change from "(none)", read by the parser', () => {
    const dorset = s.blocks[0].values.find((v) => v[1] === 'Dorset' && v[2] === 2)!;
    expect(dorset).toEqual([
      { kind: 'date', iso: '2025-08-01T09:00:00Z' },
      'Dorset',
      2,
      '(none)',
      'In progress',
      'Parser',
      'bundled:dorset.txt',
    ]);
  });

  it('shows dates the UK way, with the time', () => {
    expect(styleAt(s, 2, 1)).toMatchObject({ numberFormat: 'dd/mm/yyyy hh:mm' });
  });

  it('keeps the rows of an earlier write exactly as they were', () => {
    const before = sheet(samplePlan('2025-11-23', first.dataset), 'history');
    const n = before.blocks[0].values.length;
    for (let r = 1; r <= n; r++) expect(rowAt(s, r, 1, 7)).toEqual(rowAt(before, r, 1, 7));
    expect(cellAt(s, n + 1, 2)).toBe('Suffolk');
  });
});
