import type { ReportDefinition } from '../../report/types';

/**
 * Which recommendations a passage is about, by the words that name their subjects ("Hydra", "e-learning",
 * "NCCU"). Used where a letter gives no heading or quotation, and to divide a part headed with two numbers.
 */
export type TopicFinder = (text: string, among: readonly number[]) => number[];

export function createTopicFinder(report: ReportDefinition): TopicFinder {
  const keys = report.recommendations.map((r) => ({
    number: r.number,
    words: r.keywords.map((k) => k.toLowerCase()),
  }));
  return (text, among) => {
    const lower = text.toLowerCase();
    return keys
      .filter((k) => among.includes(k.number) && k.words.some((w) => lower.includes(w)))
      .map((k) => k.number);
  };
}
