import type { ReportDefinition } from '../../report/types';
import { contentWords } from '../../text/words';

/**
 * Which recommendations a passage is about, by the words that name their subjects ("Hydra", "e-learning",
 * "NCCU"). Used where a letter gives no heading or quotation, and to divide a part headed with two numbers.
 * Words are compared by stem and in order, stop words aside, so "collecting, analysing and sharing" finds
 * the subject named "collect, analyse and share".
 */
export type TopicFinder = (text: string, among: readonly number[]) => number[];

/** The stem with a final "e" dropped, so that "share", "shares" and "sharing" agree. */
function keysOf(text: string): string[] {
  return contentWords(text).map((w) => (w.length > 3 ? w.replace(/e$/, '') : w));
}

/** "Unlike the Hydra exercise, the modules ...": a subject brought in for comparison is not the subject. */
const COMPARISON =
  /^\s*(?:[\w-]+\s*,\s*)?alongside\s+[^,.;]{1,80},|\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to))\s+[^,.;]{1,80},|,\s*(?:like|alongside|as\s+with|(?:just\s+)?as\s+(?:they|we|it|others?|forces)\s+(?:do|did|have|can)\b)\s+[^,.;]{1,80},/gi;

function contains(words: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

export function createTopicFinder(report: ReportDefinition): TopicFinder {
  const keys = report.recommendations.map((r) => ({
    number: r.number,
    phrases: r.keywords.map(keysOf),
  }));
  return (text, among) => {
    const words = keysOf(text.replace(COMPARISON, ' '));
    return keys
      .filter((k) => among.includes(k.number) && k.phrases.some((p) => contains(words, p)))
      .map((k) => k.number);
  };
}
