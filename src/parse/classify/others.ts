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
  /**
   * In a sentence another force opens, the clauses that go on with a subject of the author's own ("Lancashire
   * has opened its suite to our officers, and eighteen inspectors took part there"), or "" where none does.
   */
  ownClauses(sentence: string): string;
}

export const NO_ATTRIBUTION: Attribution = {
  ownWords: (s) => s,
  doneByOthers: () => false,
  ownClauses: () => '',
};

/** An aside about the one just named: ", with whom Sussex shares a department,". */
const ASIDE_TEXT = ',\\s*(?:with\\s+whom|whose|who|which)\\b[^,]{0,100},';
const ASIDE = new RegExp(ASIDE_TEXT, 'gi');
/** Where a coordinated clause with its own subject may begin; a bare "and" more often joins two nouns. */
const NEXT_CLAUSE = /,\s*(?:and|but|while|whilst)\s+|;\s+/gi;
/** A subject that points back to the force just named, whose deeds these still are. */
const POINTS_BACK =
  /^(?:it|they|he|she|its|their|his|her|which|who|whose|this|that|these|those|the\s+same|both|then|also|has|have|had|is|are|was|were)\b/i;

const PRAISE =
  /\b(?:commend|thank|praise|congratulate|pay\s+tribute\s+to|grateful\s+to|(?:thanks|gratitude)\s+to)\s+(?:(?:our\s+|the\s+)?(?:colleagues|officers|analysts|staff|teams?)\s+(?:in|at|from|of)\s+)?$/i;
/** A force named as a sentence's subject: at its start, perhaps after a linking word. */
const AT_START =
  /^(?:["“‘']|(?:however|meanwhile|similarly|likewise|separately|elsewhere|nationally|regionally),?\s+)?(?:the\s+)?$/i;

/** The verb a force named as subject goes on to: "Kent Police has already taken", "Suffolk have built". */
const OTHERS_DEED = new RegExp(
  `^(?:['’]s?)?(?:\\s+(?:police|constabulary|police\\s+service))?(?:${ASIDE_TEXT})?\\s+(?:has|have|had)\\s+(?:(?:already|now|also|recently|jointly)\\s+)*(?:been\\s+)?[a-z]+`,
  'i',
);
const JOINT = /\b(?:and|&|with|alongside)\s+(?:the\s+)?$/i;

export function attributionFor(register: ForceRegister, authorId: string | null): Attribution {
  if (!authorId) return NO_ATTRIBUTION;
  // Each sentence is asked about up to three times (its own words, who did it, its own clauses).
  const seen = new Map<string, { others: Mention[]; authorNamed: boolean }>();
  const others = (sentence: string): { others: Mention[]; authorNamed: boolean } => {
    let found = seen.get(sentence);
    if (!found) {
      const mentions = findMentions(sentence, register);
      found = {
        others: mentions.filter((m) => m.force.id !== authorId),
        authorNamed: mentions.some((m) => m.force.id === authorId),
      };
      seen.set(sentence, found);
    }
    return found;
  };
  return {
    ownWords(sentence) {
      let own = sentence;
      // Right to left, so that the offsets of the names still to be looked at hold.
      for (const m of [...others(sentence).others].reverse()) {
        const before = own.slice(Math.max(0, m.start - 40), m.start);
        // "I would like to commend West Midlands Police and the regional unit for the picture they have built",
        // "I want to commend Dyfed-Powys Police, whose officers have already completed all four modules".
        const reason = PRAISE.test(before)
          ? /\bfor\b|,?\s*\b(?:whose|who|which)\b/i.exec(own.slice(m.end))
          : null;
        if (reason) {
          own = own.slice(0, m.end + reason.index);
          continue;
        }
        // "...draw on the approach Kent Police has taken with Border Force": what the other force did, unless it
        // shares the subject with the author ("Essex and Kent Police have trained").
        const deed = OTHERS_DEED.exec(own.slice(m.end));
        if (deed && !JOINT.test(before)) own = own.slice(0, m.start) + own.slice(m.end + deed[0].length);
      }
      return own;
    },
    doneByOthers(sentence) {
      // "Surrey Police, with whom Sussex shares a department, have finished": the author named in an aside.
      const { others: named, authorNamed } = others(sentence.replace(ASIDE, (m) => ' '.repeat(m.length)));
      return !authorNamed && named.some((m) => AT_START.test(sentence.slice(0, m.start)));
    },
    ownClauses(sentence) {
      const named = others(sentence).others;
      for (const m of sentence.matchAll(NEXT_CLAUSE)) {
        const at = m.index ?? 0;
        // "Avon and Somerset Police": the "and" of a name joins no clauses.
        if (named.some((n) => at < n.end && at + m[0].length > n.start)) continue;
        const rest = sentence.slice(at + m[0].length);
        if (POINTS_BACK.test(rest) || others(rest).others.length) continue;
        return rest;
      }
      return '';
    },
  };
}
