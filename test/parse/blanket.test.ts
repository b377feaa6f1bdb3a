import { readBlanket } from '../../src/parse/segment/blanket';

const FOUR = [2, 4, 8, 9];

describe('reading a sentence that answers several recommendations at once', () => {
  test('reads "all of them" by the sentence before, which says they are the four for chief constables', () => {
    const before = 'Four of the recommendations are for chief constables.';
    const sentence = 'The force accepts all of them.';
    expect(readBlanket(sentence, FOUR)).toBeNull();
    expect(readBlanket(sentence, FOUR, before)?.covers).toEqual(FOUR);
  });

  test.each([
    ['accepting "these recommendations"', 'The constabulary accepts these recommendations in full.', FOUR],
    ['support for the numbers it lists', 'I am supportive of recommendations 1, 3 and 10.', [1, 3, 10]],
    [
      'accepting "each of the four" with no word "recommendations"',
      'The Chief Constable accepts each of the four addressed to chief constables.',
      FOUR,
    ],
    [
      'accepting "every recommendation" addressed to chief constables',
      'The constabulary accepts every recommendation in the report that is addressed to chief constables.',
      FOUR,
    ],
    ['support for one recommendation by its number', 'The Board supports recommendation 9.', [9]],
    [
      'acceptance with an aside before what it covers',
      'We accept, without reservation, every recommendation the report makes of forces.',
      FOUR,
    ],
    [
      'every one of them, after naming the four asks',
      'The inspectorate asks chief constables for four things, and ours has accepted every one of them.',
      FOUR,
    ],
    [
      'recommendations said to be accepted, noun first',
      'The recommendations for chief constables have all been accepted.',
      FOUR,
    ],
  ])('covers what it answers: %s', (_name, sentence, covers) => {
    expect(readBlanket(sentence, FOUR)?.covers).toEqual(covers);
  });

  test.each([
    ['a refusal', 'The force does not accept these recommendations.'],
    ['the recommendations for other bodies', 'I welcome the other recommendations for national bodies.'],
    ['a sentence about one subject', 'The force has begun Hydra training.'],
  ])('is not a blanket answer: %s', (_name, sentence) => {
    expect(readBlanket(sentence, FOUR)).toBeNull();
  });
});
