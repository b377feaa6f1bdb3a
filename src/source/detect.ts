import { decodeBytes } from './text';
import { SourceError, describe, type SourceBytes, type TextFormat } from './types';

export interface Detected {
  format: TextFormat;
  /** Decoded text, for the formats that are text (plain and HTML); saves decoding twice. */
  text?: string;
}

/**
 * Decides the format from the bytes themselves. A web server's content type and a file's name are only
 * tie-breakers: letters arrive as "download.aspx" served as octet-stream, or as ".pdf" links to web pages.
 */
export function detectFormat(source: SourceBytes): Detected {
  const { bytes, location } = source;
  if (bytes.length === 0) throw emptyError(location);
  if (startsWithin(bytes, PDF, 1024)) return { format: 'pdf' };
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return { format: zipFormat(bytes, location) };
  const known = KNOWN_BINARIES.find((b) => startsWith(bytes, b.magic));
  if (known) {
    throw new SourceError('wrong-type', location, `${describe(location)} is ${known.what}. ${known.advice}`);
  }
  const text = decodeBytes(bytes, location, charsetOf(source.contentType) ?? metaCharset(bytes));
  if (text.trim() === '') throw emptyError(location);
  return { format: looksLikeHtml(text, source) ? 'html' : 'text', text };
}

function emptyError(location: string): SourceError {
  return new SourceError('empty', location, `${describe(location)} is empty: it holds no text.`);
}

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const PDF = bytesOf('%PDF-');
const ZIP = bytesOf('PK\x03\x04');
const ZIP_EMPTY = bytesOf('PK\x05\x06');
const SAVE_AS = 'Save it as PDF, Word (.docx) or plain text and add it again.';
const KNOWN_BINARIES: ReadonlyArray<{ magic: Uint8Array; what: string; advice: string }> = [
  {
    magic: Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    what: 'an old-style Office 97-2003 file (.doc), which cannot be read',
    advice: SAVE_AS,
  },
  { magic: bytesOf('{\\rtf'), what: 'a Rich Text Format (.rtf) file, which cannot be read', advice: SAVE_AS },
  {
    magic: Uint8Array.of(0x89, 0x50, 0x4e, 0x47),
    what: 'a PNG image, not a document with text',
    advice: 'A scanned letter needs OCR first; or add the letter as text.',
  },
  {
    magic: Uint8Array.of(0xff, 0xd8, 0xff),
    what: 'a JPEG image, not a document with text',
    advice: 'A scanned letter needs OCR first; or add the letter as text.',
  },
  {
    magic: bytesOf('GIF8'),
    what: 'a GIF image, not a document with text',
    advice: 'A scanned letter needs OCR first; or add the letter as text.',
  },
];

function startsWith(bytes: Uint8Array, magic: Uint8Array): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** The PDF header may follow a little junk (some servers prepend whitespace); the spec allows 1024 bytes. */
function startsWithin(bytes: Uint8Array, magic: Uint8Array, window: number): boolean {
  return indexOf(bytes, magic, 0, Math.min(bytes.length, window + magic.length)) >= 0;
}

function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0, to = bytes.length): number {
  const first = needle[0];
  const last = to - needle.length;
  outer: for (let i = from; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Office files are ZIPs; entry names are stored uncompressed, so the part that marks a Word file can be found. */
function zipFormat(bytes: Uint8Array, location: string): TextFormat {
  if (indexOf(bytes, bytesOf('word/document.xml')) >= 0) return 'docx';
  const kind =
    indexOf(bytes, bytesOf('xl/workbook')) >= 0
      ? 'an Excel workbook'
      : indexOf(bytes, bytesOf('ppt/presentation')) >= 0
        ? 'a PowerPoint presentation'
        : indexOf(bytes, bytesOf('application/vnd.oasis.opendocument')) >= 0
          ? 'an OpenDocument file'
          : 'a ZIP archive';
  throw new SourceError(
    'wrong-type',
    location,
    `${describe(location)} is ${kind}, not a Word document or PDF. ${SAVE_AS}`,
  );
}

export function charsetOf(contentType: string | undefined): string | undefined {
  const m = contentType ? /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1] : undefined;
}

/** A web page may declare its charset only in a meta tag; look in its first few kilobytes. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : undefined;
}

const HTML_START =
  /^<(!doctype\s+html|html|head|body|meta|title|main|article|div|p|h[1-6]|section|table|ul|ol)[\s>/]/i;
const HTML_HINTS = /^(text\/html|application\/xhtml\+xml)\b/i;

function looksLikeHtml(text: string, source: SourceBytes): boolean {
  const start = text
    .trimStart()
    .replace(/^<\?xml[^>]*>\s*/i, '')
    .replace(/^(<!--[\s\S]*?-->\s*)+/, '');
  if (HTML_START.test(start)) return true;
  // Content that is not markup at all is text whatever its label says; markup of some other kind is HTML
  // only if the label says so.
  if (!/^<[a-z!]/i.test(start)) return false;
  return (
    HTML_HINTS.test(source.contentType ?? '') ||
    /\.(x?html?|aspx?|php)$/i.test(source.fileName ?? '') ||
    /<(p|div|br|body)[\s>/]/i.test(start.slice(0, 4096))
  );
}
