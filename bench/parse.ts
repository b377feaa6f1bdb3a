import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLetter } from '../src/parse';
import type { Benchmark } from './types';

/** Letters read per second over the bundled corpus on one core: the median of several timed rounds. */
export const parseBenchmark: Benchmark = {
  name: 'parseLettersPerSecond',
  label: 'Letters read per second (bundled corpus, median)',
  unit: 'letters/s',
  goal: { atLeast: 200 },
  async run() {
    const dir = join(__dirname, '../../corpus');
    const letters = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ f, text: readFileSync(join(dir, f), 'utf8') }));
    for (let i = 0; i < 5; i++) for (const l of letters) readLetter(l.text, l.f);
    const rates: number[] = [];
    for (let round = 0; round < 9; round++) {
      const t0 = process.hrtime.bigint();
      let n = 0;
      while (Number(process.hrtime.bigint() - t0) < 300e6) {
        for (const l of letters) readLetter(l.text, l.f);
        n += letters.length;
      }
      rates.push(n / (Number(process.hrtime.bigint() - t0) / 1e9));
    }
    rates.sort((a, b) => a - b);
    return Math.round(rates[Math.floor(rates.length / 2)]);
  },
};
