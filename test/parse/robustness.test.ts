import fc from 'fast-check';
import { LetterError, readLetter } from '../../src/parse';

function readsOrExplains(text: string): void {
  try {
    const r = readLetter(text, 'input');
    expect(Object.keys(r.recommendations).sort()).toEqual(['2', '4', '8', '9']);
  } catch (err) {
    expect(err).toBeInstanceOf(LetterError);
    expect((err as LetterError).message).toMatch(/^input: .{5,}/);
  }
}

describe('any input gives a reading or a clear error', () => {
  test('random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), readsOrExplains), { numRuns: 300 });
  });

  test('random unicode with letter-like words mixed in', () => {
    const word = fc.constantFrom(
      'Recommendation 2',
      'will',
      'has begun',
      'Police and Crime Commissioner for Kent',
      '\n\n',
      '|',
      '1st July 2025',
      'Hydra',
      '-',
      '. ',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 300 }),
        (parts) => readsOrExplains(parts.join(' ')),
      ),
      {
        numRuns: 200,
      },
    );
  });

  test('random bytes decoded as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 4000 }), (bytes) =>
        readsOrExplains(Buffer.from(bytes).toString('utf8')),
      ),
      {
        numRuns: 200,
      },
    );
  });

  test.each(['a', ' ', '.', '-', '|', '\n', '1', 'R', '*'])('a megabyte of "%s"', (ch) => {
    readsOrExplains(ch.repeat(1024 * 1024));
  });

  test('empty and binary text are refused with a reason', () => {
    expect(() => readLetter('   \n ', 'x.txt')).toThrow('x.txt: the file is empty');
    expect(() => readLetter('%PDF\u0000\u0001\u0002binary', 'x.pdf')).toThrow(/binary/);
  });
});

/**
 * Reading time must grow linearly: a regular expression that backtracks catastrophically shows as a ratio
 * far above the size ratio. The bound is loose (an 8 times larger input may take up to 40 times longer)
 * so that a busy machine cannot fail it, while quadratic growth (64 times) or worse still does.
 */
describe('reading time grows linearly with input size', () => {
  const letterLike =
    'Recommendation 2\n\nThe force is developing guidance and will issue it by the end of July 2025. Officers have begun training; more work remains.\n\n';
  const time = (text: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      try {
        readLetter(text, 'input');
      } catch {
        /* errors are fine here: only time is measured */
      }
      runs.push(Number(process.hrtime.bigint() - t0));
    }
    return runs.sort((a, b) => a - b)[1];
  };
  test.each([
    ['letter-like text', letterLike],
    ['one long line without breaks', 'will has been is being developed to date '],
    ['one repeated character', 'a'],
    ['repeated punctuation', '. - | '],
  ])('%s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(32_000 / unit.length));
    const large = unit.repeat(Math.ceil(256_000 / unit.length));
    time(small);
    expect(time(large) / Math.max(time(small), 1)).toBeLessThan(40);
  });
});
