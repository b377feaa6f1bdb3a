/** A source that cannot be read as a letter, with a one-line reason a person can act on. */
export class LetterError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'LetterError';
  }
}

/** Text that is not text: NUL bytes, or many control characters, as in a binary file read as text. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd) && c !== 27) control++;
  }
  return control / Math.max(1, sample.length) > 0.02;
}
