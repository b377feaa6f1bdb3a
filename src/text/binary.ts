/**
 * Text that is not text: a NUL, or more than 1 character in 50 being a control character or the
 * replacement character a failed decode leaves, as in a binary file read as text. Shared by the document
 * readers (after decoding bytes) and the letter reader (whose callers may hand it any string).
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    const c0 = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b;
    if (c0 || (c >= 0x7f && c < 0xa0) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}
