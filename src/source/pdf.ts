import { layoutPages, type TextPiece } from './pdf-layout';
import { pdfEnvironment, type PdfEnvironment } from './pdf-environment';
import { SourceError, describe, detail } from './types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js is loaded on the first PDF only: it is large, and most refreshes read no PDF. The legacy build is
 * the one that runs on Node 20 and in older Office web views alike.
 */
function loadPdfJs(env: PdfEnvironment): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    if (env.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = env.workerSrc;
    return pdfjs;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * One PDF at a time: pdf.js 5.4.624 fails with "Invalid page request" when documents are open
 * concurrently (mozilla/pdf.js#20629), and a refresh reads several sources at once. A letter takes tens of
 * milliseconds, so the queue costs little.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Text of a PDF in reading order, paragraphs separated by blank lines. */
export function pdfToText(
  bytes: Uint8Array,
  location: string,
  env: PdfEnvironment = pdfEnvironment(),
): Promise<string> {
  const run = queue.then(() => readPdf(bytes, location, env));
  queue = run.catch(() => undefined);
  return run;
}

async function readPdf(bytes: Uint8Array, location: string, env: PdfEnvironment): Promise<string> {
  const pdfjs = await loadPdfJs(env);
  const task = pdfjs.getDocument({
    // pdf.js hands the buffer to its worker, which detaches it; the caller keeps its own copy.
    data: new Uint8Array(bytes),
    // A letter is data, never code: no font programs compiled with eval, no font faces added to the page.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: env.standardFontDataUrl,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise.catch((err: unknown) => {
      throw unreadable(location, err);
    });
    const pages: TextPiece[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue; // marked-content boundaries carry no text
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({ str: item.str, x, y, width: item.width, height: item.height || Math.hypot(a, b) });
      }
      pages.push(pieces);
      page.cleanup();
    }
    const text = layoutPages(pages);
    if (text.trim() === '') {
      throw new SourceError(
        'no-text-layer',
        location,
        `${describe(location)} is a scanned PDF with no text layer; OCR it or add the letter as text.`,
      );
    }
    return text;
  } finally {
    await task.destroy();
  }
}

function unreadable(location: string, err: unknown): SourceError {
  const name = (err as { name?: string })?.name;
  if (name === 'PasswordException') {
    return new SourceError(
      'unreadable',
      location,
      `${describe(location)} is a password-protected PDF; save an unprotected copy or add the letter as text.`,
    );
  }
  return new SourceError(
    'unreadable',
    location,
    `${describe(location)} could not be read as a PDF (it may be damaged): ${detail(err)}.`,
  );
}
