import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { extractText } from '../../src/source/extract';
import { SourceError } from '../../src/source/types';
import { letterToDocx } from '../fixtures/make-letters';
import { needsEsmLoading } from '../fixtures/esm-loading';

async function docx(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

needsEsmLoading();

describe('reading a Word document', () => {
  test('gives paragraphs separated by blank lines, and line breaks as new lines', async () => {
    const bytes = await docx([
      new Paragraph('Dear Home Secretary'),
      new Paragraph({
        children: [new TextRun('Home Office'), new TextRun({ text: '2 Marsham Street', break: 1 })],
      }),
      new Paragraph(''),
      new Paragraph('Yours sincerely'),
    ]);
    const out = await extractText({ location: 'letter.docx', bytes });
    expect(out).toEqual({
      format: 'docx',
      text: 'Dear Home Secretary\n\nHome Office\n2 Marsham Street\n\nYours sincerely',
    });
  });

  test('writes a table row as cells joined by " | "', async () => {
    const row = (cells: string[]) =>
      new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const bytes = await docx([
      new Paragraph('Our progress:'),
      new Table({
        rows: [
          row(['Recommendation', 'Response']),
          row(['Recommendation 8', 'Accepted: Hydra training is planned']),
        ],
      }),
    ]);
    const out = await extractText({ location: 'letter.docx', bytes });
    expect(out.text).toBe(
      'Our progress:\n\nRecommendation | Response\nRecommendation 8 | Accepted: Hydra training is planned',
    );
  });

  test('writes bullets as "- " lines', async () => {
    const bytes = await letterToDocx('We will:\n\n- train officers\n- share intelligence');
    const out = await extractText({ location: 'letter.docx', bytes });
    expect(out.text).toBe('We will:\n\n- train officers\n- share intelligence');
  });

  test('is chosen by content, whatever the file is called or served as', async () => {
    const bytes = await letterToDocx('Dear Home Secretary');
    const out = await extractText({
      location: 'download.aspx',
      bytes,
      fileName: 'letter.pdf',
      contentType: 'application/octet-stream',
    });
    expect(out).toEqual({ format: 'docx', text: 'Dear Home Secretary' });
  });

  test('a document with no text is refused as empty', async () => {
    const bytes = await docx([new Paragraph('')]);
    await expect(extractText({ location: 'blank.docx', bytes })).rejects.toMatchObject({
      reason: 'empty',
      message: 'blank.docx is a Word document with no text in it.',
    });
  });

  test('a damaged document is refused as unreadable, naming it', async () => {
    const good = await letterToDocx('Dear Home Secretary');
    const damaged = good.slice(0, Math.floor(good.length / 2));
    const err = await extractText({ location: 'broken.docx', bytes: damaged }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err).toMatchObject({ reason: 'unreadable' });
    expect((err as SourceError).message).toMatch(/^broken\.docx could not be read as a Word document/);
  });
});
