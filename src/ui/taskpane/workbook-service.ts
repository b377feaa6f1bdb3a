import { defaultRegister } from '../../report/forces';
import { datasetStore } from '../functions/runtime';
import type { RefreshService } from './refresh';
import { bundledSources, sourcesFromDataset } from './sources';

/** Said plainly until the pipeline that reads sources and writes the workbook is wired in. */
export const REFRESH_NOT_AVAILABLE =
  'Building and refreshing inside Excel is not available in this version yet: the part that writes the matrix ' +
  'into the workbook is still being written. Meanwhile the command line makes the same workbook: ' +
  'oic-tracker build --out matrix.xlsx';

/**
 * The refresh service as far as real pieces exist: the workbook's own data for the source list and the
 * button's label; the refresh itself says it is not available rather than pretend.
 */
export function workbookRefreshService(bundledLetters: readonly string[]): RefreshService {
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
    async refresh() {
      throw new Error(REFRESH_NOT_AVAILABLE);
    },
  };
}
