import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { refreshDataset, type SourceOutcome } from '../src/dataset/refresh';
import { readLetter } from '../src/parse';
import { planWorkbook } from '../src/plan';
import { defaultRegister } from '../src/report/forces';
import { getReport } from '../src/report/report';
import { createNodeFetcher } from '../src/source/fetch-node';
import { makeFetchPolicy } from '../src/source/fetch-policy';
import { extractText } from '../src/source';
import { renderXlsx } from '../src/writers/xlsx/write';
import { startFixtureServer } from '../test/fixtures/fixture-server';
import { letterToDocx, letterToHtml, letterToPdf } from '../test/fixtures/make-letters';
import type { Benchmark } from './types';

const TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

/**
 * One refresh of 43 letters, one per force, in turn plain text, PDF, Word and web page, fetched from a
 * loopback server under the real fetch policy, then read, merged into the dataset, planned and written
 * to .xlsx bytes. Each force's letter is a bundled letter retitled for that force.
 */
export const refreshBenchmark: Benchmark = {
  name: 'refreshMs',
  label: 'Refresh of 43 letters in mixed formats from a loopback server (median)',
  unit: 'ms',
  goal: { atMost: 3000 },
  async run() {
    const report = getReport();
    const register = defaultRegister();
    const dir = join(__dirname, '../../corpus');
    const originals = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    const formats = ['txt', 'pdf', 'docx', 'html'];
    const files: Record<string, { bytes: Uint8Array; type: string }> = {};
    for (const [i, force] of register.forces.entries()) {
      const text = `Police and Crime Commissioner for ${force.name}\n\n${originals[i % originals.length]}`;
      const ext = formats[i % formats.length];
      const bytes =
        ext === 'pdf'
          ? await letterToPdf(text)
          : ext === 'docx'
            ? await letterToDocx(text)
            : Buffer.from(ext === 'html' ? letterToHtml(text) : text);
      files[`/${force.id}.${ext}`] = { bytes, type: TYPES[ext] };
    }
    const server = await startFixtureServer(
      Object.fromEntries(
        Object.entries(files).map(([path, f]) => [
          path,
          (_req, res) => (res.writeHead(200, { 'Content-Type': f.type }), res.end(f.bytes)),
        ]),
      ),
    );
    try {
      const fetcher = createNodeFetcher({
        policy: makeFetchPolicy({ allowLoopbackForTests: [server.pair] }),
      });
      const once = async () => {
        const t0 = process.hrtime.bigint();
        const outcomes: SourceOutcome[] = await Promise.all(
          Object.keys(files).map(async (path): Promise<SourceOutcome> => {
            const url = server.url(path);
            try {
              const fetched = await fetcher.fetch(url);
              const { text } = await extractText(fetched);
              return { location: url, ok: true, response: readLetter(text, url), contentHash: null };
            } catch (err) {
              return {
                location: url,
                ok: false,
                reason: 'unreadable',
                message: String((err as Error).message),
              };
            }
          }),
        );
        const failed = outcomes.filter((o) => !o.ok);
        if (failed.length)
          throw new Error(
            `refresh benchmark: ${failed.length} sources failed: ${failed.map((f) => (f.ok ? '' : f.message)).join('; ')}`,
          );
        const { dataset } = refreshDataset({
          previous: null,
          outcomes,
          report,
          register,
          now: new Date().toISOString(),
        });
        await renderXlsx(
          planWorkbook(dataset, { report, register, asOf: new Date().toISOString().slice(0, 10) }),
        );
        return Number(process.hrtime.bigint() - t0) / 1e6;
      };
      await once();
      const runs = [await once(), await once(), await once()].sort((a, b) => a - b);
      return Math.round(runs[1]);
    } finally {
      await server.close();
    }
  },
};
