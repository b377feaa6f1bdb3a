import { looksBinary } from '../text/binary';
import { SourceError, describe } from './types';

/**
 * Bytes to text: BOM first, then a declared charset, then UTF-16 without a BOM (NUL-patterned bytes), then
 * strict UTF-8, and Windows-1252 as the last resort because that is what older Word-to-web exports use.
 */
export function decodeBytes(bytes: Uint8Array, location: string, declaredCharset?: string): string {
  const text = stripBom(decodeWithGuess(bytes, declaredCharset));
  if (looksBinary(text)) {
    throw new SourceError(
      'binary',
      location,
      `${describe(location)} is not text: it holds binary data. Add the letter as PDF, Word (.docx), a web page or plain text.`,
    );
  }
  return text;
}

/** Plain text as the reader wants it: one kind of line break, form feeds (page breaks) as paragraph breaks. */
export function textToText(bytes: Uint8Array, location: string, declaredCharset?: string): string {
  return normaliseBreaks(decodeBytes(bytes, location, declaredCharset));
}

export function normaliseBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n');
}

function decodeWithGuess(bytes: Uint8Array, declaredCharset?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  const declared = declaredCharset ? decoderFor(declaredCharset) : undefined;
  if (declared) return declared.decode(bytes);
  const utf16 = guessUtf16(bytes);
  if (utf16) return decode(utf16, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** 0x80-0x9F in Windows-1252; the rest is Latin-1. Unassigned bytes are left as their C1 codes. */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/**
 * Written out rather than left to TextDecoder: Node 20's 'windows-1252' decoder is really Latin-1 and turns
 * Word's curly quotes and dashes into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

function decoderFor(label: string): { decode(bytes: Uint8Array): string } | undefined {
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase());
    // Every label the standard maps to windows-1252 (iso-8859-1, latin1, ascii among them) gets it right.
    return decoder.encoding === 'windows-1252' ? { decode: decodeWindows1252 } : decoder;
  } catch {
    return undefined; // an unknown charset label is a hint we cannot use, not a reason to fail
  }
}

/** Text saved as UTF-16 without a BOM has a NUL in every other byte for Latin text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
