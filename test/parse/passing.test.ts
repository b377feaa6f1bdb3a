import { readLetter } from '../../src/parse';

const letter = (body: string) =>
  `Police and Crime Commissioner for Norfolk\n\n3 July 2025\n\nDear Home Secretary\n\n${body}\n\nYours sincerely\n\nJane Smith\nPolice and Crime Commissioner for Norfolk`;

describe('telling a passing mention from an answer', () => {
  test.each([
    [
      'a subject named only in a list of what the report covers',
      'The inspection looks at everything from intelligence to Hydra exercises and e-learning. The Chief Constable has introduced a new referral prompt for the National Command and Control Unit.',
      'Not mentioned',
    ],
    [
      'a subject named with something the force said of it',
      'On Hydra exercises, the force tells me it supports the recommendation.',
      'Acknowledged',
    ],
  ])('reads %s', (_name, body, status) => {
    expect(readLetter(letter(body), 'norfolk.txt').recommendations['8'].status).toBe(status);
  });
});
