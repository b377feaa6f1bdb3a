import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../src/dataset/build';
import { readLetter } from '../src/parse';
import { planWorkbook } from '../src/plan';
import { defaultRegister } from '../src/report/forces';
import { getReport } from '../src/report/report';
import { renderXlsx } from '../src/writers/xlsx/write';
import type { Benchmark } from './types';

/** Dataset, plan and .xlsx bytes for all 43 forces from the bundled letters: the median of warm rounds. */
export const workbookBenchmark: Benchmark = {
  name: 'buildXlsxMs',
  label: 'Workbook built for 43 forces (dataset, plan, .xlsx; median)',
  unit: 'ms',
  goal: { atMost: 500 },
  async run() {
    const dir = join(__dirname, '../../corpus');
    const report = getReport();
    const register = defaultRegister();
    const responses = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readLetter(readFileSync(join(dir, f), 'utf8'), `bundled:${f}`));
    const once = async () => {
      const dataset = buildDataset({
        responses,
        errors: [],
        report,
        register,
        readAt: new Date().toISOString(),
      });
      await renderXlsx(planWorkbook(dataset, { report, register, asOf: '2026-01-15' }));
    };
    for (let i = 0; i < 3; i++) await once();
    const times: number[] = [];
    for (let round = 0; round < 11; round++) {
      const t0 = process.hrtime.bigint();
      await once();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]);
  },
};
