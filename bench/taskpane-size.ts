import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from './types';

/**
 * The JavaScript the task pane loads before the first click: every local script the built taskpane.html
 * names (office.js comes from Microsoft's CDN and is not ours), gzipped. PDF and Word readers are separate
 * chunks loaded on demand, so they do not count. Needs `npm run build` first.
 */
export const taskpaneSizeBenchmark: Benchmark = {
  name: 'taskpaneInitialGzipBytes',
  label: "Task pane's initial JavaScript, gzipped",
  unit: 'bytes',
  goal: { atMost: 300_000 },
  async run() {
    const dist = join(__dirname, '../../dist');
    const page = join(dist, 'taskpane.html');
    if (!existsSync(page)) throw new Error('dist/taskpane.html is missing: run "npm run build" first.');
    const html = readFileSync(page, 'utf8');
    // Minified HTML may drop the quotes around attribute values.
    const scripts = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
      .map((m) => m[1] ?? m[2] ?? m[3])
      .filter((src) => !/^(?:https?:)?\/\//.test(src));
    if (!scripts.length)
      throw new Error('dist/taskpane.html names no local script: the measure would be meaningless.');
    let total = 0;
    for (const src of scripts)
      total += gzipSync(readFileSync(join(dist, src.replace(/^\.?\//, '').split('?')[0])), {
        level: 9,
      }).length;
    return total;
  },
};
