import type { Status } from '../types';
import { NO_ATTRIBUTION, type Attribution } from './others';
import {
  ACCEPTANCE_ONLY,
  NOT_THE_WORK_ASKED,
  NOT_STARTED,
  signalsOf,
  statusCell,
  type SignalKind,
} from './signals';

export interface Reading {
  status: Status;
  /** No sentence carried any signal at all: the part names the subject and says nothing of the force. */
  silent: boolean;
  /** How clear the sentences were, 0 to 1, before the section's own reliability is applied. */
  clarity: number;
  evidence: string[];
}

interface Scored {
  sentence: string;
  order: number;
  /** The sentence is a status cell: the force's own rating, not its words. */
  rated: boolean;
  signals: Map<SignalKind, { weight: number; by: string }>;
}

const MAX_EVIDENCE = 3;
const KEEPS_ITS_OWN =
  /\b(?:keep|retain|continue\s+with|stay\s+with)\s+(?:its|our|the|their)\s+(?:present|existing|current)\s+(?:arrangements?|practices?|process(?:es)?|approach|system)\b/i;
/** Signals that say some of the work has been done. */
const DONE: SignalKind[] = ['progress', 'complete', 'in-place'];
/** The weight of a status stated in words ("Complete"), above that of a colour ("Blue"). */
const STATED = 3;
/** Where a signal came from a force's own status or colour rather than from its words. */
const RATED = 'status cell';

function total(scored: Scored[], kind: SignalKind): number {
  return scored.reduce((sum, s) => sum + (s.signals.get(kind)?.weight ?? 0), 0);
}

function pick(scored: Scored[], kinds: SignalKind[]): string[] {
  const strength = (s: Scored) => Math.max(0, ...kinds.map((k) => s.signals.get(k)?.weight ?? 0));
  return scored
    .filter((s) => strength(s) > 0)
    .sort((a, b) => strength(b) - strength(a) || a.order - b.order)
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a.order - b.order)
    .map((s) => s.sentence);
}

/**
 * The rules of DESIGN.md, in order: a refusal with no action is Not accepted; a claim of completion with
 * nothing left is Complete; started work with more to come is In progress; only promises is Planned;
 * neither, Acknowledged. Where started and promised work are mixed, the balance decides: a letter that
 * mostly promises, with one thing begun on the side, still reads as Planned.
 */
export function decide(sentences: string[], attribution: Attribution = NO_ATTRIBUTION): Reading {
  const scored: Scored[] = sentences.map((sentence, order) => {
    const cell = statusCell(sentence);
    let signals = cell
      ? new Map([[cell.kind, { weight: cell.weight, by: RATED }]])
      : signalsOf(attribution.ownWords(sentence));
    // What another force has done is no step of this one's, though what it says is to come may still be.
    if (!cell && attribution.doneByOthers(sentence)) {
      signals = new Map([...signals].filter(([kind]) => !DONE.includes(kind)));
      const own = attribution.ownClauses(sentence);
      if (own) for (const [kind, signal] of signalsOf(own)) if (!signals.has(kind)) signals.set(kind, signal);
    }
    return { sentence, order, rated: cell !== null, signals };
  });
  const silent = scored.every((s) => s.signals.size === 0);
  return { ...weigh(scored, sentences), silent };
}

