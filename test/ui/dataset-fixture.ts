import { DATASET_VERSION, type CellRecord, type Dataset, type LetterRecord } from '../../src/dataset/types';
import type { Status } from '../../src/parse/types';
import { defaultRegister } from '../../src/report/forces';

/** A hand-made dataset: all 43 forces, letters from a few, so tests state exactly what they expect. */
export interface ForceSpec {
  letter?: Partial<LetterRecord>;
  cells?: Record<string, Partial<CellRecord> & { status: Status }>;
}

export const RECS = ['2', '4', '8', '9'];

export function makeDataset(specs: Record<string, ForceSpec>): Dataset {
  const register = defaultRegister();
  for (const id of Object.keys(specs)) {
    if (!register.byId(id)) throw new Error(`fixture names unknown force ${id}`);
  }
  return {
    version: DATASET_VERSION,
    reportId: 'oic-2025',
    updatedAt: '2025-09-01T10:00:00.000Z',
    forces: register.forces.map((force) => {
      const spec = specs[force.id];
      const cells: Record<string, CellRecord> = {};
      for (const rec of RECS) {
        const given = spec?.cells?.[rec];
        cells[rec] = {
          status: spec ? 'Not mentioned' : 'No response',
          confidence: 1,
          evidence: [],
          commitments: [],
          source: spec ? `bundled:${force.id}.txt` : null,
          override: null,
          ...given,
        };
      }
      return {
        forceId: force.id,
        letter: spec
          ? {
              source: `bundled:${force.id}.txt`,
              letterDate: '2025-06-24',
              onTime: true,
              commissioner: null,
              readAt: '2025-09-01T10:00:00.000Z',
              contentHash: null,
              ...spec.letter,
            }
          : null,
        cells,
      };
    }),
    sources: Object.keys(specs).map((id) => ({
      kind: 'bundled' as const,
      location: `bundled:${id}.txt`,
      forceId: id,
      notes: null,
      readAt: '2025-09-01T10:00:00.000Z',
      contentHash: null,
      result: 'ok' as const,
      message: null,
    })),
    history: [],
  };
}
