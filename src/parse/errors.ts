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
