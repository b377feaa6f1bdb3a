/** Numbers written as words, as letters write them ("Recommendation Two", "within three months"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
};

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A count below a hundred in words, as a pattern: "seven", "fifteen", "thirty-one", "ninety nine". */
export const COUNT_IN_WORDS = `(?:(?:${TENS.join('|')})(?:[\\s-](?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')})`;

/** The value of a count below a hundred written in words, or NaN. */
export function countInWords(text: string): number {
  const [tens, unit] = text.toLowerCase().split(/[\s-]+/);
  if (unit !== undefined) {
    const t = TENS.indexOf(tens);
    const u = UNITS.indexOf(unit);
    return t < 0 || u < 0 ? NaN : 20 + 10 * t + u + 1;
  }
  for (const [list, base] of [
    [UNITS, 1],
    [TEENS, 10],
    [TENS, 20],
  ] as const) {
    const i = list.indexOf(tens);
    if (i >= 0) return list === TENS ? base + 10 * i : base + i;
  }
  return NaN;
}
