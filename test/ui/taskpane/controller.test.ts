import { defaultRegister } from '../../../src/report/forces';
import { PaneController, type PaneOutput } from '../../../src/ui/taskpane/controller';
import { requestRefresh, setPane } from '../../../src/ui/taskpane/pane-instance';
import type { AddedFile, AddedSource } from '../../../src/ui/taskpane/added';
import type {
  RefreshProgress,
  RefreshResult,
  RefreshService,
  SourceItem,
} from '../../../src/ui/taskpane/refresh';
import type { PaneView } from '../../../src/ui/taskpane/view';

const summary: RefreshResult = {
  finishedAt: '2025-09-03T13:05:00Z',
  summary: {
    sources: [{ location: 'bundled:dorset.txt', forceId: 'dorset', state: 'new', message: null }],
    changes: [],
    review: [],
    rejectedEdits: [],
  },
  notices: [],
};

const item: SourceItem = {
  label: 'Dorset',
  detail: 'Bundled letter: dorset.txt',
  state: 'read',
  message: null,
};

/** A service whose refresh the test drives step by step. */
function scriptedService() {
  let report!: (p: RefreshProgress) => void;
  let finish!: (s: RefreshResult) => void;
  let fail!: (e: Error) => void;
  let hasData = false;
  const service: RefreshService & { calls: number; added: Array<readonly AddedSource[]> } = {
    calls: 0,
    added: [],
    hasData: async () => hasData,
    listSources: async () => [item],
    refresh(onProgress, added) {
      service.calls += 1;
      service.added.push(added);
      report = onProgress;
      return new Promise((res, rej) => {
        finish = (s) => {
          hasData = true;
          res(s);
        };
        fail = rej;
      });
    },
  };
  return {
    service,
    report: (p: RefreshProgress) => report(p),
    finish: (s: RefreshResult) => finish(s),
    fail: (e: Error) => fail(e),
  };
}

