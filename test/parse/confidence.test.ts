import { confidenceOf } from '../../src/parse/pipeline';
import { decide } from '../../src/parse/classify/decide';
import { LOW_CONFIDENCE } from '../../src/plan';

describe('confidence as the chance an analyst would agree', () => {
  test.each([
    ['a clear reading found by its heading', 'heading', 1, 0.95, 1],
    ['a clear reading found only by its subject', 'keyword', 1, 0.85, 0.95],
    ['a reading balanced between two statuses', 'heading', 0.5, 0, LOW_CONFIDENCE],
    ['a reading leaning one way', 'heading and wording', 0.67, LOW_CONFIDENCE, 0.9],
  ] as const)('gives %s a confidence in its band', (_name, via, clarity, low, high) => {
    const c = confidenceOf(via, clarity);
    expect(c).toBeGreaterThanOrEqual(low);
    expect(c).toBeLessThan(high);
  });

  test('rises with clarity and never leaves 0 to 1', () => {
    let last = 0;
    for (let clarity = 0.5; clarity <= 1.0001; clarity += 0.05) {
      const c = confidenceOf('heading', clarity);
      expect(c).toBeGreaterThanOrEqual(last);
      expect(c).toBeLessThanOrEqual(1);
      last = c;
    }
  });

  test('marks for checking a part that promises and reports work in equal measure', () => {
    const reading = decide([
      'The force has appointed a lead.',
      'It will write a plan.',
      'It intends to share it.',
    ]);
    expect(reading.status).toBe('In progress');
    expect(confidenceOf('heading', reading.clarity)).toBeLessThan(LOW_CONFIDENCE);
  });
});
