import type { ForceRegister } from '../../report/forces';
import { findMentions, type Mention } from '../identify/mentions';

/**
 * A letter often praises a neighbour or says what another force has done ("Nottinghamshire Police's work at
 * hand car washes has shaped the regional approach", "I commend West Midlands Police for the picture they have
 * built"). That work is the other force's, so it says nothing of how far the author's own force has got.
 */
export interface Attribution {
  /** The sentence without what it praises another force for. */
  ownWords(sentence: string): string;
  /** The sentence's subject is another force, so what it says is done was done there. */
  doneByOthers(sentence: string): boolean;
}

export const NO_ATTRIBUTION: Attribution = { ownWords: (s) => s, doneByOthers: () => false };

const PRAISE = /\b(?:commend|thank|praise|congratulate|pay\s+tribute\s+to|grateful\s+to)\s+$/i;
/** A force named as a sentence's subject: at its start, perhaps after a linking word. */
const AT_START =
  /^(?:["“‘']|(?:however|meanwhile|similarly|likewise|separately|elsewhere|nationally|regionally),?\s+)?(?:the\s+)?$/i;

export function attributionFor(register: ForceRegister, authorId: string | null): Attribution {
  if (!authorId) return NO_ATTRIBUTION;
  const others = (sentence: string): { others: Mention[]; authorNamed: boolean } => {
    const mentions = findMentions(sentence, register);
    return {
      others: mentions.filter((m) => m.force.id !== authorId),
      authorNamed: mentions.some((m) => m.force.id === authorId),
    };
  };
  return {
    ownWords(sentence) {
      for (const m of others(sentence).others) {
        if (!PRAISE.test(sentence.slice(Math.max(0, m.start - 40), m.start))) continue;
        // "I would like to commend West Midlands Police and the regional unit for the picture they have built".
        const reason = /\bfor\b/i.exec(sentence.slice(m.end));
        if (reason) return sentence.slice(0, m.end + reason.index);
      }
      return sentence;
    },
    doneByOthers(sentence) {
      const { others: named, authorNamed } = others(sentence);
      return !authorNamed && named.some((m) => AT_START.test(sentence.slice(0, m.start)));
    },
  };
}
