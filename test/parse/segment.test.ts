import { readLetter } from '../../src/parse';
import { keywordSections, segment } from '../../src/parse/segment/sections';
import { createTopicFinder } from '../../src/parse/segment/topics';
import { createWordingMatcher } from '../../src/parse/segment/wording';
import { splitSentences } from '../../src/text/sentences';
import { getReport } from '../../src/report/report';
import { toParagraphs } from '../../src/text/paragraphs';

const report = getReport();
const matcher = createWordingMatcher(report);
const topics = createTopicFinder(report);
const ctx = {
  matcher,
  topics,
  numbers: report.recommendations.map((r) => r.number),
  sentences: splitSentences,
};
const text = (n: number) => report.recommendations.find((r) => r.number === n)!.text!;
const sectionsOf = (raw: string) => {
  const seg = segment(toParagraphs(raw).paragraphs, ctx);
  keywordSections(seg, [2, 4, 8, 9], topics, splitSentences);
  return seg;
};
const numbers = (raw: string) => [...sectionsOf(raw).sections.keys()].sort((a, b) => a - b);
const body = (raw: string, n: number) => sectionsOf(raw).sections.get(n)?.texts.join(' ') ?? '';

describe('finding the part of a letter about each recommendation', () => {
  test.each([
    ['a "Recommendation 2" heading', 'Recommendation 2\n\nThe force will train staff.', [2]],
    ['a "Rec 4 -" heading', 'Rec 4 - The force is developing a plan.', [4]],
    ['an "R8:" heading', 'R8: Hydra training has begun.', [8]],
    ['a heading in words', 'Recommendation Nine\n\nModules are being rolled out.', [9]],
    ['a table row', 'Recommendation | Status | Update\nRecommendation 8 | Accepted | Training booked.', [8]],
    ['the quoted text alone, with no number', `'${text(4)}'\n\nWe have a plan.`, [4]],
    [
      'a plan named by what it collects and shares',
      'Analysts have begun mapping the networks. A collection and sharing plan is being drafted.',
      [4],
    ],
    [
      'a plan described as the gathering, analysis and sharing of information',
      'Turning to the gathering, analysis and sharing of information, the force wants one plan for all three.',
      [4],
    ],
    [
      'an online course named without the word e-learning',
      "On the College's online course about organised immigration crime, completion is to become compulsory next year.",
      [9],
    ],
    [
      'submissions said to feed the national intelligence picture, which is not the plan of recommendation 4',
      'Officers must submit the intelligence document with every NCCU referral. Gaps in those submissions weaken the national intelligence picture, and the force accepts the finding.',
      [2],
    ],
    [
      "Immigration Enforcement's national command and control centre, another name for the unit",
      "Referrals to Immigration Enforcement's national command and control centre now carry the form.",
      [2],
    ],
    [
      "a table row opening with the number and the row's own short title",
      'Recommendation | Response | Status\n9 - Four-module e-learning for staff | Unlike the Hydra exercise, the modules can be done on shift. Completion: 29%. | Open',
      [9],
    ],
    [
      'a subject set beside another in a parenthesis',
      'Hydra, like the national e-learning the report also recommends, is only worth as much as the number who attend it.',
      [8],
    ],
    [
      'a subject forces are said to learn from, just as they learn from another force',
      'Forces have much to learn from Kent, just as they do from the Hydra exercises the report commends, and our detectives have visited Kent.',
      [],
    ],
    [
      'a subject named alongside the one a paragraph is about',
      'On training, alongside the Hydra exercise, which the report also recommends, the inspectorate asks that staff complete the e-learning modules.',
      [9],
    ],
    [
      'a subject brought in only for comparison',
      'Unlike the Hydra exercise, which needs a full day, the e-learning modules can be completed on shift. A third of staff have done so.',
      [9],
    ],
    [
      'a subject put in the words of the recommendation, in the present tense',
      'With the regional unit, the force is changing how it collects and analyses information on people smuggling.',
      [4],
    ],
    [
      'a subject put in other verbs of the same three steps',
      'Analysts are part-way through a plan for gathering, analysing and passing on what the force learns about people smuggling.',
      [4],
    ],
    [
      'a table keyed by a bare number',
      '| Rec | Request | Position |\n|---|---|---|\n| 8 | Hydra training | Sessions booked. |',
      [8],
    ],
    [
      'several numbers in words opening a paragraph',
      'Recommendations eight and nine concern training. The force supports the Hydra package. On the e-learning, half have finished.',
      [8, 9],
    ],
    [
      "a tracker's own reference in a table",
      '| Ref | Subject | Update |\n|---|---|---|\n| OIC-R8 | Hydra | Two cohorts booked. |',
      [8],
    ],
    [
      "a tracker's numbered code whose row fits the recommendation",
      '| Ref | Subject | Update |\n|---|---|---|\n| OIC-04 | Clear plans to collect, analyse and share information | Plan approved. |',
      [4],
    ],
    [
      'several numbers after a shortened heading',
      'Recs 8 and 9: training\n\nTwenty inspectors have done the exercise. The modules go on the platform in September.',
      [8, 9],
    ],
    [
      'several numbers in capitals',
      'RECOMMENDATIONS 8 AND 9\n\nThe force will book Hydra places and add the e-learning to mandatory training.',
      [8, 9],
    ],
    [
      'a subject named in other forms of its words',
      'On the wider question of how the force gathers, analyses and shares information, the force agrees.',
      [4],
    ],
    [
      'quotes of all four in turn',
      [2, 4, 8, 9].map((n) => `${text(n)}\n\nThe force will act.`).join('\n\n'),
      [2, 4, 8, 9],
    ],
  ])('by %s', (_name, raw, expected) => {
    expect(numbers(raw)).toEqual(expected);
  });

  test('ends a section at a paragraph on a recommendation that asks another body to act', () => {
    const raw =
      'Recommendation 9\n\nThe force will add the modules to its mandatory list.\n\nAlongside these, I note that recommendation 3, which asks Border Security Command to improve identification, has begun.';
    expect(body(raw, 9)).not.toContain('Border Security');
  });

  test('reads a heading that gives its number in a short code after its words', () => {
    const raw =
      'Sharing what we know (rec. 4)\nThe force has drafted a collection plan.\n\nTraining days - R8\nSessions are booked for May.';
    expect(numbers(raw)).toEqual([4, 8]);
    expect(body(raw, 4)).toContain('collection plan');
  });

  test('reads a misnumbered recommendation by its text', () => {
    const seg = sectionsOf(`Recommendation 1\n\n${text(2)}\n\nGuidance is being written.`);
    expect([...seg.sections.keys()]).toEqual([2]);
    expect(seg.notes[0]).toMatch(/heads recommendation 2 as "Recommendation 1"/);
  });

  test('divides a part headed with two numbers between them by subject', () => {
    const raw =
      'Recommendations 8 and 9 - Hydra and e-learning\n\nOn Hydra, 60% have attended.\n\nOn the e-learning, all have completed the modules.\n\nBoth are reported to the board.';
    expect(body(raw, 8)).toMatch(/^On Hydra.*Both are/);
    expect(body(raw, 9)).toMatch(/^On the e-learning.*Both are/);
  });

  test('finds a two-number heading on its own line in hard-wrapped text with no blank lines', () => {
    const raw =
      'Recommendation 4\nThe force intends to write a plan by the end of\nNovember 2025.\nRecommendations 8 and 9\nHydra: the force supports this and values the exercise.\nE-learning: the modules were assigned in May to all\nstaff. By July completion stood at 71 per cent.';
    expect(body(raw, 4)).not.toMatch(/Hydra|modules/);
    expect(body(raw, 8)).toMatch(/^Hydra: the force supports/);
    expect(body(raw, 9)).toMatch(/^E-learning/);
  });

  test('gives a sentence that names no subject to the subject of the sentence before it in a shared paragraph', () => {
    const raw =
      'Recommendations 8 and 9\n\nHydra: the force supports this and values the exercise. E-learning: the modules were assigned in May. By July completion stood at 71 per cent.';
    expect(body(raw, 8)).not.toMatch(/71 per cent/);
    expect(body(raw, 9)).toMatch(/71 per cent/);
  });

  test("gives a recommendation found only by keyword none of a paragraph's sentences about a subject answered elsewhere", () => {
    const raw =
      'Recommendation 9\n\nAll staff have completed the modules.\n\nIn summary, the force has done what was asked on e-learning. Hydra training (recommendation 8) is something the Board will come back to.';
    expect(body(raw, 8)).toMatch(/^Hydra training/);
    expect(body(raw, 8)).not.toMatch(/e-learning/);
  });

  test('moves on when a paragraph that quoted and answered a recommendation is followed by another subject', () => {
    const raw = `The second asks that ${text(4).replace(/^By/, 'by')} The force agrees.\n\nTurning to Hydra, forty officers took part in the spring.`;
    expect(body(raw, 4)).not.toMatch(/Hydra/);
    expect(body(raw, 8)).toMatch(/^Turning to Hydra/);
  });

  test('ends a section at a paragraph that turns to matters more broadly', () => {
    const raw = `Recommendation 9\n\nAll staff have completed the modules.\n\nMore broadly, national bodies are playing their part.`;
    expect(body(raw, 9)).not.toMatch(/national bodies/);
  });

  test("does not give a tracker's last row the commentary after the table", () => {
    const raw =
      '| Rec | Update |\n|---|---|\n| 9 | Modules assigned. |\n\nThe Hydra item concerns me more, because nothing has been delivered.';
    expect(body(raw, 9)).not.toMatch(/Hydra/);
  });

  test('gives a paragraph naming another recommendation by number and subject to that one', () => {
    const raw = `Recommendation 9\n\nAll staff have completed the modules.\n\nFor completeness, the force also supports the aim of R8 on the Hydra package.`;
    expect(body(raw, 9)).not.toMatch(/Hydra/);
    expect(body(raw, 8)).toMatch(/supports the aim of R8/);
  });

  test('gives a paragraph opening with its recommendation in brackets to it, beside a summary table row', () => {
    const raw =
      'Police and Crime Commissioner for Norfolk\n\n3 July 2025\n\n' +
      'For the Hydra exercise (recommendation 8), all 240 response sergeants had been through it by the end of May, and nobody in that group is still to attend.\n\n' +
      'Rec\tPosition\n8\tAgreed - sergeants trained\n9\tAgreed\n\nJane Smith\nPolice and Crime Commissioner for Norfolk';
    const got = readLetter(raw, 'norfolk.txt').recommendations;
    expect(got['8'].status).toBe('Complete');
    expect(got['8'].evidence.join(' ')).toMatch(/240 response sergeants/);
  });

  test('ends a section at a heading that names no recommendation', () => {
    const raw = `Recommendation 2\n\nThe prompt will be added in October.\n\nTraining for officers and staff\n\nOfficers have been enrolled on the e-learning modules.`;
    expect(body(raw, 2)).not.toMatch(/enrolled/);
    expect(body(raw, 9)).toMatch(/enrolled/);
  });

  test('gives each clause of a summary sentence to the subject it names', () => {
    const raw =
      'Briefly: the force has closed the collection plan; Hydra training is well under way; the e-learning has not started.';
    expect(body(raw, 4)).toMatch(/collection plan/);
    expect(body(raw, 4)).not.toMatch(/Hydra|e-learning/);
    expect(body(raw, 9)).toMatch(/e-learning has not started/);
  });

  test('does not take a bulleted list of contents for the parts it lists', () => {
    const raw =
      'On this page\n\n- Introduction\n- Recommendation Two\n- Recommendation Nine\n\nIntroduction\n\nThe Commissioner has considered the report.\n\nRecommendation Two\n\nThe force has changed its form.\n\nRecommendation Nine\n\nThe Commissioner supports this recommendation.';
    expect(body(raw, 9)).not.toMatch(/considered/);
  });

  test('does not take a list of contents for the parts it lists', () => {
    const raw = `On this page\n\nRecommendation 2\n\nRecommendation 9\n\nBackground\n\nThe Mayor has held these powers since 2024.\n\nRecommendation 9\n\nThe force welcomes the modules.`;
    expect(body(raw, 9)).toBe('The force welcomes the modules.');
  });

  test("takes a commentary paragraph opening with a tracker's reference as that recommendation's", () => {
    const raw =
      '| Ref | Update |\n|---|---|\n| HMI-R9 | Modules assigned. |\n\nMy comments\n\nHMI/R4: The force has told me it accepts the point and no more.';
    expect(body(raw, 4)).toMatch(/accepts the point/);
    expect(body(raw, 9)).not.toMatch(/accepts the point/);
  });

  test("reads a tracker's code written with a space before the number", () => {
    expect(numbers('OIC R9 - modules for frontline staff\n\nAssigned to all response officers.')).toEqual([
      9,
    ]);
  });

  test('ends a section at a paragraph about two recommendations for other bodies', () => {
    const raw = `Recommendation 9\n\nThe force welcomes the modules.\n\nRecommendations 5 and 6 fall to the Home Office, and I say no more about them.`;
    expect(body(raw, 9)).not.toMatch(/Home Office/);
  });

  test('ends a section at a closing paragraph about two other recommendations named by their short codes', () => {
    const raw = `R9: e-learning\n\nFinished. Everyone has completed the modules.\n\nI will want to see the October draft before I am satisfied on R2 and R4.`;
    expect(body(raw, 9)).not.toMatch(/October draft/);
  });

  test('ends a section at a paragraph saying another recommendation is a matter for someone else', () => {
    const raw = `Recommendation 8\n\nSessions are booked.\n\nRecommendation 10 is a matter for the NCA, which has begun its work.`;
    expect(body(raw, 8)).not.toMatch(/NCA/);
  });

  test('ends a section at a paragraph on an unnumbered recommendation that asks another body to act', () => {
    const raw = `Recommendation 9\n\nThe modules will go on the platform in the autumn.\n\nI also note the recommendation that the Home Office widen the peer review scheme. The force was reviewed in 2024.`;
    expect(body(raw, 9)).not.toMatch(/peer review|reviewed in 2024/);
  });

  test('keeps a passing pointer to another recommendation inside the section', () => {
    const raw = `Recommendation 8\n\nSessions are booked.\n\nThe e-learning (see Recommendation 9) will follow them.`;
    expect(body(raw, 8)).toMatch(/e-learning/);
  });

  test('ends a section where the letter says to whom it is copied', () => {
    const raw = `Recommendation 9\n\nThe force welcomes the modules.\n\nI am sending a copy of this response to the chief constable and will put it on my website.`;
    expect(body(raw, 9)).not.toMatch(/website/);
  });

  test('reads a heading by the quote that opens the paragraph below it, answer and all', () => {
    const raw = `Recommendation 1\n\n"${text(9)}" Force position: half of the officers have finished the modules.`;
    const seg = sectionsOf(raw);
    expect([...seg.sections.keys()]).toEqual([9]);
    expect(seg.notes[0]).toMatch(/heads recommendation 9 as "Recommendation 1"/);
  });

  test.each([
    ['turns to the other recommendations', 'For the other two recommendations, I have asked for an update.'],
    ['opens a part on the recommendations for other bodies', 'Part B: recommendations for other bodies'],
    [
      'speaks of progress on every recommendation',
      'Progress on each of the recommendations will be reported to my panel.',
    ],
    [
      'opens on a recommendation for another body',
      'I also welcome recommendation 3. Officers at the ports would gain from faster checks, and a pilot has run since March.',
    ],
    [
      "is a tracker row for the other bodies' recommendations",
      '| 1, 3, 5, 6, 7, 10 | n/a | Recommendations for national bodies | No local action required; the force will respond to requests. |',
    ],
    ['is the key to the colours', 'RAG key: GREEN - on track | AMBER - some risk | RED - not started'],
  ])('ends a section at a paragraph that %s', (_name, paragraph) => {
    const raw = `Recommendation 9\n\nThe force welcomes the modules.\n\n${paragraph}`;
    expect(body(raw, 9)).toBe('The force welcomes the modules.');
  });

  test('gives a short paragraph naming another recommendation by its subject to that one', () => {
    const raw = `Recommendation 4\n\nA collection plan is being drafted.\n\nThe constabulary has also welcomed the recommendation on Hydra exercises.`;
    expect(body(raw, 4)).not.toMatch(/Hydra/);
    expect(body(raw, 8)).toMatch(/Hydra/);
  });

  test('ends a section at a paragraph about the other recommendations', () => {
    const raw = `Recommendation 9\n\nAll staff have completed the modules.\n\nThe other six recommendations are for national bodies, and I will press for them.`;
    expect(body(raw, 9)).not.toMatch(/national bodies/);
  });

  test('keeps a one-line answer apart from the short heading above it', () => {
    const raw = `R4: Plans to collect, analyse and share information\nAgreed. The Chief Constable accepts it in full.`;
    expect(sectionsOf(raw).sections.get(4)?.texts).toEqual([
      'Agreed. The Chief Constable accepts it in full.',
    ]);
  });

  test('does not take a numbered step of a list for a recommendation', () => {
    expect(numbers('Next steps:\n\n1. Appoint a lead officer\n\n2. Brief the command team')).toEqual([]);
  });

  test('tells 8 from 9 though their wording is nearly the same', () => {
    expect(numbers(`${text(9)}\n\nModules are mandatory.`)).toEqual([9]);
    expect(numbers(`${text(8)}\n\nHydra is booked.`)).toEqual([8]);
  });

  test('does not start a section at a cross-reference inside a sentence', () => {
    const raw = `Recommendation 2\n\nThe e-learning package (Recommendation 9) will cover the document.\n\nThe team will liaise with the NCCU.`;
    expect(numbers(raw)).toEqual([2]);
    expect(body(raw, 2)).toContain('will liaise');
  });

  test('keeps paragraphs about recommendations for other bodies with those recommendations', () => {
    const raw = [
      'Recommendation 9\n\nThe modules will be mandatory.',
      'The Chief Constable and I are also supportive of recommendations 1, 3 and 10 for the NCA and the Home Office:',
      '- recommendation 1 for the NCA to review and reissue its Organised Immigration Crime High Level Responsibilities document',
      '- recommendation 10 for the Home Office to extend the peer review process to other UK forces, the NCA and the nine ROCUs',
    ].join('\n\n');
    const seg = sectionsOf(raw);
    expect([...seg.sections.keys()].sort((a, b) => a - b)).toEqual([1, 9, 10]);
    expect(body(raw, 9)).not.toMatch(/supportive/);
  });

  test('does not take a sentence listing the recommendations for chief constables for an answer to one', () => {
    const raw =
      'The ones for chief constables are recommendation 2 on submissions to the NCCU, recommendation 4 on plans, and recommendations 8 and 9 on training. The Chief Constable has given me her position on some of them.';
    expect(numbers(raw)).toEqual([]);
  });

  test('leaves a welcome for the report as a whole out of the part a paragraph names', () => {
    const raw =
      'The inspectors found that take-up of the e-learning differed between forces. Communities deserve a consistent service, so I welcome the report.';
    expect(body(raw, 9)).not.toMatch(/welcome/);
  });

  test('reads prose that opens on the number as the part, keeping a pointer to another inside it', () => {
    const raw =
      'On recommendation 8 (Hydra): the force accepts it in part. Sergeants will rely on the e-learning in recommendation 9 instead. Two cohorts went through in June.\n\nTurning to recommendation 9, the modules are mandatory.';
    expect(sectionsOf(raw).sections.get(8)?.via).toBe('heading');
    expect(body(raw, 9)).not.toMatch(/rely/);
    expect(body(raw, 8)).toMatch(/rely/);
  });

  test('ends the last section at a closing paragraph about the letter as a whole', () => {
    const raw =
      'Recommendation 9\n\nThe force will instruct staff.\n\nAs highlighted in the responses above, I am confident the processes are now in place.';
    expect(body(raw, 9)).not.toMatch(/confident/);
  });
});
