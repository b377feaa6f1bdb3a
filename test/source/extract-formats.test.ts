import { extractText } from '../../src/source/extract';
import {
  CORPUS_LETTERS,
  corpusLetter,
  letterToDocx,
  letterToHtml,
  letterToPdf,
  paragraphsOf,
} from '../fixtures/make-letters';
import { needsEsmLoading } from '../fixtures/esm-loading';

needsEsmLoading();

describe.each(CORPUS_LETTERS)('the %s letter', (id) => {
  const text = corpusLetter(id);
  const expected = paragraphsOf(text);

  test('as a PDF (hard-wrapped, running header, page-numbered footer) reads as the same paragraphs', async () => {
    const pdf = await letterToPdf(text);
    const out = await extractText({ location: `${id}.pdf`, bytes: pdf });
    expect(out.format).toBe('pdf');
    expect(paragraphsOf(out.text)).toEqual(expected);
  });

  test('as a PDF drawn word by word reads as the same paragraphs', async () => {
    const pdf = await letterToPdf(text, { wordByWord: true, pageHeight: 600 });
    const out = await extractText({ location: `${id}.pdf`, bytes: pdf });
    expect(paragraphsOf(out.text)).toEqual(expected);
  });

  test('as a Word document reads as the same paragraphs', async () => {
    const docx = await letterToDocx(text);
    const out = await extractText({ location: `${id}.docx`, bytes: docx });
    expect(out.format).toBe('docx');
    expect(paragraphsOf(out.text)).toEqual(expected);
  });

  test('as a web page with menus, cookie banner and footer reads as the same paragraphs', async () => {
    const html = new TextEncoder().encode(letterToHtml(text));
    const out = await extractText({ location: `https://example.police.uk/${id}`, bytes: html });
    expect(out.format).toBe('html');
    expect(paragraphsOf(out.text)).toEqual(expected);
  });
});