function recorder() {
  const views: PaneView[] = [];
  const lists: string[] = [];
  const problems: Array<string | null> = [];
  const output: PaneOutput = {
    show: (v) => views.push(v),
    showSources: (h) => lists.push(h),
    showAddProblem: (p) => problems.push(p),
  };
  return { views, lists, problems, output, last: () => views[views.length - 1] };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('task pane controller', () => {
  it('shows the sources and a Build button when opened on an unbuilt workbook', async () => {
    const { service } = scriptedService();
    const out = recorder();
    await new PaneController(service, out.output, defaultRegister()).open();
    expect(out.last().buttonLabel).toBe('Build the matrix');
    expect(out.lists[0]).toContain('Dorset');
  });

  it('shows progress as the service reports it, then the summary', async () => {
    const s = scriptedService();
    const out = recorder();
    const pane = new PaneController(s.service, out.output, defaultRegister());
    const done = pane.refresh();
    expect(out.last()).toMatchObject({ buttonDisabled: true, progress: { text: 'Finding the sources…' } });
    s.report({ phase: 'reading', done: 0, total: 2, source: 'bundled:dorset.txt' });
    expect(out.last().progress).toMatchObject({ value: 0, max: 2, text: 'Reading 1 of 2: dorset.txt' });
    s.report({ phase: 'writing' });
    expect(out.last().progress.text).toBe('Writing the matrix to the workbook…');
    s.finish(summary);
    await done;
    expect(pane.current.kind).toBe('summary');
    expect(out.last()).toMatchObject({ buttonDisabled: false, buttonLabel: 'Refresh from source' });
    expect(out.last().summaryHtml).toContain('Sources: 1 new, 0 changed, 0 unchanged, 0 failed.');
  });

  it('runs one refresh at a time however often the button is pressed', async () => {
    const s = scriptedService();
    const pane = new PaneController(s.service, recorder().output, defaultRegister());
    const first = pane.refresh();
    await pane.refresh();
    await pane.refresh();
    expect(s.service.calls).toBe(1);
    s.finish(summary);
    await first;
  });

  it('shows why a refresh failed and lets the analyst try again', async () => {
    const s = scriptedService();
    const out = recorder();
    const pane = new PaneController(s.service, out.output, defaultRegister());
    const attempt = pane.refresh();
    s.fail(new Error('The workbook is read-only.'));
    await attempt;
    expect(out.last()).toMatchObject({ buttonDisabled: false, announcement: 'The workbook is read-only.' });
    expect(out.last().summaryHtml).toContain('role="alert"');
    const again = pane.refresh();
    expect(s.service.calls).toBe(2);
    s.finish(summary);
    await again;
  });

  it('still shows the refresh result when the source list cannot be read', async () => {
    const s = scriptedService();
    s.service.listSources = async () => {
      throw new Error('Excel is busy.');
    };
    const out = recorder();
    const pane = new PaneController(s.service, out.output, defaultRegister());
    const done = pane.refresh();
    s.finish(summary);
    await done;
    expect(pane.current.kind).toBe('summary');
    expect(out.lists[out.lists.length - 1]).toContain('Excel is busy.');
  });
});

function file(name: string): AddedFile {
  return { kind: 'file', name, size: 4, read: async () => new TextEncoder().encode('text') };
}

describe('task pane controller: sources the analyst adds', () => {
  it('lists picked files at once and hands them to the next refresh, then forgets them', async () => {
    const s = scriptedService();
    const out = recorder();
    const pane = new PaneController(s.service, out.output, defaultRegister());
    await pane.open();
    pane.addFiles([file('norfolk.pdf'), file('essex.docx')]);
    expect(out.lists[out.lists.length - 1]).toContain('norfolk.pdf');
    expect(out.lists[out.lists.length - 1]).toContain('essex.docx');
    const done = pane.refresh();
    s.finish(summary);
    await done;
    expect(s.service.added[0].map((a) => (a.kind === 'file' ? a.name : a.url))).toEqual([
      'norfolk.pdf',
      'essex.docx',
    ]);
    expect(pane.pending).toEqual([]);
    const again = pane.refresh();
    s.finish(summary);
    await again;
    expect(s.service.added[1]).toEqual([]);
  });

  it('keeps what was added for the next try when a refresh fails', async () => {
    const s = scriptedService();
    const pane = new PaneController(s.service, recorder().output, defaultRegister());
    pane.addFiles([file('norfolk.pdf')]);
    const attempt = pane.refresh();
    s.fail(new Error('Excel is busy.'));
    await attempt;
    expect(pane.pending.map((a) => (a.kind === 'file' ? a.name : ''))).toEqual(['norfolk.pdf']);
  });

  it('takes one entry per file name: a file picked again replaces the first', () => {
    const pane = new PaneController(scriptedService().service, recorder().output, defaultRegister());
    const first = file('norfolk.pdf');
    const second = file('norfolk.pdf');
    pane.addFiles([first]);
    pane.addFiles([second]);
    expect(pane.pending).toEqual([second]);
  });

  it.each([
    ['https://www.norfolk-pcc.gov.uk/letter.pdf', null],
    ['  https://www.norfolk-pcc.gov.uk/a b  ', null],
    ['', 'Type or paste the web address of a letter first.'],
    ['www.norfolk-pcc.gov.uk', '"www.norfolk-pcc.gov.uk" is not a web address: it should start https://'],
    [
      'ftp://files.example.org/x.pdf',
      'ftp://files.example.org/x.pdf is not a web page address: only http and https addresses are read.',
    ],
  ])('adds the web address %p, or says why not', (typed, problem) => {
    const out = recorder();
    const pane = new PaneController(scriptedService().service, out.output, defaultRegister());
    expect(pane.addAddress(typed)).toBe(problem === null);
    expect(out.problems[out.problems.length - 1]).toBe(problem);
    expect(pane.pending).toHaveLength(problem === null ? 1 : 0);
  });
});

describe('ribbon refresh request', () => {
  it('waits for the pane to be mounted, then runs its refresh', async () => {
    const refresh = jest.fn(async () => undefined);
    const pending = requestRefresh();
    await flush();
    expect(refresh).not.toHaveBeenCalled();
    setPane({ refresh });
    await pending;
    expect(refresh).toHaveBeenCalledTimes(1);
    await requestRefresh();
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
