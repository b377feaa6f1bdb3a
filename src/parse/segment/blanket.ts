/**
 * A sentence that answers several recommendations at once: "Suffolk Constabulary accepts these
 * recommendations", "supportive of recommendations 1, 3, 5, 6, 7 and 10", "accepts each of the four addressed
 * to chief constables". It covers the numbers it lists,
 * or, naming none, every recommendation for chief constables. It is support, never action.
 */
const VERB_FIRST =
  /\b(?:accept(?:s|ed|ing)?|support(?:s|ed|ing)?|supportive\s+of|in\s+support\s+of|welcome(?:s|d)?|agree(?:s|d)?\s+with|endorse(?:s|d)?|note(?:s|d)?|acknowledge(?:s|d)?|implement(?:s|ing)?|address(?:es|ing)?|take\s+forward|respond(?:s|ed)?\s+to)\b,?(?:\s+\S+){0,8}?\s+(?:recommendations\b|recommendation\s+(?=\d)|(?:every|each)\s+(?:\w+\s+)?recommendation\b|(?:all|each|every\s+one|both)\s+(?:of\s+)?(?:the\s+|these\s+)?(?:four|4)\b)/i;
const NOUN_FIRST =
  /\brecommendations\b(?:\s+\S+){0,10}?\s+(?:are|were|is|ha(?:ve|s)\s+(?:all\s+)?been)\s+(?:all\s+|fully\s+)?(?:accepted|supported|agreed|welcomed|noted|acknowledged)\b/i;
/** "The report asks chief constables to act in four areas, and ours has accepted every one of them." */
const OF_THEM =
  /\b(?:accept(?:s|ed)?|support(?:s|ed)?|welcome(?:s|d)?|agree(?:s|d)?\s+with|endorse(?:s|d)?)\s+(?:all|each|every\s+one|both)\s+of\s+them\b/i;
const ABOUT_THE_FOUR =
  /\b(?:four|4)\b[^.;]{0,80}?\b(?:areas?|recommendations?|asks?|things|points)\b|\bchief\s+constables\b/i;
const NEGATED = /\b(?:not|n't|no|neither|nor)\b/i;
const NUMBER_LIST = /\brecommendations?\s+((?:\d{1,2}\s*(?:,|and|&|-|to)?\s*)+)/i;
const OTHERS =
  /\b(?:other|remaining|wider|national)\s+recommendations\b|\brecommendations\s+(?:for|to|made to|directed at)\s+(?:the\s+)?(?:nca|national crime agency|home office|npcc|border|college|immigration)/i;

export interface Blanket {
  sentence: string;
  /** Recommendation numbers it covers. */
  covers: number[];
}

export function readBlanket(sentence: string, chiefConstable: number[], before = ''): Blanket | null {
  const m =
    VERB_FIRST.exec(sentence) ??
    NOUN_FIRST.exec(sentence) ??
    (ABOUT_THE_FOUR.test(sentence) || ABOUT_THE_FOUR.test(before) ? OF_THEM.exec(sentence) : null);
  // "does not accept these recommendations": the negation stands just before the verb.
  if (!m || NEGATED.test(sentence.slice(Math.max(0, m.index - 12), m.index + m[0].length))) return null;
  const listed = NUMBER_LIST.exec(sentence.slice(m.index));
  if (listed) {
    const covers = [...listed[1].matchAll(/\d{1,2}/g)].map((d) => Number(d[0]));
    return covers.length ? { sentence, covers } : null;
  }
  if (OTHERS.test(sentence)) return null;
  return { sentence, covers: [...chiefConstable] };
}
