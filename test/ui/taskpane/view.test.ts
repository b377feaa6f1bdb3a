import { defaultRegister } from '../../../src/report/forces';
import { escapeHtml } from '../../../src/ui/taskpane/escape';
import type { RefreshResult } from '../../../src/ui/taskpane/refresh';
import { bundledSources, sourcesFromDataset } from '../../../src/ui/taskpane/sources';
import {
  addedItems,
  buttonLabel,
  countsLine,
  paneView,
  progressOf,
  sourcesHtml,
  summaryHtml,
  ukDateTime,
} from '../../../src/ui/taskpane/view';
import { makeDataset } from '../dataset-fixture';

const register = defaultRegister();

const result: RefreshResult = {
  finishedAt: '2025-09-03T13:05:00Z',
  summary: {
    sources: [
      { location: 'bundled:dorset.txt', forceId: 'dorset', state: 'new', message: null },
      { location: 'bundled:gwent.txt', forceId: 'gwent', state: 'changed', message: null },
      { location: 'bundled:suffolk.txt', forceId: 'suffolk', state: 'unchanged', message: null },
      {
        location: 'https://example.org/<script>alert(1)</script>',
        forceId: null,
        state: 'failed',
        message: 'HTTP 404 <b>Not Found</b>',
      },
    ],
    changes: [
      {
        at: '2025-09-03T13:05:00Z',
        forceId: 'gwent',
        recommendation: '4',
        from: 'Planned',
        to: 'In progress',
        source: 'bundled:gwent.txt',
        by: 'parser',
      },
    ],
    review: [],
    rejectedEdits: [],
  },
  notices: [],
};
const summary = result.summary;

