import type { Commitment } from '../types';
import { findOwner } from './owner';
import { findWhens } from './when';

/**
 * A dated commitment is a sentence that puts a date or period on work still to come. Dates before the
 * letter (a conference held, training given) are history, not promises.
 */
export function extractCommitments(
  sentences: string[],
  letterDate: string | null,
  notBefore: string,
  looksAhead: (sentence: string) => boolean,
): Commitment[] {
  const out: Commitment[] = [];
  const floor = letterDate ?? notBefore;
  for (const sentence of sentences) {
    for (const when of findWhens(sentence, letterDate)) {
      if (when.due && when.due < floor) continue;
      if (when.relative && !looksAhead(sentence)) continue;
      out.push({
        text: sentence,
        when: when.phrase,
        due: when.due,
        dueFrom: when.dueFrom,
        owner: findOwner(sentence),
      });
    }
  }
  return out;
}
