import { extractCommitments } from '../../src/parse/commitments/extract';
import { findOwner } from '../../src/parse/commitments/owner';
import { findWhens } from '../../src/parse/commitments/when';

/** Fixed reference date, as chrono-node's own fixture tests use: the letter is dated 25 June 2025. */
const LETTER = '2025-06-25';

describe('reading when a promise is due', () => {
  test.each([
    ['an exact date', 'The site goes live on 14 August 2025.', '2025-08-14', null],
    ['the end of a month', 'Sign-off is scheduled for the end of July 2025.', '2025-07-31', null],
    ['a month and year', 'Training will start in September 2025.', '2025-09-30', null],
    ['a season', 'The post is expected to be in place by Autumn 2025.', '2025-11-30', null],
    ['a calendar quarter', 'Courses will run in Q1 2026.', '2026-03-31', null],
    ['a financial quarter', 'Courses will run in Q2 2026/27.', '2026-09-30', null],
    ['early in a year', 'The review will conclude in early 2026.', '2026-04-30', null],
    ['a training year', 'It will be part of the 2026/27 training year.', '2027-03-31', null],
    [
      'a range of weeks, keeping both ends',
      "The site has an anticipated go live date of 4-6 weeks' time.",
      '2025-08-06',
      '2025-07-23',
    ],
    ['a period in months', 'Completion will be monitored over 12 months.', '2026-06-25', null],
    ['a period in words', 'Guidance will be issued within three months.', '2025-09-25', null],
  ])('from %s', (_name, sentence, due, dueFrom) => {
    const [when] = findWhens(sentence, LETTER);
    expect(when).toBeDefined();
    expect(when.due).toBe(due);
    expect(when.dueFrom).toBe(dueFrom);
  });

  test('resolves nothing relative without a letter date, but keeps the promise', () => {
    expect(findWhens('Modules will be mandatory within six weeks.', null)[0].due).toBeNull();
  });
});

describe('extracting dated commitments', () => {
  const looksAhead = (s: string) => /\bwill\b|scheduled|expected/.test(s);

  test('keeps future promises and leaves past events', () => {
    const found = extractCommitments(
      [
        'Officers attended a conference on 26 March 2025.',
        'The most recent training was held in January 2025.',
        'Sign off by the Force Joint Working Steering Group is scheduled for the end of July 2025.',
      ],
      LETTER,
      '2025-05-16',
      looksAhead,
    );
    expect(found.map((c) => c.due)).toEqual(['2025-07-31']);
    expect(found[0].owner).toBe('Force Joint Working Steering Group');
  });

  test('does not read a past duration as a promise', () => {
    expect(
      extractCommitments(
        ['A trainer has been delivering courses for over a year.'],
        LETTER,
        '2025-05-16',
        looksAhead,
      ),
    ).toEqual([]);
  });
});

describe('finding who owns a promise', () => {
  test.each([
    ['a person by rank', 'DCI Andy Bell will update the SharePoint page by July 2025.', 'DCI Andy Bell'],
    ['a post', 'The OIC Intelligence Officer will lead this by Autumn 2025.', 'OIC Intelligence Officer'],
    ['a unit', 'The Force Training Team will deliver it in Q1 2026.', 'Force Training Team'],
    ['nobody', 'Work will finish in 4-6 weeks.', null],
    [
      'not a national body worked with',
      'We will work with the Modern Slavery & Organised Immigration Crime Unit in 2026.',
      null,
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(findOwner(sentence)).toBe(expected);
  });
});
