/**
 * npm run bench: a table for people, and with --json one JSON object as the last line of output.
 * Speed and memory goals live here, never as timed assertions in tests.
 */
import { parseBenchmark } from './parse';
import { refreshBenchmark } from './refresh';
import { statusBenchmark } from './status';
import { largestSyncPayloadBenchmark, syncsBenchmark } from './syncs';
import { taskpaneSizeBenchmark } from './taskpane-size';
import { workbookBenchmark } from './workbook';
import type { Benchmark } from './types';

const BENCHMARKS: Benchmark[] = [
  parseBenchmark,
  workbookBenchmark,
  refreshBenchmark,
  syncsBenchmark,
  largestSyncPayloadBenchmark,
  statusBenchmark,
  taskpaneSizeBenchmark,
];

function meets(b: Benchmark, value: number | Record<string, number>): boolean {
  const values = typeof value === 'number' ? [value] : Object.values(value);
  return values.every(
    (v) =>
      (b.goal?.atLeast === undefined || v >= b.goal.atLeast) &&
      (b.goal?.atMost === undefined || v <= b.goal.atMost),
  );
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const results: Record<string, number | Record<string, number>> = {};
  const rows: string[][] = [['Measure', 'Value', 'Goal', 'Met']];
  for (const b of BENCHMARKS) {
    if (only && b.name !== only) continue;
    const value = await b.run();
    results[b.name] = value;
    const goal = b.goal
      ? [
          b.goal.atLeast !== undefined ? `>= ${b.goal.atLeast}` : '',
          b.goal.atMost !== undefined ? `<= ${b.goal.atMost}` : '',
        ]
          .join(' ')
          .trim()
      : '';
    const shown =
      typeof value === 'number' ? `${value.toLocaleString('en-GB')} ${b.unit}` : JSON.stringify(value);
    rows.push([b.label, shown, goal, b.goal ? (meets(b, value) ? 'yes' : 'NO') : '']);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows)
    console.log(
      r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
    );
  if (json) console.log(JSON.stringify(results));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
