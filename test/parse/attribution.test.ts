import { readLetter } from '../../src/parse';
import { norfolkLetter } from './norfolk-letter';
import { attributionFor } from '../../src/parse/classify/others';
import { defaultRegister } from '../../src/report/forces';

describe('crediting work to the force that did it', () => {
  test.each([
    [
      'praise of a neighbour for what it has built, beside only a plan of its own',
      '4',
      'Recommendation 4\n\nFrom the autumn the force is to hold a quarterly intelligence meeting with the regional unit. I commend Suffolk Constabulary for the collection plan they have built, which Norfolk will be able to use.',
      'Planned',
    ],
    [
      "another force's roll-out, named as what the sentence is about, beside a plan",
      '9',
      "Recommendation 9\n\nFrom October the four modules will be required of response officers. Essex Police's mandatory roll-out has already reached most of its officers, and I thank them for sharing their materials.",
      'Planned',
    ],
    [
      "the force's own officers trained on a neighbour's sessions, with thanks to the neighbour",
      '8',
      'Recommendation 8\n\nSince May, 30 Norfolk inspectors have attended Hydra sessions at Chelmsford, and I am grateful to Essex Police for the places. A further session is booked for November.',
      'In progress',
    ],
    [
      "a neighbour that opened its suite to the force's officers, who then took part there",
      '8',
      'Recommendation 8\n\nNorfolk has no suite of its own. Essex Police has opened its suite at Chelmsford to our officers, and eighteen inspectors took part in exercises there between March and June. A further twenty are booked for November.',
      'In progress',
    ],
    [
      "a neighbour's trainer and suite that have become a regional resource, beside the force's acceptance",
      '8',
      'Recommendation 8\n\nThe Constabulary supports this recommendation. Essex Police deserve credit: their trainer and suite have become a resource for the region, and I know colleagues regard the course highly.',
      'Acknowledged',
    ],
    [
      'a neighbour commended, whose officers have already completed the modules, beside only support',
      '9',
      'Recommendation 9\n\nI recognise the value of this e-learning and I support the recommendation. I want also to commend Essex Police, whose frontline officers have, I understand, already completed all four modules.',
      'Acknowledged',
    ],
    [
      'thanks to colleagues in a neighbouring force for the intelligence they have shared, beside only a plan',
      '9',
      'Recommendation 9\n\nFrom September the four modules will sit within mandatory training. I am grateful to colleagues in Essex Police for the way they have shared intelligence with us over the past year.',
      'Planned',
    ],
    [
      'a neighbour that has finished its roll-out, with the author named only in an aside about it',
      '9',
      'Recommendation 9\n\nThe force is looking to add the modules to the mandatory schedule from April 2026. Essex Police, with whom Norfolk shares a training department, have already finished rolling out the modules to their own officers, and the Norfolk roll-out will follow.',
      'Planned',
    ],
    [
      'progress another force has made, with an aside between its name and the verb',
      '9',
      'Recommendation 9\n\nRecommendation accepted. Delivery approach not yet determined. I note that Essex Police, with whom Norfolk shares a number of functions, has already made progress on the e-learning.',
      'Acknowledged',
    ],
    [
      'an approach another force has taken, which the force means to draw on',
      '4',
      'Recommendation 4\n\nThe force intends to draw on the approach Suffolk Constabulary has taken with Border Force at Felixstowe.',
      'Planned',
    ],
    [
      'work the force shares with a neighbour as one subject',
      '4',
      'Recommendation 4\n\nNorfolk and Suffolk have written a joint collection plan, and the analysts will refresh it each quarter.',
      'In progress',
    ],
    [
      'thanks recorded to a neighbour for the help its analysts have given, beside only a plan',
      '9',
      "Recommendation 9\n\nTraining staff are looking to add the four modules to next year's mandatory programme. The Commissioner wishes to record his thanks to Suffolk Constabulary for the help its analysts have given.",
      'Planned',
    ],
  ])('reads %s', (_name, n, body, status) => {
    expect(readLetter(norfolkLetter(body), 'letter.txt').recommendations[n].status).toBe(status);
  });

  test('leaves every sentence whole when the author is unknown', () => {
    const unknown = attributionFor(defaultRegister(), null);
    const sentence = 'I commend Kent Police for the plan they have written.';
    expect(unknown.ownWords(sentence)).toBe(sentence);
    expect(unknown.doneByOthers('Kent Police has written its plan.')).toBe(false);
  });

  test("keeps the author's own sentence about a neighbour as the author's", () => {
    const norfolk = attributionFor(defaultRegister(), 'norfolk');
    expect(norfolk.doneByOthers('Suffolk and Norfolk have written a joint plan.')).toBe(false);
    expect(norfolk.doneByOthers('Suffolk has written its plan.')).toBe(true);
  });
});
