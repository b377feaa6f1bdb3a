import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { letterToDocx, letterToHtml, letterToPdf } from '../fixtures/make-letters';

const CORPUS = join(__dirname, '../../corpus');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await run(['node', 'oic-tracker', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('oic-tracker parse', () => {
  test('prints exactly one JSON document with every bundled cell as expected', async () => {
    const files = ['avon-and-somerset', 'dorset', 'gwent', 'suffolk', 'west-midlands'].map((f) =>
      join(CORPUS, `${f}.txt`),
    );
    const { code, stdout } = await cli(['parse', ...files, '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.errors).toEqual([]);
    const expected = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')).responses;
    for (const r of doc.responses) {
      const want = expected[r.source.split('/').pop()];
      expect(r.forceId).toBe(want.forceId);
      expect(r.letterDate).toBe(want.letterDate);
      expect(Object.keys(r.recommendations)).toEqual(['2', '4', '8', '9']);
      for (const n of ['2', '4', '8', '9']) {
        expect([want.recommendations[n].status, ...want.recommendations[n].also]).toContain(
          r.recommendations[n].status,
        );
        for (const c of r.recommendations[n].commitments)
          expect(Object.keys(c)).toEqual(expect.arrayContaining(['text', 'due', 'owner']));
      }
    }
  });

  test('prints a table a person can read, with UK dates', async () => {
    const { code, stdout } = await cli(['parse', join(CORPUS, 'gwent.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Gwent\s+Jane Mudd\s+01\/08\/2025\s+late\s+Planned/);
  });

  test('reports each unreadable file in errors, reads the rest, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-parse-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 7]));
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 21 * 1024 * 1024);
    const { code, stdout } = await cli([
      'parse',
      '--json',
      join(dir, 'empty.txt'),
      join(dir, 'binary.txt'),
      join(dir, 'missing.txt'),
      join(dir, 'huge.txt'),
      join(CORPUS, 'dorset.txt'),
    ]);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.responses.map((r: { forceId: string }) => r.forceId)).toEqual(['dorset']);
    const reasons = Object.fromEntries(
      doc.errors.map((e: { source: string; message: string }) => [e.source.split('/').pop(), e.message]),
    );
    expect(reasons).toEqual({
      'empty.txt': expect.stringMatching(/empty/),
      'binary.txt': expect.stringMatching(/binary/),
      'missing.txt': expect.stringMatching(/was not found/),
      'huge.txt': expect.stringMatching(/larger than 20 MB/),
    });
    for (const [file, message] of Object.entries(reasons)) {
      expect(String(message)).toContain(file);
      expect(String(message)).not.toMatch(/\n/);
    }
  });

  test('reads a letter saved as PDF, as Word and as a web page the same as its text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oic-formats-'));
    const text = readFileSync(join(CORPUS, 'dorset.txt'), 'utf8');
    writeFileSync(join(dir, 'dorset.pdf'), await letterToPdf(text));
    writeFileSync(join(dir, 'dorset.docx'), await letterToDocx(text));
    writeFileSync(join(dir, 'dorset.html'), letterToHtml(text));
    const { code, stdout } = await cli([
      'parse',
      '--json',
      join(CORPUS, 'dorset.txt'),
      ...['pdf', 'docx', 'html'].map((x) => join(dir, `dorset.${x}`)),
    ]);
    expect(code).toBe(0);
    const [txt, ...others] = JSON.parse(stdout).responses;
    for (const other of others) {
      expect({ ...other, source: txt.source }).toMatchObject({
        forceId: txt.forceId,
        commissioner: txt.commissioner,
        letterDate: txt.letterDate,
        recommendations: Object.fromEntries(
          Object.entries(
            txt.recommendations as Record<string, { status: string; commitments: unknown[] }>,
          ).map(([n, r]) => [n, expect.objectContaining({ status: r.status, commitments: r.commitments })]),
        ),
      });
    }
  });

  test('exits 2 on a usage error', async () => {
    expect((await cli(['parse'])).code).toBe(2);
    expect((await cli(['parse', '--no-such-option', 'x'])).code).toBe(2);
  });
});
