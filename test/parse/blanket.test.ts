import { readBlanket } from '../../src/parse/segment/blanket';
import { createTopicFinder } from '../../src/parse/segment/topics';
import { getReport } from '../../src/report/report';

const FOUR = [2, 4, 8, 9];
const topics = createTopicFinder(getReport());

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
    [
      'a promise to say how the force will respond',
      'The Chief Constable has set out how the force will respond to the recommendations made to chief constables.',
    ],
  ])('is not a blanket answer: %s', (_name, sentence) => {
    expect(readBlanket(sentence, FOUR)).toBeNull();
  });

  test.each([
    [
      '"all three" of the recommendations above, where the letter answers three',
      'I note that the force has accepted all three of the recommendations set out above.',
      [2, 4, 8],
      [2, 4, 8],
    ],
    [
      '"both recommendations", where the letter answers two',
      'The Deputy Mayor supports both recommendations without reservation.',
      [2, 8],
      [2, 8],
    ],
    [
      'the recommendations it names by subject',
      'The Chief Constable has accepted the recommendations on referrals to the National Command and Control Unit and on information plans.',
      [2, 4, 8],
      [2, 4],
    ],
    [
      'one recommendation accepted in a relative clause',
      'Alongside recommendation 4, which the force accepts, the areas where it has most to report are referrals and Hydra.',
      [2, 8],
      [4],
    ],
    [
      'all four, where the letter answers only some',
      'The force accepts these recommendations in full.',
      [2],
      FOUR,
    ],
  ])('covers only what it answers: %s', (_name, sentence, answered, covers) => {
    expect(readBlanket(sentence, FOUR, '', { answered, topics })?.covers).toEqual(covers);
  });
});