function weigh(scored: Scored[], sentences: string[]): Omit<Reading, 'silent'> {
  // Words saying the force has only accepted the recommendation outweigh its own colour or rating.
  if (scored.some((s) => s.signals.get('accepted')?.by === ACCEPTANCE_ONLY)) {
    for (const s of scored.filter((s) => s.rated && !s.signals.has('declined')))
      s.signals = new Map([...s.signals].filter(([kind]) => kind === 'accepted'));
  }
  // A colour or "On track" is overtaken by words that say the work is done ("Amber" beside "every officer has
  // completed the modules"), and rates nothing beside words that only accept ("Recommendation accepted. | AMBER").
  const said = scored.filter((s) => !s.rated);
  if (
    said.some((s) => s.signals.has('complete')) ||
    (scored.some((s) => s.signals.has('accepted')) &&
      said.every((s) => [...s.signals.keys()].every((kind) => kind === 'accepted')))
  ) {
    for (const s of scored.filter((s) => s.rated && [...s.signals.values()].every((v) => v.weight <= 0.5)))
      s.signals = new Map();
  }
  // A colour ("Blue") beside words that only describe work to come ("is scheduled for development next year"): the
  // words say what has been done, and they say nothing has.
  const colourDone = (s: Scored) => s.rated && (s.signals.get('complete')?.weight ?? Infinity) < STATED;
  if (said.some((s) => s.signals.has('planned')) && !said.some((s) => DONE.some((k) => s.signals.has(k)))) {
    for (const s of scored.filter(colourDone)) s.signals = new Map();
  }
  // A force's own rating ("On track", a colour) is weaker than what the words say: a letter that says
  // outright that work has not started outweighs it, and so do words that describe only what is to come.
  const notStarted = scored.some((s) => s.signals.get('remaining')?.by === NOT_STARTED);
  const rated = total(
    scored.filter((s) => s.rated),
    'progress',
  );
  const saidP = total(scored, 'progress') - rated;
  const P = notStarted ? saidP : saidP + rated;
  const F = total(scored, 'planned');
  const U = total(scored, 'follow-up');
  const C = total(scored, 'complete');
  const W = total(scored, 'in-place');
  const R = total(scored, 'remaining');
  const D = total(scored, 'declined');
  const A = total(scored, 'accepted');
  const balance = (a: number, b: number) => (a + b === 0 ? 1 : Math.max(a, b) / (a + b));
  // A course of the force's own, finished before the report, is its reason for declining, not the work asked;
  // beside a refusal, a tracker's "Closed" closes the item, not the work, and what is "already" done is the
  // reason given for refusing ("each referral is already recorded ... so a separate document would duplicate").
  // "The force will therefore keep its present arrangement": what that arrangement does is why it refuses.
  const keepsItsOwn = scored.some((s) => KEEPS_ITS_OWN.test(s.sentence));
  const givenAsReason = (s: Scored) =>
    s.rated ||
    keepsItsOwn ||
    (/\balready\b/i.test(s.sentence) && s.signals.get('complete')?.by !== 'says the recommendation is met');
  const notTheWork = (s: Scored) =>
    s.signals.get('complete')?.by === NOT_THE_WORK_ASKED || (D >= 3 && givenAsReason(s));
  const doneSince = C - total(scored.filter(notTheWork), 'complete');

  // Declining the recommendation outright decides the cell, whatever the force goes on to say it does.
  // A refusal of one step while waiting on another body ("has chosen not to brief officers twice") is not
  // a refusal of the recommendation: the plan outweighs it.
  // Refusals that outweigh everything else said ("has decided not to adopt this recommendation" beside an
  // older course all officers took) decide it too.
  if (
    (D >= 3 && doneSince === 0 && D > F + U) ||
    (D >= 6 && D > doneSince + F + U) ||
    (D > 0 && P + C + W === 0 && D > F)
  ) {
    return { status: 'Not accepted', clarity: balance(D, F), evidence: pick(scored, ['declined']) };
  }
  if (C > 0) {
    if (R === 0 && F === 0)
      return {
        status: 'Complete',
        clarity: balance(C, P / 2),
        evidence: pick(scored, ['complete', 'in-place']),
      };
    return {
      status: 'In progress',
      clarity: 0.8,
      evidence: pick(scored, ['complete', 'progress', 'remaining']),
    };
  }
  if (P === 0 && F === 0) {
    if (W > 0) return { status: 'In progress', clarity: 0.65, evidence: pick(scored, ['in-place']) };
    // "Noted. An update will follow in the next return": reporting on work nobody has described is not a plan.
    if (U > 0 && A === 0) return { status: 'Planned', clarity: 0.6, evidence: pick(scored, ['follow-up']) };
    return {
      status: 'Acknowledged',
      clarity: A > 0 ? 0.8 : 0.6,
      evidence: A > 0 ? pick(scored, ['accepted']) : sentences.slice(0, 1),
    };
  }
  const started = P + W / 2;
  const promised = F + U;
  // Where the words describe only what is to come, a force's own "On track" or colour does not make it begun.
  const saidStarted = P - rated + W;
  if (started >= promised / 2 && (saidStarted > 0 || promised === 0)) {
    return {
      status: 'In progress',
      clarity: balance(started, promised / 2),
      evidence: pick(scored, ['progress', 'in-place']),
    };
  }
  return {
    status: 'Planned',
    clarity: balance(started, promised / 2),
    evidence: pick(scored, ['planned', 'follow-up']),
  };
}
