import { DATASET_VERSION, type Dataset } from './types';

/**
 * How a workbook carries its dataset: JSON cut into chunks, one per cell of column A of a hidden sheet.
 * Excel caps a cell at 32,767 characters; chunks stay well under that.
 */
export const DATA_SHEET_NAME = 'OIC Data';
export const CHUNK_CHARS = 30000;

export function encodeDataset(dataset: Dataset): string[] {
  const json = JSON.stringify(dataset);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK_CHARS) chunks.push(json.slice(i, i + CHUNK_CHARS));
  return chunks.length ? chunks : ['{}'];
}

export class DatasetStorageError extends Error {}

/** Reads chunks back; empty trailing cells are ignored. Throws DatasetStorageError with a reason a person can act on. */
export function decodeDataset(chunks: ReadonlyArray<unknown>): Dataset {
  const json = chunks
    .filter((c) => c !== null && c !== undefined && c !== '')
    .map((c) => String(c))
    .join('');
  if (!json) throw new DatasetStorageError(`The "${DATA_SHEET_NAME}" sheet is empty.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new DatasetStorageError(
      `The "${DATA_SHEET_NAME}" sheet does not hold valid data (it may have been edited).`,
    );
  }
  const version = (parsed as { version?: unknown })?.version;
  if (version !== DATASET_VERSION) {
    throw new DatasetStorageError(
      `The "${DATA_SHEET_NAME}" sheet holds data of version ${String(version)}; this OIC Tracker reads version ${DATASET_VERSION}.`,
    );
  }
  const ds = parsed as Dataset;
  if (!Array.isArray(ds.forces) || !Array.isArray(ds.sources) || !Array.isArray(ds.history)) {
    throw new DatasetStorageError(`The "${DATA_SHEET_NAME}" sheet is missing forces, sources or history.`);
  }
  return ds;
}
