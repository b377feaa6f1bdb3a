import type { ForceRegister } from '../../report/forces';
import type { Force } from '../../report/types';
import type { LetterText } from '../../text/paragraphs';
import { findMentions } from './mentions';

/**
 * The letter's author is the force whose commissioner signs or heads it, not every force it names: a joint
 * unit with a neighbour or praise of another force names others too. So a name in a commissioner's title
 * counts far more than a name in passing, and a web or email domain of the force's own counts in between.
 */
const TITLE_BEFORE =
  /(?:commissioner|comisiynydd heddlu a throseddu|\bpcc|\bopcc|\bpfcc|\bmayor|office of the police and crime commissioner)\s+(?:of|for)?\s*(?:the\s+)?$/i;
const TITLE_AFTER =
  /^['’]?s?\s*(?:,?\s*(?:fire\s+(?:and|&)\s+)?(?:and|&)\s+crime(?:\s+and\s+victims['’]?)?\s+commissioner|police,?\s+(?:fire\s+(?:and|&)\s+)?(?:and|&)?\s*crime(?:\s+and\s+victims['’]?)?\s+commissioner|police,\s+fire\s+(?:and|&)\s+crime|pcc\b|opcc\b|pfcc\b|commissioner\b)/i;
const WEIGHT = { title: 10, domain: 6, heading: 2, body: 1 };

export interface ForceGuess {
  force: Force;
  confidence: number;
}

export function identifyForce(letter: LetterText, register: ForceRegister): ForceGuess | null {
  const scores = new Map<Force, number>();
  const add = (force: Force, w: number) => scores.set(force, (scores.get(force) ?? 0) + w);
  const all = [...letter.paragraphs, ...letter.welsh];
  const headingCount = Math.min(12, Math.ceil(letter.paragraphs.length / 4));
  all.forEach((p, i) => {
    const text = p.text;
    for (const m of findMentions(text, register)) {
      const before = text.slice(Math.max(0, m.start - 60), m.start);
      const after = text.slice(m.end, m.end + 60);
      if (TITLE_BEFORE.test(before) || TITLE_AFTER.test(after)) add(m.force, WEIGHT.title);
      else add(m.force, i < headingCount ? WEIGHT.heading : WEIGHT.body);
    }
  });
  const lowered = all.map((p) => p.text.toLowerCase()).join('\n');
  for (const force of register.forces) {
    for (const domain of force.domains) if (lowered.includes(domain.toLowerCase())) add(force, WEIGHT.domain);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [best, second] = ranked;
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  const strength = Math.min(1, best[1] / WEIGHT.title);
  return { force: best[0], confidence: Math.round((0.4 + 0.3 * margin + 0.3 * strength) * 100) / 100 };
}
