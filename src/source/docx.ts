import { htmlToText } from './html';
import { SourceError, describe, detail } from './types';

type Mammoth = typeof import('mammoth');

/**
 * Word to text through mammoth's HTML rather than its raw text: the HTML keeps tables (letters answer in
 * "Recommendation | Response" tables) and lists, which the HTML reader turns into the common text shape.
 */
export async function docxToText(bytes: Uint8Array, location: string): Promise<string> {
  const imported = (await import('mammoth')) as Mammoth & { default?: Mammoth };
  const mammoth = imported.default ?? imported;
  let html: string;
  try {
    // mammoth's Node build reads `buffer` and its browser build `arrayBuffer`; both accept a Uint8Array.
    const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { buffer: Buffer };
    const result = await mammoth.convertToHtml(input, {
      // Pictures (signatures, logos) are not text; keep them out rather than inline them as data URLs.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch (err) {
    throw new SourceError(
      'unreadable',
      location,
      `${describe(location)} could not be read as a Word document (it may be damaged): ${detail(err)}.`,
    );
  }
  const text = await htmlToText(html);
  if (text.trim() === '') {
    throw new SourceError('empty', location, `${describe(location)} is a Word document with no text in it.`);
  }
  return text;
}
