import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../src/dataset/build';
import { DATA_SHEET_NAME } from '../src/dataset/storage';
import { readLetter } from '../src/parse';
import {
  COMMITMENTS_SHEET,
  EVIDENCE_SHEET,
  HISTORY_SHEET,
  MATRIX_SHEET,
  planWorkbook,
  SOURCES_SHEET,
  SUMMARY_SHEET,
} from '../src/plan';
import { createRegister, FORCES, type ForceRegister } from '../src/report/forces';
import { getReport } from '../src/report/report';
import type { Force } from '../src/report/types';
import { readWorkbook, writeWorkbook } from '../src/writers/excel';
import { createFakeExcel } from '../test/fakes/excel-fake';
import type { Benchmark } from './types';

/**
 * The Office.js writer against the strict fake Excel: how many context.sync() calls a refresh takes (the read
 * and the write) and the largest batch it sends, for the 43 forces and for a register ten times the size.
 * Every force has a letter (the bundled letters' readings, dealt out in turn), so the data is the most a
 * register of that size can carry. The fake measures a batch as its operations serialised to JSON.
 */
const SHEETS = [
  MATRIX_SHEET,
  SUMMARY_SHEET,
  EVIDENCE_SHEET,
  COMMITMENTS_SHEET,
  HISTORY_SHEET,
  SOURCES_SHEET,
  DATA_SHEET_NAME,
];

function registerOf(copies: number): ForceRegister {
  const forces: Force[] = [];
  for (let k = 0; k < copies; k++) {
    for (const f of FORCES)
      forces.push(
        k === 0 ? f : { ...f, id: `${f.id}-${k + 1}`, name: `${f.name} ${k + 1}`, aliases: [], domains: [] },
      );
  }
  return createRegister(forces);
}

interface Measure {
  syncs: number;
  largestBatchBytes: number;
}

let measured: Promise<Record<string, Measure>> | undefined;

async function measure(): Promise<Record<string, Measure>> {
  const dir = join(__dirname, '../../corpus');
  const report = getReport();
  const letters = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readLetter(readFileSync(join(dir, f), 'utf8'), `bundled:${f}`));
  const out: Record<string, Measure> = {};
  for (const copies of [1, 10]) {
    const register = registerOf(copies);
    const responses = register.forces.map((force, i) => ({
      ...letters[i % letters.length],
      forceId: force.id,
      force: force.name,
      source: `letters/${force.id}.txt`,
    }));
    const dataset = buildDataset({
      responses,
      errors: [],
      report,
      register,
      readAt: '2025-11-20T09:00:00.000Z',
    });
    const plan = planWorkbook(dataset, { report, register, asOf: '2025-11-23' });
    const excel = createFakeExcel();
    type Ctx = Parameters<typeof readWorkbook>[0];
    const refresh = async () => {
      const snapshot = await excel.run((ctx) => readWorkbook(ctx as unknown as Ctx, { sheetNames: SHEETS }));
      await excel.run((ctx) =>
        writeWorkbook(ctx as unknown as Ctx, snapshot, () => ({ plan }), { notes: true }),
      );
    };
    // The first build reads nothing; a refresh (the usual case, and the dearer) is measured.
    await refresh();
    excel.resetStats();
    await refresh();
    out[String(register.forces.length)] = {
      syncs: excel.stats.syncs,
      largestBatchBytes: excel.stats.largestBatchBytes,
    };
  }
  return out;
}

function pick(key: keyof Measure) {
  return async () => {
    measured ??= measure();
    const all = await measured;
    return Object.fromEntries(Object.entries(all).map(([forces, m]) => [forces, m[key]]));
  };
}

export const syncsBenchmark: Benchmark = {
  name: 'syncs',
  label: 'context.sync() calls for a refresh in Excel (43 and 430 forces)',
  unit: 'syncs',
  goal: { atMost: 4 },
  run: pick('syncs'),
};

export const largestSyncPayloadBenchmark: Benchmark = {
  name: 'largestSyncPayloadBytes',
  label: 'Largest batch a refresh sends to Excel (largest of 43 and 430 forces; limit 5 MB)',
  unit: 'bytes',
  goal: { atMost: 5 * 1024 * 1024 },
  // One figure, the largest single batch over both registers, as the limit applies to each batch.
  run: async () => Math.max(...Object.values(await pick('largestBatchBytes')())),
};
