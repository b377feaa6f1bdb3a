import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTextReader, readFileSource } from '../../src/source/read-node';
import { makeFetchPolicy } from '../../src/source/fetch-policy';
import { SourceError } from '../../src/source/types';
import { needsEsmLoading } from '../fixtures/esm-loading';
import { startFixtureServer, type FixtureServer } from '../fixtures/fixture-server';
import {
  corpusLetter,
  letterToDocx,
  letterToHtml,
  letterToPdf,
  paragraphsOf,
} from '../fixtures/make-letters';

needsEsmLoading();

let dir: string;
let server: FixtureServer;
const letter = corpusLetter('gwent');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oic-read-'));
  await writeFile(join(dir, 'gwent.txt'), letter);
  await writeFile(join(dir, 'gwent.pdf'), await letterToPdf(letter));
  await writeFile(join(dir, 'gwent.docx'), await letterToDocx(letter));
  await writeFile(join(dir, 'gwent.html'), letterToHtml(letter));
  await writeFile(join(dir, 'saved-as.txt'), await letterToPdf(letter)); // a PDF with the wrong name
  await mkdir(join(dir, 'folder'));
  const pdf = await letterToPdf(letter);
  server = await startFixtureServer({
    '/publications/gwent-response': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      res.end(pdf);
    },
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await server.close();
});

describe('reading a source by path or address', () => {
  test.each(['gwent.txt', 'gwent.pdf', 'gwent.docx', 'gwent.html', 'saved-as.txt'])(
    '%s reads as the same paragraphs as the letter',
    async (name) => {
      const read = createTextReader();
      const out = await read(join(dir, name));
      expect(paragraphsOf(out.text)).toEqual(paragraphsOf(letter));
      expect(out.location).toBe(join(dir, name));
    },
  );

  test('a web address is fetched under the policy and read the same', async () => {
    const read = createTextReader({ policy: makeFetchPolicy({ allowLoopbackForTests: [server.pair] }) });
    const out = await read(server.url('/publications/gwent-response'));
    expect(out.format).toBe('pdf');
    expect(out.finalUrl).toBe(server.url('/publications/gwent-response'));
    expect(paragraphsOf(out.text)).toEqual(paragraphsOf(letter));
  });

  test('a web address outside the policy is refused without any fetch', async () => {
    const read = createTextReader({ policy: makeFetchPolicy() });
    await expect(read(server.url('/publications/gwent-response'))).rejects.toMatchObject({
      reason: 'refused',
    });
    await expect(read('ftp://www.gov.uk/letter.pdf')).rejects.toMatchObject({ reason: 'refused' });
  });

  test.each([
    ['missing.pdf', 'not-found', 'was not found'],
    ['folder', 'unreadable', 'is a folder'],
  ])('%s is refused as %s', async (name, reason, words) => {
    const err = await createTextReader()(join(dir, name)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err).toMatchObject({ reason, location: join(dir, name) });
    expect((err as SourceError).message).toContain(words);
  });

  test('a file over the size limit is refused before it is read', async () => {
    await expect(readFileSource(join(dir, 'gwent.pdf'), 1000)).rejects.toMatchObject({ reason: 'too-large' });
  });
});
