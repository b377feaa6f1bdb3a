import { detectFormat } from './detect';
import { docxToText } from './docx';
import { htmlToText } from './html';
import { pdfToText } from './pdf';
import { normaliseBreaks } from './text';
import { SourceError, describe, detail, isSourceError, type ExtractedText, type SourceBytes } from './types';

/**
 * Letter text from any supported format, in the one shape the letter reader takes. Throws SourceError with
 * a message naming the source and the problem, and nothing else. The PDF, Word and HTML libraries load only
 * when such a source comes.
 */
export async function extractText(source: SourceBytes): Promise<ExtractedText> {
  try {
    return await extractOrThrow(source);
  } catch (err) {
    if (isSourceError(err)) throw err;
    // A library's own failure on a strange file: still one bad source, said plainly, not a crash.
    throw new SourceError(
      'unreadable',
      source.location,
      `${describe(source.location)} could not be read: ${detail(err)}.`,
    );
  }
}

async function extractOrThrow(source: SourceBytes): Promise<ExtractedText> {
  const detected = detectFormat(source);
  switch (detected.format) {
    case 'pdf':
      return { format: 'pdf', text: await pdfToText(source.bytes, source.location) };
    case 'docx':
      return { format: 'docx', text: await docxToText(source.bytes, source.location) };
    case 'html': {
      const text = await htmlToText(detected.text ?? '');
      if (text.trim() === '') {
        throw new SourceError(
          'empty',
          source.location,
          `${describe(source.location)} is a web page with no letter text in it.`,
        );
      }
      return { format: 'html', text };
    }
    case 'text':
      return { format: 'text', text: normaliseBreaks(detected.text ?? '') };
  }
}
