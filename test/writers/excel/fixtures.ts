import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../../../src/dataset/build';
import { DATA_SHEET_NAME } from '../../../src/dataset/storage';
import type { Dataset } from '../../../src/dataset/types';
import { readLetter } from '../../../src/parse';
import type { ParsedResponse } from '../../../src/parse/types';
import {
  COMMITMENTS_SHEET,
  EVIDENCE_SHEET,
  HISTORY_SHEET,
  MATRIX_SHEET,
  planWorkbook,
  SOURCES_SHEET,
  SUMMARY_SHEET,
} from '../../../src/plan';
import type { SheetPlan } from '../../../src/plan/types';
import { createRegister, FORCES, type ForceRegister } from '../../../src/report/forces';
import { getReport } from '../../../src/report/report';
import type { Force } from '../../../src/report/types';
import {
  readWorkbook,
  writeWorkbook,
  type WorkbookSnapshot,
  type WriteOptions,
} from '../../../src/writers/excel';
import type { FakeExcel } from '../../fakes/excel-fake';

export const report = getReport();
export const AS_OF = '2025-11-23';
export const SHEET_NAMES = [
  MATRIX_SHEET,
  SUMMARY_SHEET,
  EVIDENCE_SHEET,
  COMMITMENTS_SHEET,
  HISTORY_SHEET,
  SOURCES_SHEET,
  DATA_SHEET_NAME,
];

type Ctx = Parameters<typeof readWorkbook>[0];

/** The fake's context as the writer's parameter type: the fake stands in for Excel.RequestContext. */
export function asExcel(ctx: unknown): Ctx {
  return ctx as Ctx;
}

let corpus: ParsedResponse[] | undefined;

/** The five bundled letters, read by the real reader: evidence of realistic length. */
export function corpusResponses(): ParsedResponse[] {
  const dir = join(__dirname, '../../../corpus');
  corpus ??= readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readLetter(readFileSync(join(dir, f), 'utf8'), `bundled:${f}`));
  return corpus;
}

/**
 * A register of 43 × copies forces (the real 43, then numbered copies in the same regions), so a test can
 * ask how the writer behaves with ten times the forces.
 */
export function registerOf(copies: number): ForceRegister {
  if (copies === 1) return createRegister(FORCES);
  const forces: Force[] = [];
  for (let k = 0; k < copies; k++) {
    for (const f of FORCES) {
      forces.push(
        k === 0 ? f : { ...f, id: `${f.id}-${k + 1}`, name: `${f.name} ${k + 1}`, aliases: [], domains: [] },
      );
    }
  }
  return createRegister(forces);
}

/** Every force with a letter: the bundled letters' readings, dealt out in turn. */
export function fullDataset(register: ForceRegister, readAt = '2025-11-20T09:00:00.000Z'): Dataset {
  const letters = corpusResponses();
  const responses = register.forces.map((force, i) => {
    const letter = letters[i % letters.length];
    return { ...letter, forceId: force.id, force: force.name, source: `letters/${force.id}.txt` };
  });
  return buildDataset({ responses, errors: [], report, register, readAt });
}

export function planFor(dataset: Dataset, register: ForceRegister, asOf = AS_OF): SheetPlan {
  return planWorkbook(dataset, { report, register, asOf });
}

/** A read and a write through the fake, as the task pane does them. */
export async function readAndWrite(
  excel: FakeExcel,
  plan: SheetPlan | ((snapshot: WorkbookSnapshot) => SheetPlan),
  options: WriteOptions = { notes: true },
) {
  const snapshot = await excel.run((ctx) => readWorkbook(asExcel(ctx), { sheetNames: SHEET_NAMES }));
  const compute = typeof plan === 'function' ? plan : () => plan;
  const report = await excel.run((ctx) =>
    writeWorkbook(asExcel(ctx), snapshot, (s) => ({ plan: compute(s) }), options),
  );
  return { snapshot, report };
}