describe('escaping', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["Chief Constable's & PCC's", 'Chief Constable&#39;s &amp; PCC&#39;s'],
    ['plain text', 'plain text'],
    [null, ''],
  ])('escapes %p', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('progress', () => {
  it('shows which source of how many is being read', () => {
    expect(progressOf({ kind: 'reading', done: 1, total: 5, source: 'bundled:gwent.txt' })).toEqual({
      visible: true,
      value: 1,
      max: 5,
      text: 'Reading 2 of 5: gwent.txt',
    });
  });

  it('shows an indeterminate bar while finding sources and while writing', () => {
    expect(progressOf({ kind: 'reading', done: 0, total: 0, source: '' })).toMatchObject({
      value: null,
      text: 'Finding the sources…',
    });
    expect(progressOf({ kind: 'writing' })).toMatchObject({
      visible: true,
      value: null,
      text: 'Writing the matrix to the workbook…',
    });
    expect(progressOf({ kind: 'idle' }).visible).toBe(false);
  });

  it('labels the button Build before the first build and Refresh after', () => {
    expect(buttonLabel(false, { kind: 'idle' })).toBe('Build the matrix');
    expect(buttonLabel(true, { kind: 'idle' })).toBe('Refresh from source');
    expect(buttonLabel(true, { kind: 'writing' })).toBe('Refreshing…');
  });
});

describe('summary', () => {
  it('counts new, changed, unchanged and failed sources', () => {
    expect(countsLine(summary)).toBe('1 new, 1 changed, 1 unchanged, 1 failed');
  });

  it('gives times in UK style', () => {
    expect(ukDateTime('2025-09-03T13:05:00Z', 'Europe/London')).toBe('3 September 2025 at 14:05');
  });

  it('lists each failure with its reason, escaped', () => {
    const html = summaryHtml(result, register, 'Europe/London');
    expect(html).toContain('Finished 3 September 2025 at 14:05.');
    expect(html).toContain(
      'https://example.org/&lt;script&gt;alert(1)&lt;/script&gt;</span>: HTTP 404 &lt;b&gt;Not Found&lt;/b&gt;',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
  });

  it('says which statuses changed, by force name', () => {
    expect(summaryHtml(result, register)).toContain(
      '<li>Gwent, recommendation 4: Planned → In progress</li>',
    );
    expect(summaryHtml({ ...result, summary: { ...summary, changes: [] } }, register)).toContain(
      'No status changed.',
    );
  });

  it('adds letters with no force to the counts only when there are some, and lists them', () => {
    const withUnplaced: RefreshResult = {
      ...result,
      summary: {
        ...summary,
        sources: [
          ...summary.sources,
          {
            location: 'letters/unsigned.pdf',
            forceId: null,
            state: 'unassigned',
            message:
              'Could not tell which force this letter is from: type the force on the Sources sheet and refresh.',
          },
        ],
      },
    };
    expect(countsLine(withUnplaced.summary)).toBe('1 new, 1 changed, 1 unchanged, 1 failed, 1 with no force');
    expect(summaryHtml(withUnplaced, register)).toContain(
      '<h3>Letters with no force</h3><ul class="oic-unassigned"><li><span class="oic-source">letters/unsigned.pdf</span>: Could not tell',
    );
  });

  it('lists overrides to look at again, changes an override made, and notices, escaped', () => {
    const html = summaryHtml(
      {
        ...result,
        summary: {
          ...summary,
          changes: [{ ...summary.changes[0], to: 'Complete', by: 'override' }],
          review: [{ forceId: 'dorset', recommendation: '2', override: 'Complete', parser: 'Planned' }],
        },
        notices: ['Your sheet "Summary" is now called "Summary (2)" <ok>.'],
      },
      register,
    );
    expect(html).toContain('<li>Gwent, recommendation 4: Planned → Complete (your override)</li>');
    expect(html).toContain(
      '<h3>Overrides to look at again</h3><ul class="oic-review"><li>Dorset, recommendation 2: your override says Complete; the letter now reads Planned.</li></ul>',
    );
    expect(html).toContain(
      '<h3>To note</h3><ul class="oic-notices"><li>Your sheet &quot;Summary&quot; is now called &quot;Summary (2)&quot; &lt;ok&gt;.</li></ul>',
    );
  });

  it('shows the summary after a refresh, announcing the counts', () => {
    const view = paneView({ kind: 'summary', result }, true, register);
    expect(view.announcement).toBe('Finished. Sources: 1 new, 1 changed, 1 unchanged, 1 failed.');
    expect(view.summaryHtml).toContain(
      '<p class="oic-summary-counts">Sources: 1 new, 1 changed, 1 unchanged, 1 failed.</p>',
    );
  });

  it('shows a failure message escaped, as an alert', () => {
    const view = paneView({ kind: 'failed', message: 'Bad <img src=x onerror=alert(1)>' }, true, register);
    expect(view.summaryHtml).toBe(
      '<p class="oic-error" role="alert">Bad &lt;img src=x onerror=alert(1)&gt;</p>',
    );
    expect(view.announcement).toBe('Bad <img src=x onerror=alert(1)>');
    expect(view.buttonDisabled).toBe(false);
  });

  it('disables the button and hides the summary while working', () => {
    const view = paneView({ kind: 'reading', done: 0, total: 2, source: 'a' }, false, register);
    expect(view).toMatchObject({
      buttonDisabled: true,
      summaryHtml: null,
      announcement: 'Reading 1 of 2: a',
    });
  });
});

describe('source list', () => {
  it('lists the bundled letters by force before the first build', () => {
    const items = bundledSources(['west-midlands.txt', 'avon-and-somerset.txt', 'unknown.txt'], register);
    expect(items.map((i) => [i.label, i.detail, i.state])).toEqual([
      ['Avon and Somerset', 'Bundled letter: avon-and-somerset.txt', 'not read'],
      ['unknown.txt', 'Bundled letter: unknown.txt', 'not read'],
      ['West Midlands', 'Bundled letter: west-midlands.txt', 'not read'],
    ]);
  });

  it("lists the workbook's sources with how each went", () => {
    const dataset = makeDataset({ dorset: {} });
    dataset.sources.push({
      kind: 'url',
      location: 'https://pcc.example/letter.pdf',
      forceId: null,
      notes: null,
      readAt: null,
      contentHash: null,
      result: 'error',
      message: 'The page could not be fetched (HTTP 404).',
    });
    const items = sourcesFromDataset(dataset.sources, register);
    expect(items).toEqual([
      { label: 'Dorset', detail: 'Bundled letter: dorset.txt', state: 'read', message: null },
      {
        label: 'https://pcc.example/letter.pdf',
        detail: 'Web page: https://pcc.example/letter.pdf',
        state: 'failed',
        message: 'The page could not be fetched (HTTP 404).',
      },
    ]);
  });

  it('escapes everything in the list markup', () => {
    const html = sourcesHtml([
      { label: '<i>x</i>', detail: 'File: a&b.txt', state: 'failed', message: '"quoted"' },
    ]);
    expect(html).toContain('&lt;i&gt;x&lt;/i&gt;');
    expect(html).toContain('File: a&amp;b.txt');
    expect(html).toContain('&quot;quoted&quot;');
    expect(html).toContain('class="oic-source-item oic-failed"');
  });

  it('lists files and addresses added in the pane as waiting for the next refresh', () => {
    const items = addedItems([
      { kind: 'file', name: 'norfolk.pdf', size: 10, read: async () => new Uint8Array() },
      { kind: 'url', url: 'https://www.norfolk-pcc.gov.uk/letter' },
    ]);
    expect(items).toEqual([
      {
        label: 'norfolk.pdf',
        detail: 'File you added, read at the next refresh: norfolk.pdf',
        state: 'not read',
        message: null,
      },
      {
        label: 'https://www.norfolk-pcc.gov.uk/letter',
        detail: 'Web page you added, read at the next refresh: https://www.norfolk-pcc.gov.uk/letter',
        state: 'not read',
        message: null,
      },
    ]);
  });

  it('says so when there are no sources', () => {
    expect(sourcesHtml([])).toBe('<li class="oic-empty">No sources yet.</li>');
  });
});
