import { readLetter } from '../../src/parse';
import { norfolkLetter } from './norfolk-letter';

describe('telling a passing mention from an answer', () => {
  test.each([
    [
      'a subject named only in a list of what the report covers',
      '8',
      'The inspection looks at everything from intelligence to Hydra exercises and e-learning. The Chief Constable has introduced a new referral prompt for the National Command and Control Unit.',
      'Not mentioned',
    ],
    [
      'a subject named with something the force said of it',
      '8',
      'On Hydra exercises, the force tells me it supports the recommendation.',
      'Acknowledged',
    ],
    [
      'a subject named in an aside on what officers will know of it',
      '8',
      'The report also writes about the immersive Hydra exercises, which several of our detectives will know from earlier careers. The Chief Constable has introduced a new referral prompt for the National Command and Control Unit.',
      'Not mentioned',
    ],
    [
      'a subject named in an introduction whose comments were agreed with the Chief Constable',
      '8',
      'Two of the recommendations are about training, Hydra and the e-learning modules. The comments below, agreed with the Chief Constable, are mine.',
      'Not mentioned',
    ],
    [
      'a subject whose answer is said to follow separately',
      '9',
      'I cover three of the four recommendations here. The position on the e-learning will follow separately, once the training team has reported to me. The Chief Constable has introduced a new referral prompt for the National Command and Control Unit.',
      'Not mentioned',
    ],
  ])('reads %s', (_name, n, body, status) => {
    expect(readLetter(norfolkLetter(body), 'norfolk.txt').recommendations[n].status).toBe(status);
  });
});

describe('telling the quoted recommendation from an answer that repeats it', () => {
  test('reads an acceptance worded round the recommendation as an answer', () => {
    const body =
      'Recommendation 4\n\nThe Chief Constable accepts this recommendation and agrees that clear plans to collect, analyse and share information are essential to the response to organised immigration crime.';
    expect(readLetter(norfolkLetter(body), 'norfolk.txt').recommendations['4'].status).toBe('Acknowledged');
  });

  test('sets the bare quotation aside, so that a heading and quote alone are not an answer', () => {
    const body =
      'Recommendation 4\n\nBy 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime.';
    expect(readLetter(norfolkLetter(body), 'norfolk.txt').recommendations['4'].status).toBe('Not mentioned');
  });
});
