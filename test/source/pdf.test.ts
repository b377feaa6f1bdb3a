import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extractText } from '../../src/source/extract';
import { pdfToText } from '../../src/source/pdf';
import { SourceError } from '../../src/source/types';
import { needsEsmLoading } from '../fixtures/esm-loading';
import {
  CORPUS_LETTERS,
  corpusLetter,
  letterToPdf,
  paragraphsOf,
  scannedPdf,
} from '../fixtures/make-letters';

needsEsmLoading();

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(SourceError);
    return err as SourceError;
  }
  throw new Error('expected a failure');
}

describe('reading a PDF', () => {
  test('refuses a scan with no text layer, saying so and naming the file', async () => {
    const err = await failure(extractText({ location: 'scans/dorset.pdf', bytes: await scannedPdf() }));
    expect(err.reason).toBe('no-text-layer');
    expect(err.message).toBe(
      'scans/dorset.pdf is a scanned PDF with no text layer; OCR it or add the letter as text.',
    );
  });

  test('refuses a damaged PDF as unreadable', async () => {
    const good = await letterToPdf('Dear Home Secretary');
    const damaged = new Uint8Array([...good.slice(0, 200), ...new TextEncoder().encode('garbage')]);
    const err = await failure(extractText({ location: 'broken.pdf', bytes: damaged }));
    expect(err.reason).toBe('unreadable');
    expect(err.message).toMatch(/^broken\.pdf could not be read as a PDF/);
  });

  test('drops the running header and the "Page n of m" footers', async () => {
    const text = corpusLetter('dorset');
    const out = await extractText({ location: 'dorset.pdf', bytes: await letterToPdf(text) });
    expect(out.text).not.toMatch(/OFFICIAL|Page \d of \d/);
  });

  test('leaves the caller’s bytes usable (pdf.js detaches what it is given)', async () => {
    const bytes = await letterToPdf('Dear Home Secretary', { header: '', footer: () => '' });
    await pdfToText(bytes, 'x.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await pdfToText(bytes, 'x.pdf')).trim()).toBe('Dear Home Secretary');
  });

  test('writes a two-column line as cells joined by " | "', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText('Recommendation 8', { x: 72, y: 700, size: 11, font });
    page.drawText('Accepted: Hydra training is planned', { x: 260, y: 700, size: 11, font });
    const out = await extractText({ location: 'table.pdf', bytes: await doc.save() });
    expect(out.text).toBe('Recommendation 8 | Accepted: Hydra training is planned');
  });

  test('reads letters the same on many page sizes: every word, in order, and no furniture', async () => {
    // Where a page break falls changes only paragraph boundaries at that break, never the words.
    for (const id of CORPUS_LETTERS) {
      const text = corpusLetter(id);
      const words = paragraphsOf(text).join(' ');
      for (const pageHeight of [420, 520, 640, 760]) {
        const out = await extractText({
          location: `${id}.pdf`,
          bytes: await letterToPdf(text, { pageHeight }),
        });
        expect(paragraphsOf(out.text).join(' ')).toBe(words);
      }
    }
  });
});

describe('reading sources that break the libraries', () => {
  test.each([
    [
      'a PDF whose page tree is cut off',
      () =>
        new TextEncoder().encode(
          '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF',
        ),
    ],
    ['a PDF header and nothing else', () => new TextEncoder().encode('%PDF-1.7')],
  ])('%s gives a SourceError naming the file, not a crash', async (_name, make) => {
    const err = await failure(extractText({ location: 'odd.pdf', bytes: make() }));
    expect(err.reason).toBe('unreadable');
    expect(err.message).toMatch(/^odd\.pdf could not be read as a PDF \(it may be damaged\): [^.]+\.$/);
  });
});
