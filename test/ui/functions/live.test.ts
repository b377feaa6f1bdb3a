import type { Dataset } from '../../../src/dataset/types';
import { defaultRegister } from '../../../src/report/forces';
import { getReport } from '../../../src/report/report';
import type { Answer } from '../../../src/ui/functions/answer';
import { LiveAnswers } from '../../../src/ui/functions/live';
import { OicFunctions } from '../../../src/ui/functions/logic';
import { DatasetStore, type Snapshot } from '../../../src/ui/functions/store';
import { makeDataset } from '../dataset-fixture';

const make = (s: Snapshot) => new OicFunctions(getReport(), defaultRegister(), s.dataset, s.error);

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const flush = () => new Promise((r) => setImmediate(r));

const planned = makeDataset({ dorset: { cells: { '2': { status: 'Planned' } } } });
const complete = makeDataset({ dorset: { cells: { '2': { status: 'Complete' } } } });

describe('DatasetStore', () => {
  it('reads the workbook once however many calls ask at the same time', async () => {
    const loader = jest.fn(async () => planned);
    const store = new DatasetStore(loader);
    const [a, b] = await Promise.all([store.get(), store.get()]);
    await store.get();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(a.dataset).toBe(planned);
  });

  it('keeps a refresh when a slower first read finishes after it', async () => {
    const slow = deferred<Dataset | null>();
    const store = new DatasetStore(() => slow.promise);
    const first = store.get();
    store.set(complete);
    slow.resolve(planned);
    await first;
    expect(store.current()?.dataset).toBe(complete);
  });

  it('answers with why a read failed, and tries again on the next call', async () => {
    const loader = jest
      .fn<Promise<Dataset | null>, []>()
      .mockRejectedValueOnce(
        new Error('The "OIC Data" sheet does not hold valid data (it may have been edited).'),
      )
      .mockResolvedValueOnce(planned);
    const store = new DatasetStore(loader);
    expect(await store.get()).toEqual({
      dataset: null,
      error: expect.stringMatching(/does not hold valid data/),
    });
    expect((await store.get()).dataset).toBe(planned);
    expect(loader).toHaveBeenCalledTimes(2);
  });
});

describe('LiveAnswers', () => {
  function cell(live: LiveAnswers, force: string, rec: unknown) {
    const results: Answer<string>[] = [];
    const stop = live.watch(
      (fns) => fns.status(force, rec),
      (a) => results.push(a),
    );
    return { results, stop };
  }

  it('answers open calls once the workbook has been read', async () => {
    const read = deferred<Dataset | null>();
    const store = new DatasetStore(() => read.promise);
    const live = new LiveAnswers(store, make);
    const dorset = cell(live, 'Dorset', 2);
    expect(dorset.results).toEqual([]);
    read.resolve(planned);
    await flush();
    expect(dorset.results).toEqual([{ ok: true, value: 'Planned' }]);
  });

  it('gives every open call its new answer when the dataset is replaced', async () => {
    const store = new DatasetStore(async () => planned);
    const live = new LiveAnswers(store, make);
    await store.get();
    const dorset = cell(live, 'Dorset', 'R2');
    const kent = cell(live, 'Kent', 2);
    store.set(complete);
    expect(dorset.results.map((a) => a.ok && a.value)).toEqual(['Planned', 'Complete']);
    expect(kent.results.map((a) => a.ok && a.value)).toEqual(['No response', 'No response']);
  });

  it('stops answering a call Excel has cancelled', async () => {
    const store = new DatasetStore(async () => planned);
    const live = new LiveAnswers(store, make);
    await store.get();
    const dorset = cell(live, 'Dorset', 2);
    dorset.stop();
    store.set(complete);
    expect(dorset.results).toHaveLength(1);
    expect(live.size).toBe(0);
  });

  it('says there is no data yet when the workbook holds none', async () => {
    const store = new DatasetStore(async () => null);
    const live = new LiveAnswers(store, make);
    const dorset = cell(live, 'Dorset', 2);
    await flush();
    expect(dorset.results).toEqual([
      { ok: false, error: 'notAvailable', message: expect.stringMatching(/press Build/) },
    ]);
  });

  it('answers with a failed read at once, tries again for a new cell, and updates every cell when it works', async () => {
    const loader = jest
      .fn<Promise<Dataset | null>, []>()
      .mockRejectedValueOnce(new Error('Excel is busy.'))
      .mockResolvedValueOnce(planned);
    const store = new DatasetStore(loader);
    const live = new LiveAnswers(store, make);
    const first = cell(live, 'Dorset', 2);
    await flush();
    expect(first.results).toEqual([{ ok: false, error: 'notAvailable', message: 'Excel is busy.' }]);
    const second = cell(live, 'Dorset', 2);
    await flush();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(first.results.at(-1)).toEqual({ ok: true, value: 'Planned' });
    expect(second.results).toEqual([
      { ok: false, error: 'notAvailable', message: 'Excel is busy.' },
      { ok: true, value: 'Planned' },
    ]);
  });

  it('builds the lookups once per dataset, not once per cell', async () => {
    const store = new DatasetStore(async () => planned);
    const factory = jest.fn(make);
    const live = new LiveAnswers(store, factory);
    await store.get();
    for (let i = 0; i < 50; i++) cell(live, 'Dorset', 2);
    store.set(complete);
    expect(factory).toHaveBeenCalledTimes(2);
  });
});
