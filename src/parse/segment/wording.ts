import type { ReportDefinition } from '../../report/types';
import { contentWords } from '../../text/words';

/**
 * Recognises a recommendation by its wording. Letters quote the text with small differences and sometimes
 * the wrong number, so the words decide. Words shared by several recommendations ("chief constables",
 * "30 April 2026") weigh little; words only one has ("Hydra", "e-learning") weigh much.
 */
export interface WordingMatch {
  number: number;
  /** Weighted share of the recommendation's words found in the text. */
  coverage: number;
  /** Share of the text's words that belong to the recommendation. */
  precision: number;
}

export interface WordingMatcher {
  best(text: string): WordingMatch | null;
  /** How far `text` is a quotation of recommendation `number`. */
  against(text: string, number: number): WordingMatch;
}

export function createWordingMatcher(report: ReportDefinition): WordingMatcher {
  const recs = report.recommendations.map((r) => ({
    number: r.number,
    words: new Set(contentWords(r.text ?? r.summary)),
    quoted: r.text !== null,
  }));
  const df = new Map<string, number>();
  for (const r of recs) for (const w of r.words) df.set(w, (df.get(w) ?? 0) + 1);
  const weights = new Map([...df].map(([w, n]) => [w, Math.log(1 + recs.length / n)]));
  const weight = (w: string) => weights.get(w) ?? 0;
  const totals = new Map(recs.map((r) => [r.number, [...r.words].reduce((s, w) => s + weight(w), 0)]));

  const score = (words: string[], set: ReadonlySet<string>, rec: (typeof recs)[number]): WordingMatch => {
    let covered = 0;
    for (const w of rec.words) if (set.has(w)) covered += weight(w);
    let inside = 0;
    for (const w of words) if (rec.words.has(w)) inside++;
    return {
      number: rec.number,
      coverage: covered / (totals.get(rec.number) || 1),
      precision: words.length ? inside / words.length : 0,
    };
  };

  const bestOf = (text: string): WordingMatch | null => {
    const words = contentWords(text);
    if (words.length < 5) return null;
    const set = new Set(words);
    let best: WordingMatch | null = null;
    for (const rec of recs) {
      const m = score(words, set, rec);
      // Only the summary is known for recommendations for other bodies, so their bar is lower.
      const bar = rec.quoted ? 0.6 : 0.45;
      if (m.coverage >= bar && (!best || m.coverage > best.coverage)) best = m;
    }
    return best;
  };

  // A paragraph is asked about more than once while a letter is segmented; remember recent answers.
  const recent = new Map<string, WordingMatch | null>();
  return {
    best(text) {
      if (recent.has(text)) return recent.get(text)!;
      if (recent.size > 500) recent.clear();
      const answer = bestOf(text);
      recent.set(text, answer);
      return answer;
    },
    against(text, number) {
      const rec = recs.find((r) => r.number === number);
      if (!rec) return { number, coverage: 0, precision: 0 };
      const words = contentWords(text);
      return score(words, new Set(words), rec);
    },
  };
}
