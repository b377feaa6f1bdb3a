import { refreshDataset } from '../../src/dataset/refresh';
import { defaultRegister } from '../../src/report/forces';
import { getReport } from '../../src/report/report';
import { sampleResponses } from './fixtures';

describe("the analyst's settings across a refresh", () => {
  const outcomes = sampleResponses().map((r) => ({
    location: r.source,
    ok: true as const,
    response: r,
    contentHash: 'h',
  }));
  const run = (previous: Parameters<typeof refreshDataset>[0]['previous']) =>
    refreshDataset({
      previous,
      outcomes,
      report: getReport(),
      register: defaultRegister(),
      now: '2025-09-01T09:00:00Z',
    }).dataset;

  it('keeps a warning window the analyst set', () => {
    const first = { ...run(null), settings: { warnDays: 21 } };
    expect(run(first).settings).toEqual({ warnDays: 21 });
  });

  it('adds no settings where none were set, so older data stays as it was', () => {
    expect(run(run(null))).not.toHaveProperty('settings');
  });
});
