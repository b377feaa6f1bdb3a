import type { Commitment, ParsedResponse, RecommendationReading, Status } from '../../src/parse/types';

/** Hand-made parser output, so dataset and plan tests do not depend on the parser's judgement. */

export function reading(status: Status, extra: Partial<RecommendationReading> = {}): RecommendationReading {
  return {
    status,
    confidence: 0.9,
    evidence: [`The force's evidence for ${status}.`],
    commitments: [],
    ...extra,
  };
}

export function commitment(due: string | null, extra: Partial<Commitment> = {}): Commitment {
  return {
    text: `Work will be finished by ${due ?? 'some time'}.`,
    when: 'by the end of the month',
    due,
    dueFrom: null,
    owner: null,
    ...extra,
  };
}

export function response(
  forceId: string | null,
  statuses: [Status, Status, Status, Status],
  extra: Partial<ParsedResponse> = {},
): ParsedResponse {
  const [r2, r4, r8, r9] = statuses;
  return {
    source: `bundled:${forceId ?? 'unknown'}.txt`,
    forceId,
    force: forceId,
    commissioner: 'A Commissioner',
    letterDate: '2025-06-24',
    onTime: true,
    recommendations: { '2': reading(r2), '4': reading(r4), '8': reading(r8), '9': reading(r9) },
    notes: [],
    ...extra,
  };
}

/** Letter text that a careless writer would turn into formulas. */
export const FORMULA_LOOKALIKES = [
  '=HYPERLINK("http://example.com","click")',
  "+44 20 7946 0000 is the unit's number.",
  '-2 officers remain untrained.',
  '@SUM(A1:A2) is not a formula here.',
];

/** Five letters covering every status a letter can give, a low-confidence reading and dated commitments. */
export function sampleResponses(): ParsedResponse[] {
  return [
    response('dorset', ['In progress', 'In progress', 'In progress', 'Planned'], {
      source: 'bundled:dorset.txt',
      letterDate: '2025-06-25',
      recommendations: {
        '2': reading('In progress', {
          evidence: ['There is more work to be done.', 'Work is underway on guidance.'],
        }),
        '4': reading('In progress'),
        '8': reading('In progress'),
        '9': reading('Planned', {
          confidence: 0.45,
          commitments: [commitment('2025-07-31', { when: 'end of July 2025', owner: 'Head of Learning' })],
        }),
      },
    }),
    response('gwent', ['Planned', 'Complete', 'Acknowledged', 'Planned'], {
      source: 'bundled:gwent.txt',
      letterDate: '2025-08-01',
      onTime: false,
      recommendations: {
        '2': reading('Planned', { evidence: [...FORMULA_LOOKALIKES] }),
        '4': reading('Complete'),
        '8': reading('Acknowledged'),
        '9': reading('Planned', {
          commitments: [
            commitment('2026-09-30', {
              when: "in 4-6 weeks' time",
              dueFrom: '2026-09-16',
              text: "=cmd|' /C calc'!A0",
            }),
          ],
        }),
      },
    }),
    response('suffolk', ['Not accepted', 'Not mentioned', 'Planned', 'In progress'], {
      source: 'bundled:suffolk.txt',
      letterDate: '2025-07-04',
      notes: ['The response is joint with Norfolk.'],
    }),
    response('west-midlands', ['In progress', 'In progress', 'In progress', 'In progress'], {
      source: 'bundled:west-midlands.txt',
      letterDate: null,
      onTime: null,
    }),
    response('avon-and-somerset', ['In progress', 'In progress', 'In progress', 'Planned'], {
      source: 'bundled:avon-and-somerset.txt',
      commissioner: null,
    }),
  ];
}
