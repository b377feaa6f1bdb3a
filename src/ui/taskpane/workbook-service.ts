import { defaultRegister } from '../../report/forces';
import { datasetStore, publishDataset } from '../functions/runtime';
import type { RefreshService } from './refresh';
import type * as RefreshModule from './refresh-in-excel';
import { bundledSources, sourcesFromDataset } from './sources';

/**
 * The letter reader, the plan, the writer and the document readers come with the first press of the button,
 * as their own chunk. The bundler works the joined path out as it builds; TypeScript's Node settings would
 * ask a plain path for a file extension the bundler does not use.
 */
function loadRefresh(): Promise<typeof RefreshModule> {
  return import(/* webpackChunkName: "refresh" */ './' + 'refresh-in-excel') as Promise<typeof RefreshModule>;
}

/**
 * The refresh service of the real pane: the workbook's own data for the source list and the button's
 * label; the refresh itself loads on first use (see refresh-in-excel.ts).
 */
export function workbookRefreshService(
  bundledLetters: readonly string[],
  options: { notes: boolean },
): RefreshService {
  const register = defaultRegister();
  return {
    async hasData() {
      return (await datasetStore.get()).dataset !== null;
    },
    async listSources() {
      const { dataset } = await datasetStore.get();
      if (dataset && dataset.sources.length) return sourcesFromDataset(dataset.sources, register);
      return bundledSources(bundledLetters, register);
    },
    async refresh(onProgress, added) {
      const { refreshInExcel } = await loadRefresh();
      return refreshInExcel(
        { bundledLetters, notes: options.notes, publish: publishDataset },
        added,
        onProgress,
      );
    },
  };
}
