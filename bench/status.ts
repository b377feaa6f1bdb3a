import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../src/dataset/build';
import { readLetter } from '../src/parse';
import { defaultRegister } from '../src/report/forces';
import { getReport } from '../src/report/report';
import { OicFunctions } from '../src/ui/functions/logic';
import type { Benchmark } from './types';

/** OIC.STATUS answers a second, over the dataset of the bundled letters, with names given as people type them. */
export const statusBenchmark: Benchmark = {
  name: 'statusCallsPerSecond',
  label: 'OIC.STATUS evaluations per second (median)',
  unit: 'calls/s',
  goal: { atLeast: 100_000 },
  async run() {
    const report = getReport();
    const register = defaultRegister();
    const dir = join(__dirname, '../../corpus');
    const responses = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readLetter(readFileSync(join(dir, f), 'utf8'), `bundled:${f}`));
    const dataset = buildDataset({
      responses,
      errors: [],
      report,
      register,
      readAt: new Date().toISOString(),
    });
    const fns = new OicFunctions(report, register, dataset);
    const forces = register.forces.flatMap((f) => [
      f.name,
      f.id,
      f.name.toUpperCase(),
      ...f.aliases.slice(0, 1),
    ]);
    const recs: unknown[] = [2, '4', 'R8', 'Rec 9', 'Recommendation 2'];
    const rates: number[] = [];
    for (let round = 0; round < 7; round++) {
      let n = 0;
      const t0 = process.hrtime.bigint();
      while (Number(process.hrtime.bigint() - t0) < 200e6) {
        for (let i = 0; i < 1000; i++)
          fns.status(forces[(n + i) % forces.length], recs[(n + i) % recs.length]);
        n += 1000;
      }
      rates.push(n / (Number(process.hrtime.bigint() - t0) / 1e9));
    }
    rates.sort((a, b) => a - b);
    return Math.round(rates[3]);
  },
};
