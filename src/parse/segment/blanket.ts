/**
 * A sentence that answers several recommendations at once: "Suffolk Constabulary accepts these
 * recommendations", "supportive of recommendations 1, 3, 5, 6, 7 and 10", "accepts each of the four addressed
 * to chief constables". It covers the numbers it lists,
 * or, naming none, every recommendation for chief constables. It is support, never action.
 */
const VERB_FIRST =
  /\b(?:accept(?:s|ed|ing)?|support(?:s|ed|ing)?|supportive\s+of|in\s+support\s+of|welcome(?:s|d)?|agree(?:s|d)?\s+with|endorse(?:s|d)?|note(?:s|d)?|acknowledge(?:s|d)?|implement(?:s|ing)?|address(?:es|ing)?|take\s+forward|respond(?:s|ed|ing)?\s+positively\s+to)\b,?(?:\s+\S+){0,8}?\s+(?:recommendations\b|recommendation\s+(?=\d)|(?:every|each)\s+(?:\w+\s+)?recommendation\b|(?:all|each|every\s+one|both)\s+(?:of\s+)?(?:the\s+|these\s+)?(?:four|4)\b)/i;
const NOUN_FIRST =
  /\brecommendations\b(?:\s+\S+){0,10}?\s+(?:are|were|is|ha(?:ve|s)\s+(?:all\s+)?been)\s+(?:all\s+|fully\s+)?(?:accepted|supported|agreed|welcomed|noted|acknowledged)\b/i;
/** The verbs of support, in the forms a finite verb takes. */
const SUPPORTS = '(?:accept(?:s|ed)?|support(?:s|ed)?|welcome(?:s|d)?|agree(?:s|d)?\\s+with|endorse(?:s|d)?)';
/** "Alongside recommendation 4, which the force accepts, ...": support given in a relative clause. */
const ACCEPTED_WHICH = new RegExp(
  `\\brecommendations?\\s+\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})*\\s*,?\\s*(?:which|that)\\s+(?:the\\s+[\\w-]+|it|we|i|they|he|she)\\s+(?:(?:also|fully|readily|has|have)\\s+){0,2}${SUPPORTS}\\b`,
  'i',
);
/** "The report asks chief constables to act in four areas, and ours has accepted every one of them." */
const OF_THEM = new RegExp(`\\b${SUPPORTS}\\s+(?:all|each|every\\s+one|both)\\s+of\\s+them\\b`, 'i');
const ABOUT_THE_FOUR =
  /\b(?:four|4)\b[^.;]{0,80}?\b(?:areas?|recommendations?|asks?|things|points)\b|\bchief\s+constables\b/i;
const NEGATED = /\b(?:not|n't|no|neither|nor)\b/i;
const NUMBER_LIST = /\brecommendations?\s+((?:\d{1,2}\s*(?:,|and|&|-|to)?\s*)+)/i;
const OTHERS =
  /\b(?:other|remaining|wider|national)\s+recommendations\b|\brecommendations\s+(?:for|to|made to|directed at)\s+(?:the\s+)?(?:nca|national crime agency|home office|npcc|border|college|immigration)/i;

/** "supports both recommendations", "all three of the recommendations set out above": fewer than all. */
const FEWER =
  /\b(?:both|(?:all\s+|the\s+|these\s+)?(?:two|three|2|3))\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:recommendations|of\s+them)\b/i;
/** "the recommendations on referrals ... and on information plans": support scoped by subject. */
const ON_SUBJECTS =
  /\brecommendations\s+(?:on|about|concerning|covering|relating\s+to|dealing\s+with)\s+(.+)$/i;

/** What a letter's parts tell the blanket reading: those it answers, and how to tell a subject. */
export interface BlanketScope {
  answered: readonly number[];
  topics: (text: string, among: readonly number[]) => number[];
}

export interface Blanket {
  sentence: string;
  /** Recommendation numbers it covers. */
  covers: number[];
}

export function readBlanket(
  sentence: string,
  chiefConstable: number[],
  before = '',
  scope?: BlanketScope,
): Blanket | null {
  const m =
    VERB_FIRST.exec(sentence) ??
    NOUN_FIRST.exec(sentence) ??
    ACCEPTED_WHICH.exec(sentence) ??
    (ABOUT_THE_FOUR.test(sentence) || ABOUT_THE_FOUR.test(before) ? OF_THEM.exec(sentence) : null);
  // "does not accept these recommendations": the negation stands just before the verb.
  if (!m || NEGATED.test(sentence.slice(Math.max(0, m.index - 12), m.index + m[0].length))) return null;
  const listed = NUMBER_LIST.exec(sentence.slice(m.index));
  if (listed) {
    const covers = [...listed[1].matchAll(/\d{1,2}/g)].map((d) => Number(d[0]));
    return covers.length ? { sentence, covers } : null;
  }
  if (OTHERS.test(sentence)) return null;
  if (scope) {
    const subjects = ON_SUBJECTS.exec(sentence);
    const named = subjects ? scope.topics(subjects[1], chiefConstable) : [];
    if (named.length) return { sentence, covers: named };
    // "both", "all three": the ones the letter goes on to answer, not the one it leaves out.
    if (FEWER.test(sentence)) {
      const answered = chiefConstable.filter((n) => scope.answered.includes(n));
      return answered.length ? { sentence, covers: answered } : null;
    }
  }
  return { sentence, covers: [...chiefConstable] };
}
