import { COUNT_IN_WORDS, countInWords } from '../../text/numbers';

/**
 * What a sentence says about the state of the work, read from its grammar rather than from stock phrases:
 * perfect and progressive verb groups mean started, "will" and verbs of intention mean planned, claims of
 * completion mean complete, and so on. Each detector is small and named; the list is the configuration.
 */
export type SignalKind =
  'declined' | 'complete' | 'in-place' | 'progress' | 'planned' | 'follow-up' | 'remaining' | 'accepted';

export interface Detector {
  name: string;
  kind: SignalKind;
  weight: number;
  /** Receives the sentence in lower case, with curly quotes already made straight. */
  test(s: string): boolean;
}

const re = (pattern: RegExp) => (s: string) => pattern.test(s);

const INTENT_ING = new Set([
  'looking',
  'seeking',
  'aiming',
  'planning',
  'intending',
  'hoping',
  'proposing',
  'considering',
  'exploring',
  'expecting',
  'anticipating',
  'going',
  'preparing',
  'wanting',
  'wishing',
  'scoping',
  'waiting',
  'awaiting',
  'reviewing',
  'assessing',
  'examining',
]);
/** Work put off or held up: said in the perfect, but no step forward. */
const SETBACK = new Set([
  'relied',
  'depended',
  'slipped',
  'delayed',
  'postponed',
  'deferred',
  'paused',
  'stalled',
  'halted',
  'suspended',
]);
/** Places booked, dates arranged: the work itself is still to come. */
const PROSPECTIVE = new Set([
  'lodged',
  'booked',
  'scheduled',
  'arranged',
  'timetabled',
  'planned',
  'pencilled',
  'penciled',
  'secured',
  'reserved',
  'allocated',
  'requested',
  'approached',
  'contacted',
  'enquired',
  'applied',
  'timed',
  'tasked',
  'charged',
  'committed',
  'pledged',
  'promised',
  'offered',
  'costed',
  'budgeted',
  'scoped',
  'earmarked',
  'shortlisted',
]);
/** "has agreed that...", "has been decided to...": a decision about work, not the work. */
const DECISION = new Set([
  'directed',
  'instructed',
  'agreed',
  'decided',
  'resolved',
  'determined',
  'approved',
  'endorsed',
  'minuted',
  'ratified',
  'authorised',
  'settled',
  'signed',
  'chosen',
  'opted',
  'elected',
]);
/** A time still to come: a decision that names one is about work that has not begun. */
const FUTURE_TIME =
  /\b(?:next|forthcoming|upcoming|(?:with\s+effect\s+)?from\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|next|the\s+(?:autumn|spring|new\s+year))|starting\s+in|in\s+(?:the\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:2026|2027)|in\s+the\s+(?:new\s+year|coming)|(?:2026|2027)\s+(?:training\s+)?(?:calendar|year|programme)|due\s+(?:in|to|by)|target|by\s+the\s+end\s+of|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:[\w-]+\s+)?release)\b/;
const DECIDED_IN_PERFECT = new RegExp(
  `\\b(?:has|have|had)\\s+(?:been\\s+)?(?:${[...DECISION].join('|')})\\b`,
);
const decidedForLater = (verb: string, text: string) => DECISION.has(verb) && FUTURE_TIME.test(text);
/** "a target of 90% by April" sets a goal; "54% of the target cohort" counts the done. */
/** "the target roles", "the target cohort": the people the work is for, not a goal. */
const TARGET_PEOPLE =
  '(?!\\s+(?:group|groups|audience|cohort|cohorts|population|roles?|officers|staff|posts?|teams?)\\b)';
const TARGET = new RegExp(`\\b(?:target|aim)\\b${TARGET_PEOPLE}`);
const COGNITION = new Set([
  'rated',
  'graded',
  'touched',
  'pleased',
  'delighted',
  'encouraged',
  'reassured',
  'disappointed',
  'concerned',
  'surprised',
  'interested',
  'satisfied',
  'varied',
  'identified',
  'recognised',
  'recognized',
  'acknowledged',
  'noted',
  'considered',
  'highlighted',
  'found',
  'observed',
  'accepted',
  'welcomed',
  'supported',
  'understood',
  'learned',
  'learnt',
  'reflected',
  'seen',
  'shown',
  'said',
  'stated',
  'reported',
  'asked',
  'told',
  'informed',
  'commended',
  'known',
  'felt',
  'thought',
  'suggested',
  'recommended',
  'argued',
  'been',
  'raised',
  'advised',
  'confirmed',
  'assured',
  'indicated',
  'discussed',
  'explained',
  'mentioned',
  'concluded',
  'proved',
  'proven',
  'benefited',
  'benefitted',
]);
/** What is done to the people the crime concerns ("signs that a person has been smuggled"), not the force's work. */
const OFFENCE = new Set(['smuggled', 'trafficked', 'exploited', 'abused', 'harmed', 'coerced', 'concealed']);
const IRREGULAR = new Set([
  'risen',
  'grown',
  'begun',
  'done',
  'undertaken',
  'taken',
  'given',
  'written',
  'built',
  'run',
  'set',
  'put',
  'held',
  'made',
  'sent',
  'brought',
  'taught',
  'met',
  'led',
  'grown',
  'drawn',
  'spent',
  'won',
  'become',
  'come',
  'gone',
  'kept',
  'got',
  'gotten',
  'chosen',
  'driven',
  'overseen',
  'rewritten',
  'sought',
  'spread',
  'bought',
  'laid',
  'paid',
  'begun',
  'rolled',
]);

/** Words that open a clause describing a thing or a question ("how they will fit"), not the force's work. */
const RELATIVE_WORDS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'how',
  'whether',
  'why',
  'where',
]);

/** Verb groups inside a relative clause describe a thing, not what the force does: "guidance that will regulate". */
/** Verbs whose "that" opens what was decided or promised ("has agreed that the course will run"). */
const COMPLEMENT_TAKERS = new Set(
  'agreed decided resolved determined confirmed assured ensure ensured committed promised undertaken expects means me us him her'.split(
    ' ',
  ),
);

function inRelativeClause(s: string, index: number): boolean {
  const from = Math.max(0, index - 50);
  const words = s.slice(from, index).trim().split(/\s+/);
  for (let k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
    const w = words[k];
    if (!RELATIVE_WORDS.has(w)) continue;
    // "A force order to that effect will be published": an idiom, not a relative clause.
    if (w === 'that' && words[k + 1] === 'effect') continue;
    // "That profile is being refreshed": opening the sentence, "that" points, it does not relate.
    if (w === 'that' && k === 0 && s.slice(0, from).trim() === '') return false;
    return !(w === 'that' && COMPLEMENT_TAKERS.has(words[k - 1]?.replace(/,$/, '') ?? ''));
  }
  return false;
}

/** "Conversations have been encouraging": a judgement, not work under way. */
const EVALUATIVE_ING =
  /^(?:sobering|encouraging|disappointing|worrying|concerning|reassuring|striking|interesting|pleasing|troubling|alarming|surprising|compelling|challenging|promising|frustrating)$/;
/** Words in -ing that letters use as nouns as often as verbs: "the gap is training", "the issue is funding". */
const NOUN_ING = new Set([
  'training',
  'funding',
  'briefing',
  'policing',
  'safeguarding',
  'learning',
  'tasking',
  'offending',
]);

function progressiveVerbs(s: string): string[] {
  const out: string[] = [];
  const pattern =
    /\b(?:is|are|am|was|were|has been|have been|had been)\s+(?:(?:now|currently|already|also|actively|still|continuing|further|being)\s+){0,3}(\w+ing)\b/g;
  for (const m of s.matchAll(pattern)) {
    const end = (m.index ?? 0) + m[0].length;
    // "is discussing with Cheshire whether its suite could be used": a question still open, not work begun.
    if (
      /^(?:discussing|negotiating|talking)$/.test(m[1]) &&
      /^\s+(?:with\s+[^.;]{1,60}?\s+)?(?:whether|if|how)\b/.test(s.slice(end))
    )
      continue;
    // "The second is training for supervisors": a noun, naming the work, not doing it.
    if (NOUN_ING.has(m[1]) && /^\s*(?:$|[.;,:]|(?:for|on|about|of|and|or)\b)/.test(s.slice(end))) continue;
    if (!inRelativeClause(s, m.index ?? 0)) out.push(m[1]);
  }
  return out;
}

/** "is being implemented": a passive action under way; "concern that information is being lost" is not one. */
function passiveProgressive(s: string): boolean {
  for (const m of s.matchAll(
    /\b(?:is|are|was|were)\s+(?:(?:now|currently|also|still|actively|already|routinely|regularly|increasingly)\s+){0,2}being\s+(\w+)\b/g,
  )) {
    // "are being run", "is being held": irregular participles as well as the regular ones.
    if (!/(?:ed|en|t|wn)$/.test(m[1]) && !IRREGULAR.has(m[1])) continue;
    if (SETBACK.has(m[1]) || PROSPECTIVE.has(m[1]) || OFFENCE.has(m[1])) continue;
    if (!inRelativeClause(s, m.index ?? 0)) return true;
  }
  return false;
}

function perfectVerbs(s: string): Array<{ verb: string; after: string; before: string }> {
  const out: Array<{ verb: string; after: string; before: string }> = [];
  const pattern =
    /\b(?:has|have|had)\s+(?:(?:now|already|recently|also|successfully|just|since|previously|further|jointly|both)\s+){0,3}(?:been\s+)?(?:(?:now|already|recently|also|successfully|fully|further)\s+){0,2}(\w+)\b/g;
  for (const m of s.matchAll(pattern)) {
    // "expect to have settled", "would have preferred": a perfect in prospect, not a thing done.
    if (
      /\b(?:to|will|would|should|could|may|might|must|shall)\s+$/.test(
        s.slice(Math.max(0, (m.index ?? 0) - 12), m.index),
      )
    )
      continue;
    const end = (m.index ?? 0) + m[0].length;
    const start = m.index ?? 0;
    out.push({ verb: m[1], after: s.slice(end, end + 140), before: s.slice(Math.max(0, start - 80), start) });
  }
  return out;
}

/** "...into the autumn training cycle", "...into the supplier's release schedule for the autumn". */
const LATER = '(?:autumn|spring|summer|winter|next|new|forthcoming|coming|20\\d\\d(?:\\/\\d\\d)?)';
const TIMETABLE = '(?:cycle|calendar|programme|schedule|timetable|plan|year|term|release)';
const INTO_A_LATER_TIMETABLE = new RegExp(
  `^\\s+(?:[\\w-]+\\s+){0,5}?(?:into|in|on|onto|to)\\s+(?:the|its|our|their|a|an)\\s+(?:${LATER}\\s+(?:[\\w'’-]+\\s+){0,2}?${TIMETABLE}\\b|(?:[\\w'’-]+\\s+){0,4}?${TIMETABLE}\\b[^.;]{0,40}?\\b${LATER}\\b)`,
);

/** A national body as the subject just before a perfect ("...that the College of Policing has produced"). */
const NATIONAL_BODY_BEFORE =
  /\b(?:college(?:\s+of\s+policing)?|national\s+unit|msoicu|home\s+office|npcc|nca|national\s+crime\s+agency|inspectorate|hmicfrs)\s*$/;
/** A verb in the perfect that reports a step taken on the work itself. */
function perfectOfAction({ verb, after, before }: { verb: string; after: string; before: string }): boolean {
  // "a launch in October has been set": a date fixed for work to come.
  if (
    /^(?:set|agreed|fixed|confirmed|approved)$/.test(verb) &&
    !/^\s+up\b/.test(after) &&
    /\b(?:date|dates|launch|target|deadline|timetable|schedule|start)\b/.test(before)
  )
    return false;
  if (COGNITION.has(verb) || SETBACK.has(verb) || PROSPECTIVE.has(verb) || OFFENCE.has(verb)) return false;
  // "Conversations have been encouraging" judges talk; "uptake has been encouraging" reports people taking part.
  if (
    EVALUATIVE_ING.test(verb) &&
    !/\b(?:uptake|take-up|attendance|completion|completions|progress)\s+(?:so\s+far\s+)?$/.test(before)
  )
    return false;
  // "the inspectorate's concern that intelligence has gone missing": the problem described, not a step taken.
  if (/\b(?:concerns?|worry|worries|fears?|risk)\s+that\s+(?:[\w'’-]+\s+){0,6}$/.test(before)) return false;
  // "the package the College of Policing and the national unit have produced": their work, not the force's.
  if (NATIONAL_BODY_BEFORE.test(before)) return false;
  // "A decision has been taken to...", "time has been set aside for...": the work is still to come.
  if (
    /^(?:taken|made)$/.test(verb) &&
    /\bdecision\s+$/.test(before.replace(/\s+(?:has|have)\s+(?:now\s+)?$/, ' '))
  )
    return false;
  if (verb === 'set' && /^\s+aside\b/.test(after)) return false;
  // "has set itself a target of December", "has set out its intention to produce": work still to come.
  if (
    verb === 'set' &&
    /^\s+(?:(?:itself|themselves)\s+an?\s+(?:target|deadline|date)|out\s+(?:its|their|the|our)\s+(?:intention|plan|aim|ambition|proposal))\b/.test(
      after,
    )
  )
    return false;
  // "The Head of Crime has been named as the owner": who will do the work, not the work.
  if (
    /^(?:named|nominated|appointed|designated)$/.test(verb) &&
    /^\s+(?:[\w-]+\s+){0,4}?as\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:owner|lead|sponsor|champion|single\s+point\s+of\s+contact|spoc)\b/.test(
      after,
    )
  )
    return false;
  // "has set the end of November as the date by which...": a deadline fixed for work to come.
  if (
    /^(?:set|fixed|agreed|chosen)$/.test(verb) &&
    /^\s+(?:[\w-]+\s+){0,6}?as\s+(?:the\s+|its\s+)?(?:date|deadline|target)\b/.test(after)
  )
    return false;
  // "...has been approved for the platform but has not been released": a go-ahead for what has not happened.
  if (
    DECISION.has(verb) &&
    (/^\s+(?:\w+\s+){0,3}?to\s|\bthat\b|^\s+against\b/.test(after) ||
      FUTURE_TIME.test(after) ||
      /^[^.;]{0,80}?\bbut\s+(?:(?:has|have|is|are)\s+not|not\s+yet)\b/.test(after))
  )
    return false;
  // "has approved the introduction of a mandatory submission": the thing approved is still to come.
  if (
    DECISION.has(verb) &&
    /^\s+(?:the\s+)?(?:introduction|adoption|creation|establishment|purchase|procurement|roll-?out|development)\s+of\b/.test(
      after,
    )
  )
    return false;
  // "has undertaken to report completion each quarter": a promise, not a step.
  if (/^(?:undertaken|pledged|promised)$/.test(verb) && /^\s+to\s/.test(after)) return false;
  // "has agreed a new approach": a decision about how the work will be done, not the work.
  if (
    DECISION.has(verb) &&
    /^\s+(?:a|an)\s+(?:new\s+|revised\s+|different\s+)?(?:approach|arrangement|change|process|procedure|way\s+of\s+working)\b/.test(
      after,
    )
  )
    return false;
  // "has made clear that...": said, not done.
  if (verb === 'made' && /^\s+(?:it\s+)?(?:clear|plain|known)\b/.test(after)) return false;
  // "A request has gone to the unit" moved a letter, not the work; "has gone live" did.
  if (verb === 'gone' && /^\s+(?:to|back)\b/.test(after)) return false;
  // "has put in a change request": a request to someone else, who has the work to do.
  if (
    /^(?:put|submitted|raised|lodged|made|sent)$/.test(verb) &&
    /^\s+(?:in\s+)?(?:a|an|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:request|bid|application)\b/.test(after)
  )
    return false;
  // "has put the modules into the autumn training cycle": a place in a timetable still to come.
  if (/^(?:put|placed|added|included|slotted|built)$/.test(verb) && INTO_A_LATER_TIMETABLE.test(after))
    return false;
  // "has given each recommendation proper thought": considered, not done.
  if (
    verb === 'given' &&
    /^[^.;]{0,40}?\b(?:thought|consideration|attention|regard|commitment|assurance|undertaking|promise|word)\b/.test(
      after,
    )
  )
    return false;
  // "has written to the NPCC lead": a letter sent, not the work.
  if (verb === 'written' && /^\s+to\b/.test(after)) return false;
  if (/^(?:no|some|any|every)thing$/.test(verb)) return false;
  return verb.endsWith('ed') || IRREGULAR.has(verb) || verb.endsWith('ing');
}

/** Where the first "will" of a main clause stands, or -1: "guidance that will regulate" does not count. */
function mainClauseWillAt(s: string): number {
  for (const m of s.matchAll(
    /\b(?:will|shall)\b(?!\s+not\b)(\s+(?:not\s+only\s+|also\s+|further\s+|then\s+|in due course\s+|continue\s+to\s+)?(\w+))?/g,
  )) {
    const verb = m[2] ?? '';
    if (/^(?:help|helps|benefit|enable|allow|mean|assist|contribute)$/.test(verb)) continue;
    // "...which our detectives will know from their careers": a future of certainty, not of work; but "will
    // know how far short it falls" waits on something to come.
    const end = (m.index ?? 0) + m[0].length;
    if (
      /^(?:know|recognise|recognize|appreciate|understand|recall|remember)$/.test(verb) &&
      !/^\s+(?:how|whether|if|what|when|which|who)\b/.test(s.slice(end))
    )
      continue;
    if (inRelativeClause(s, m.index ?? 0)) continue;
    return m.index ?? 0;
  }
  return -1;
}

const mainClauseWill = (s: string) => mainClauseWillAt(s) >= 0;

/** "...and intends to check compliance through the audit the bureau already runs": an intention's scope, like a will's. */
const INTENDS_TO =
  /^((?:[\w'’-]+\s+){0,6}?)(?<!\b(?:the|its|our|their|clear|a|an|any|no|of|for|to)\s)(intends|intend|plans|plan|aims|aim|means|proposes|propose|hopes|hope)\s+to\b/;
/** Words that open a title as nouns ("Plans to collect, analyse and share ...") but a later clause as verbs. */
const NOUN_FIRST = /^(?:plans|plan|aims|aim|means|hopes|hope)$/;
function prospectAt(clause: string, opensSentence: boolean): number {
  const willAt = mainClauseWillAt(clause);
  if (willAt >= 0) return willAt;
  const lead = clause.length - clause.trimStart().length;
  const intends = INTENDS_TO.exec(clause.trimStart());
  if (!intends || (opensSentence && !intends[1] && NOUN_FIRST.test(intends[2]))) return -1;
  return lead + intends[1].length;
}

/** Checking, reviewing or reporting on work: what comes after work, not work still to do. */
const FOLLOW_UP =
  /\b(?:will|shall)\s+(?:now\s+|also\s+)?(?:form|be)\s+(?:a\s+)?part\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:routine|regular|normal|ongoing|usual|monthly|quarterly|business[- ]as[- ]usual)\s+(?:[\w-]+\s+)?(?:reporting|monitoring|scrutiny|assurance|audit|reviews?|checks?)\b|\b(?:further\s+)?(?:updates?|progress\s+reports?)\s+(?:[\w-]+\s+){0,4}?(?:will|shall)\s+(?:also\s+)?be\s+(?:published|posted|provided|given|shared|made\s+available)\b|\b(?:will|shall)\s+(?:continue\s+to\s+|then\s+|also\s+|in due course\s+|simply\s+|just\s+)?(?:be\s+)?(?:carry\s+on|go\s+on|monitor|monitored|review|reviewed|report|reported|audit|audited|track|tracked|scrutinise|scrutinised|overseen|oversee|evaluate|evaluated|looked at again|revisited|refreshed|keep|kept|maintain|maintained|sustain|sustained|retain|retained|stay|remain|(?:give|provide|send|supply|issue)\s+(?:a\s+|an\s+)?(?:further\s+|full\s+|fuller\s+)?(?:update|progress\s+report))\b/;

export const DETECTORS: Detector[] = [
  {
    name: 'declines the recommendation',
    kind: 'declined',
    weight: 3,
    test: re(
      /\b(?:has|have|had)\s+(?:decided|determined|concluded|resolved)\s+that\s+(?![^.;]*\b(?:until|unless|pending|before|for\s+now|for\s+the\s+time\s+being)\b)[^.;]{0,60}?\b(?:will|would|should)\s+not\b|\b(?:does|do|did|will|shall|can|could|would)(?:\s+(?:therefore|thus|also|now|still|currently))?\s*(?:not|n't)(?:\s*,?\s*(?:however|therefore|though|currently|at present)\s*,?)?\s+(?:be\s+)?(?:accept|support|agree|implement|adopt|pursu|introduc|progress|prioriti[sz]|take\s+up|taken\s+up)\w*|\b(?:not|n't)\s+(?:be\s+)?tak(?:e|ing)\s+(?:[\w'’-]+\s+){1,3}?forward\b|\b(?:not|n't)\s+(?:be\s+)?(?:accepted|supported|agreed|adopted|implemented)\b|\b(?:rejects?|rejected|declines?|declined)\b|\bdecision\s+not\s+to\s+(?:implement|adopt|accept|take|pursue|progress|introduce|proceed|roll)\b|\b(?:chosen|chose|decided|decides|elected|opted|opts)\s+(?:not\s+to|against)\b|\b(?:unable|not\s+able|not\s+in\s+a\s+position)\s+to\s+(?:accept|support|agree\s+to|implement|adopt)\b|\b(?:does|do)\s+not\s+(?:consider|regard|think|believe|see)\s+(?:[\w-]+\s+){0,6}?(?:necessary|proportionate|appropriate|needed|required|justified)\b|\b(?:is|are)\s+not\s+being\s+(?:pursued|progressed|taken\s+forward|implemented|adopted)\b|\b(?:would|will|is|are)\s+not\s+be\s+(?:proportionate|appropriate|necessary|practical|feasible|justified)\b|\bnot\s+(?:be\s+)?(?:proportionate|justified)\s+to\b|\bdisagrees?\b|\b(?:does|do|did)\s*(?:not|n't)\s+(?:therefore\s+|currently\s+|now\s+)?(?:intend|plan|propose)\s+to\b|\b(?:will|does|do|shall)\s+not\s+(?:require|mandate|oblige|compel)\s+(?:its|our|their|the)\s+(?:\w+\s+){0,3}?to\b|\b(?:take|takes|taken|took|taking)\s+a\s+different\s+view\b|\bno\s+(?:plans?|intention)\s+to\b|\b(?:will|shall)\s+(?:therefore\s+|now\s+|also\s+|still\s+)?not\s+(?:be\s+)?(?:putting|sending|enrolling|mandating|requiring|producing|developing|writing|duplicating|adopting|assigning|using|drawing\s+up|preparing|creating|introducing|draw\s+up|prepare|create|introduce|put|send|enrol|mandate|require|produce|develop|write|duplicate|adopt|assign|sent|enrolled|required|mandated|produced|developed|written|adopted|assigned|(?:making|make)\s+(?:[\w-]+\s+){0,5}?(?:mandatory|compulsory))\b(?![^.;]*\b(?:until|unless|before|yet|for\s+now|in\s+the\s+meantime)\b)|\b(?:is|are)\s+not\s+(?:appropriate|proportionate|necessary|feasible|required)\b/,
    ),
  },
  {
    name: 'says the recommendation is met',
    kind: 'complete',
    weight: 3,
    test: (s) =>
      JUDGED_MET.test(s) ||
      NOTHING_LEFT_OF_IT.test(s) ||
      /\b(?:considers?|regards?|deems?|judges?)\s+(?:the\s+)?(?:inspectorate's\s+|report's\s+)?(?:expectations?|requirements?)\s+(?:to\s+(?:be|have\s+been)\s+|as\s+)?(?:fully\s+)?(?:met|satisfied|fulfilled|delivered)\b/.test(
        s,
      ) ||
      /\b(?:compliant|complies|comply)\s+with\s+(?:this|the)\s+recommendation\b|\b(?:answers|meets|satisfies|delivers|fulfils|does)\s+(?:what|everything|all\s+that)\s+(?:the\s+)?(?:inspectorate|report|recommendation|hmicfrs|inspectors)\s+(?:asked|asks|called|calls)(?:\s+for)?\b|\b(?:already|now|fully)\s+meets?\s+(?:this|the)\s+recommendation\b|(?<!\b(?:not|never|yet|n't)\s+(?:\w+\s+)?)(?<!\b(?:how|whether|if|when|until|once)\s+(?:[\w'’-]+\s+){0,3})\b(?:met|meets)\s+(?:this|the)\s+(?:recommendation|requirement)(?!\s+(?:in\s+part|partly|partially))\b|\b(?:we|it|the force|the constabulary)\s+(?:is|are)\s+(?:now\s+)?(?:fully\s+)?compliant\b|\b(?:regards?|considers?|deems?|treats?|judges?)\s+(?:(?:this\s+|the\s+|that\s+)?recommendation(?:\s+\w+)?|this|it)\s+(?:as\s+|to\s+be\s+|to\s+have\s+been\s+)?(?:already\s+|now\s+)?(?:fully\s+)?(?:met|delivered|complete|completed|discharged|achieved|closed|implemented|satisfied|fulfilled)\b|\b(?:regards?|considers?|deems?|treats?|judges?|reports?|reported|records?|recorded|marks?|marked|lists?|listed|assess(?:es|ed)?|rate[sd]?)\s+(?:this|that|the)\s+(?:[\w-]+\s+){0,5}?as\s+(?:now\s+)?(?:fully\s+)?(?:met|delivered|complete|completed|discharged|achieved|closed|implemented|satisfied|addressed)\b|\b(?:this|the)\s+recommendation\s+(?:can|may)\s+(?:now\s+)?(?:be\s+)?(?:regarded|considered|treated|deemed|judged)\s+(?:as\s+)?(?:now\s+)?(?:fully\s+)?(?:met|achieved|complete|completed|discharged|closed|delivered|implemented)\b|\b(?:this|the)\s+recommendation\s+(?:has\s+(?:now\s+|already\s+)?been\s+|(?:is|was)\s+(?:now\s+|already\s+)?)(?:fully\s+)?(?:complete|completed|implemented|achieved|met|discharged|closed|delivered|addressed|satisfied)\b|\bfully\s+(?:implemented|complete|completed|compliant|achieved|met|in place|embedded|delivered|discharged)\b|\b(?:requirement|recommendation|action|it|this(?:\s+one)?)\s+(?:is|has been)\s+(?:now\s+)?(?:fully\s+)?met(?:\s+in\s+full)?\b|\b(?:met|delivered|implemented|achieved|satisfied|fulfilled|discharged)\s+in\s+full\b|\b(?:meets?|satisf(?:y|ies)|fulfils?)\s+(?:them|it|these|those|its\s+terms)\s+in\s+full\b|\b(?:has|have)\s+(?:now\s+|already\s+|fully\s+)*(?:met|completed|implemented|delivered|discharged|achieved|closed|satisfied|fulfilled)\s+(?:(?:this|the)\s+recommendation|recommendation\s+\d{1,2})\b|(?<!\b(?:how|whether|if|when|until|once)\s+(?:[\w'’-]+\s+){0,3})\b(?:meets|meet|satisfies|satisfy|fulfils|fulfil|answers|answer)\s+(?:(?:the|all\s+the)\s+(?:terms|requirements?|intent|aims?)\s+of\s+)?(?:this|the)\s+recommendation\b|\b(?:fully|completely)\s+(?:meets|satisfies|fulfils|answers|addresses)\s+(?:this|the)\s+recommendation\b|\b(?:gap|issue|action|recommendation)\s+(?:was|has\s+been)\s+(?:closed|addressed)\b|\b(?:delivered|completed|achieved|met)\s+(?:well\s+)?(?:ahead\s+of|before|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?deadline\b|\bno\s+(?:further\s+|outstanding\s+)?actions?\s+(?:remain|remaining|are|is)\s+(?:open|outstanding)\b|^no\s+(?:further|outstanding|remaining|open)\s+actions?(?:\s+(?:required|needed|outstanding|remain(?:ing)?))?\.?$|\b(?:what|everything|all\s+that)\s+(?:the\s+|this\s+)?(?:inspectorate|inspectors|report|recommendation|hmicfrs)\s+(?:asked|asks|required|requires|wanted|called)\s+(?:for\s+)?(?:has\s+been|is)\s+(?:now\s+|already\s+)?(?:achieved|done|delivered|met|in\s+place)\b|\b(?:found|showed|shows|confirmed)\s+(?:that\s+)?(?:each|every)\s+(?:one|referral|case)\s+(?:had|has|was|carried|included)\b|\boutcome\b[^.;]{0,60}\b(?:has\s+been|is)\s+(?:achieved|delivered|met)\b|^(?:this(?:\s+one)?|it|that|the\s+work)\s+(?:is|has\s+been)\s+(?:now\s+)?done\b|(?:^|:\s*)(?:this|it)\s+(?:has\s+(?:now\s+)?been|is)\s+(?:now\s+)?(?:fully\s+)?(?:achieved|met|completed|delivered|implemented|complete)\b|\b(?:meets?|met)\s+(?:what|all|everything)\b[^.;]{0,60}\b(?:asks?|asked|requires?|required|wants?)\b|\balready\s+(?:answered|met|fulfilled|satisfied)\b|\bsatisfied\s+that\s+(?:it|this|the\s+\w+)\s+(?:delivers|meets|fulfils|satisfies|achieves|answers)\b|\b(?:closed|signed off)\s+(?:this|the)\s+(?:action|recommendation|item)\b|\bnothing\s+(?:now\s+)?(?:remains|is|left)\s+(?:outstanding|to\s+(?:do|be\s+done))\b|\b(?:every|each|all)\s+(?:of\s+the\s+)?(?:actions?|steps?|measures?|elements?|parts?|requirements?)\b[^.;]{0,60}?\b(?:has|have)\s+(?:now\s+)?been\s+(?:completed|done|delivered|met|implemented|taken)\b|\b(?:is|are|has been|have been)\s+(?:now\s+)?(?:complete|finished)\b/.test(
        s,
      ),
  },
  {
    name: 'says everyone concerned has done it',
    kind: 'complete',
    weight: 3,
    test: re(
      /^(?:all\s+)?(?:the\s+|our\s+|its\s+)?relevant\s+(?:personnel|staff|officers)\s+(?:(?:have|had)\s+(?:now\s+|all\s+)?)?(?:completed|attended|undertaken|finished|done)\b|\b(?:nothing|no)\s+(?:further|more|else|additional)\s+(?:\w+\s+){0,4}?(?:is\s+|are\s+|remains\s+)?(?:required|needed|outstanding|necessary|to do|to\s+be\s+done|recorded|open)\b|\b(?:everyone|everybody|every\s+(?:single\s+)?(?:person|individual))\b[^.;]{0,60}?\b(?:has|have)\s+(?:now\s+|already\s+)?(?:completed|attended|done|finished|passed)\b|\bsigned\s+(?:this\s+|the\s+)?recommendation\s+off\b|\bsigned\s+off\s+(?:this\s+|the\s+)?recommendation\b|\b(?:full|complete|100\s?%)\s+(?:compliance|completion)\b|\b(?:there\s+(?:are|is)|with)\s+no\s+(?:outstanding|open|remaining)\s+(?:actions?|work|items?|tasks?)\b|\b(?:all|every|each)\s+(?:of\s+)?(?:our\s+|the\s+)?(?:relevant\s+|eligible\s+|frontline\s+|front-line\s+|identified\s+)*(?:[\w,-]+\s+){0,4}?(?:officers?|staff|people|individuals|personnel|supervisors?|inspectors?|sergeants?|employees?|colleagues?|members?|roles?|detectives?|analysts?|investigators?|constables?|pcsos?|commanders?|handlers?)\b[^.;]{0,300}?\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|successfully\s+)*(?:completed|undertaken|received|attended|been\s+trained|been\s+through|gone\s+through|finished|passed|taken\s+part(?:\s+in)?|done\s+so)|completed|attended|finished|went\s+through|passed|took\s+part\s+in)\b|\b(?:every\s+one|all)\s+of\s+(?:them|those|these)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:now\s+)?(?:been\s+through|completed|attended|done|finished|passed)\b|\b(\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\1\b[^.;]{0,60}?\b(?:(?:has|have|had)\s+(?:now\s+)?)?(?:completed|attended|finished|passed|done|been\s+through)\b|\b(?:all|every\s+one\s+of\s+the)\s+[\d,]+\s+(?:[\w-]+\s+){0,4}?(?:have\s+|had\s+)?(?:now\s+)?(?:completed|finished|attended|passed|went\s+through|been\s+through)\b|\b(?:has|have|had)\s+(?:now\s+)?been\s+(?:completed|undertaken|attended|done|finished|passed)\s+by\s+(?:all|every|each|everyone|everybody|the\s+whole)\b|\b100\s?(?:%|per\s?cent)[^.;]{0,60}?\b(?:complete|completed|completion|compliance|compliant|trained)\b|\b(?:completion|compliance)\s+(?:rate\s+)?(?:is|of|at|stands at|was|reached|has\s+reached|hit)\s+100\s?(?:%|per\s?cent)|\bin\s+(?:all|every|each)\s+(?!such\b)(?:[\w-]+\s+)?(?:case|referral|instance)s?\b|\bin\s+(\d+)\s+(?:out\s+)?of\s+(?:the\s+)?\2\b|\bin\s+every\s+case\b/,
    ),
  },
  {
    name: 'says something is in place',
    kind: 'in-place',
    weight: 1,
    test: re(
      /\b(?:is|are)\s+(?:now\s+)?(?:[\w-]+,\s+)*(?:[\w-]+\s+and\s+)?(?:operating|in\s+operation)\b|\b(?:(?:is|are|remains?|was)|(?:has|have)\s+(?:now\s+|already\s+)?been)\s+(?:now\s+|already\s+|fully\s+|firmly\s+|well\s+){0,2}(?:in place|established|embedded|operational|in use|in force|live|business as usual)\b|\b(?:is|are)\s+now\s+(?:\w+ly\s+)?(?:used|linked|available|included|built\s+in(?:to)?|integrated|incorporated|part\s+of)\b|\b(?:is|are)\s+(?:now\s+)?(?:assigned\s+and\s+)?(?:mandatory|compulsory)\b|\b(?:now|routinely|regularly)\s+[a-z]+(?:s|es)\b[^.;]{0,100}?\b(?:(?:each|every)\s+(?:week|month|day|fortnight|quarter)|weekly|monthly|daily|fortnightly)\b|\b(?:officers|inspectors|sergeants|staff|supervisors|teams|personnel|detectives)\s+(?:are|were)\s+(?:now\s+|already\s+|all\s+)?(?:trained|briefed)\b|^(?:[\w-]+\s+){0,3}?(?:officers|inspectors|sergeants|staff|supervisors|teams|analysts|detectives|controllers|handlers)\s+now\s+(?!(?:has|have|had|is|are|was|were|will|would|need|needs|must|should|plans?|intends?|expects?|aims?|wants?|hopes?|know|knows|understand|recognise)\b)[a-z]{3,}\b|(?<!\b(?:be|go|goes|going)\s+)\bnow\s+live\b(?!\s+(?:from|on|in)\b)|^(?:[\w-]+\s+){1,10}?(?<!\b(?:go|goes|going|be)\s)live\s+(?:and\s+in\s+use|on|in|since|from|across)\b|(?<!\bto\s)\b(?:has|have)\s+(?:a|an|its|their|our|the|its own)\s+[^.;]{0,60}?\b(?:in place|already established)\b(?!\s+to\b)|\bsince\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:early|late|mid)[\s-]+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|20\d\d|last\s+(?:year|month))\b|\balready\s+(?:(?:has|have)\b(?!\s+to\b)|established|embedded|in place|exists?|operates?|uses?|adheres?|complies|comply|process(?:es)?|shares?|holds?|runs?|delivers?|provides?|records?|flags?|submits?|works?|follows?)\b/,
    ),
  },
  {
    name: 'a started action in the perfect',
    kind: 'progress',
    weight: 1,
    test: (s) =>
      perfectVerbs(s).some(perfectOfAction) ||
      /(?<!\bto\s)\b(?:has|have)\s+(?:now\s+|all\s+)?been\s+through\s+(?:it|them|(?:(?:the|an?|its|our|their)\s+)?(?:[\w-]+\s+){0,2}?(?:course|exercise|training|package|programme|sessions?|modules?|scenarios?|hydra|e-learning))\b/.test(
        s,
      ),
  },
  {
    name: 'an action under way in the progressive',
    kind: 'progress',
    weight: 1,
    test: (s) =>
      passiveProgressive(s) ||
      progressiveVerbs(s).some(
        (v) =>
          !INTENT_ING.has(v) &&
          !/^(?:being|nothing|something|everything|outstanding)$/.test(v) &&
          !EVALUATIVE_ING.test(v),
      ),
  },
  {
    name: 'a marker of work begun or part done',
    kind: 'progress',
    weight: 2,
    test: re(
      /\bdraft\b[^.;]{0,120}?\b(?:is|are|sits)\s+(?:now\s+)?with\s+(?:the\s+)?[\w-]+|\b(?:an?|the|first)\s+draft\s+(?:[\w-]+\s+){0,4}?(?:now\s+|already\s+)?(?:exists|is\s+in\s+place)\b|^(?:an?\s+|the\s+)?draft\s+(?:[\w-]+\s+){0,3}?(?:plan|protocol|policy|guidance|procedure|strategy|agreement|profile|product|document|instruction)s?\s+(?:[\w.]+\s+)?(?:(?:is|sits)\s+)?(?:with|circulated|in\s+circulation|awaiting|for\s+(?:approval|sign-off|comment|consultation))\b|\b(?:in the process of|partially|partly|(?<!\b(?:shared|owned|held|funded|run|hosted|provided|staffed)\s)(?<!-)in part|(?:has|have|had|is|are|was|were)\s+already\s+(?:begun|started|commenced|underway|under way|\w+ed)|already\s+(?:begun|started|commenced|underway|under way)|(?:went|has gone|have gone)\s+live|came\s+into\s+(?:force|effect|use)|\b(?:is|are)\s+(?:now\s+)?(?:well\s+)?(?:under\s?way|ongoing)\b|(?:well|far)\s+advanced|at\s+an\s+advanced\s+stage|part[- ]?way through|half[- ]?way through|mid[- ]?way through|in draft|at (?:an? )?(?:final |late |advanced )?draft(?:ing)?(?: stage)?|in development|under development|(?<!\bkeeps?\s+(?:it|them|this|these|the\s+[\w-]+)\s+)under review|under consultation|out\s+(?:for|to)\s+consultation|being drafted|has\s+(?:already\s+)?(?:begun|commenced)|have\s+(?:already\s+)?(?:begun|commenced)|(?:^|[^s]\s)(?:work|activity|training|delivery|implementation|progress|roll[- ]out)\s+(?:is\s+|are\s+)?(?:now\s+)?(?:well\s+)?(?:underway|under way|ongoing|in progress)|to date|so far(?!\s+(?:ahead|in\s+advance|as|beyond))|thus far|starting to|beginning to|continues? to|continuing to|recently\s+\w+ed)\b/,
    ),
  },
  {
    name: 'an action done, in the past passive',
    kind: 'progress',
    weight: 1,
    test: (s) => {
      for (const m of s.matchAll(
        /\b(?:was|were)\s+(?:(?:also|then|first|successfully|formally|recently|all|both)\s+)?(\w+ed|set up|rolled out|made|held|given|sent|put|built|run|undertaken|taken|begun|written|taught|brought|signed off)\b/g,
      )) {
        const verb = m[1];
        if (COGNITION.has(verb) || SETBACK.has(verb) || PROSPECTIVE.has(verb)) continue;
        // "A request for two cohorts was made to the unit": asked of someone else, who has the work to do.
        if (/\b(?:request|bid|application|enquiry)\b[^.;]{0,60}$/.test(s.slice(0, m.index))) continue;
        const end = (m.index ?? 0) + m[0].length;
        if (DECISION.has(verb) && /^\s+to\s|\bthat\b/.test(s.slice(end, end + 80))) continue;
        // "A decision was taken in June that...": the decision is reported, not work done.
        if (
          /^(?:taken|made)$/.test(verb) &&
          /\bdecision\s+$/.test(s.slice(Math.max(0, (m.index ?? 0) - 12), m.index))
        )
          continue;
        if (decidedForLater(verb, s)) continue;
        // "This was agreed at the board": the decision is reported, not work done.
        if (
          DECISION.has(verb) &&
          /\b(?:this|it|that|decision|proposal|change)\s+$/.test(
            s.slice(Math.max(0, (m.index ?? 0) - 20), m.index),
          )
        )
          continue;
        if (!inRelativeClause(s, m.index ?? 0)) return true;
      }
      return false;
    },
  },
  {
    name: 'an action done, in the simple past with its object',
    kind: 'progress',
    weight: 1,
    test: re(
      /\b(?!(?:a|an|the|be|been|being|is|are|was|were|has|have|had|to|not|yet|never|newly|recently|fully|who|which|that)\b)[a-z)]+,?\s+(?:(?:also|then|successfully|recently|jointly)\s+)?(?:completed|attended|finished|(?:re-?)?(?:introduced|launched|issued|published|circulated)|implemented|delivered|appointed|trained|produced|created|established|set\s+up|hosted|assigned|adopted|commissioned|updated|mandated|added|began|started|ran|led|held|carried\s+out|changed|rewrote|redesigned|reconfigured|undertook|went\s+through|took\s+part\s+in|underwent|sent)\s+(?:the|a|an|its|their|all|our|this|these|those|new|two|three|four|five|six|\d+|(?:[\w-]+\s+)?(?:guidance|training|briefings?|instructions?|advice|reminders?))\b|(?<!\b(?:that|which|whom)\s+(?:[\w'’-]+\s+){0,6})\b(?:officers|inspectors|sergeants|supervisors|staff|detectives|personnel|constables|colleagues|people|members|analysts|leads|cohorts|groups|teams)\)?(?:,[^,;.]{1,120},)?\s+(?:took\s+part\s+in|attended|went\s+through|underwent)\s+(?!(?:by|to)\b)[a-z]|\b(?:began|started|commenced)\s+(?:in|on|during|last|at\s+the\s+(?:start|end|beginning))\s+(?:\d|the\b|of\b|last\b|early\b|late\b|mid\b|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b)|\b(?:began|started|commenced)\s+(?:to\s+\w+|\w+ing|(?:[\w-]+\s+){0,2}?(?:checks?|audits?|sessions?|training|briefings?|reviews?|monitoring|dip[- ]?samples?|spot[- ]checks?))\b|\b(?:went|was\s+sent|were\s+sent)\s+out\s+to\b|\bwent\s+(?:out\s+)?to\s+(?:all\s+|the\s+|our\s+|every\s+)?(?:[\w-]+\s+){0,2}?(?:teams|officers|staff|sergeants|inspectors|supervisors|call[- ]handlers|districts|stations|units|departments)\b|\b(?:finished|concluded|ended)\s+(?:in|on|at|during|by|last)\s+(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|the\s+(?:spring|summer|autumn|winter|end|first|second|last|week|month))|\b(?!(?:inspection|inspections|fieldwork|visit|visits|no|not)\b)[a-z]+\s+took\s+place\b|\b(?<!\bno\s+)(?:events?|sessions?|courses?|exercises?|cohorts?|briefings?|workshops?)\s+(?:ran|were\s+(?:held|run|delivered))\b/,
    ),
  },

  {
    name: 'part of the people or cases done',
    kind: 'progress',
    weight: 1,
    test: (s) =>
      !TARGET.test(s) &&
      /\b(?:[1-9]\d?(?:\.\d)?)\s?%|\b(?:\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|half|most|some|many|several|a\s+third|a\s+quarter|two-thirds|three-quarters)\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:\d+|twenty[\w-]*|thirty[\w-]*|forty[\w-]*|fifty[\w-]*|hundred)\s+(?:\w+\s+){0,4}?(?:officers|staff|inspectors|personnel|supervisors|referrals|people)\b/.test(
        s,
      ),
  },
  {
    name: 'future or conditional',
    kind: 'planned',
    weight: 1,
    test: mainClauseWill,
  },
  {
    name: 'intention, plan or expectation',
    kind: 'planned',
    weight: 1,
    test: re(
      /(?<!\b(?:not|n't|no)\s+)\b(?:intends?|intended|intention|means|meant|minded|(?<!\b(?:clear|the|its|our|their|any|robust|effective|for|of|on|about|regarding|concerning|with|has|have|had|develop|agreed|written|local|force)\s+)(?<!\()(?<!^\s*)plans?|planned|planning|aims?|aiming|proposes?|proposed|proposing|proposals?|looking|seeking|hopes?|hoping|expects?|expected|anticipates?|anticipated|aspires?|aspiration|committed|commits?|preparing|strategy|ambition|objective|goal)\s+(?:is\s+|are\s+|was\s+)?(?:currently\s+|first\s+|initially\s+|now\s+|also\s+)?(?:for\s+(?:(?!\b(?:which|that|who|what|how)\b)[^.;]){1,60}?\s+)?to\b(?!\s+(?:complement|reinforce|sit\s+alongside|fit\s+with|work\s+(?:together|alongside))\b)|\bscheduled\s+(?:for|to)\b|^(?:[\w'-]+\s+){1,6}?would\s+(?:then\s+|next\s+|subsequently\s+|in\s+turn\s+)?be\s+(?:built|developed|introduced|created|set\s+up|put\s+in\s+place|written|rolled\s+out|designed)\b|^(?![^.;]*\b(?:has|have|had|was|were)\b)[^.;]{0,80}?\bto\s+(?:attend|complete|receive|undertake|be\s+(?:trained|briefed))\b[^.;]{0,40}?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b[^.;]{0,20}?\b20\d\d\b|^(?:[\w'-]+\s+){1,4}?to\s+(?:go|be\s+(?:taken|presented|submitted|put))\s+(?:to|before)\b[^.;]{0,80}?\bfor\s+(?:formal\s+|final\s+)?(?:approval|sign[- ]off|agreement|ratification|endorsement)\b|^(?:[\w'-]+\s+){1,5}?to\s+go\s+(?:to|before)\b[^.;]{0,80}?\b(?:once|when|after|as\s+soon\s+as)\b|\b(?:goes|go)\s+(?:to|before)\s+(?:the\s+)?[^.;]{1,60}?\s+for\s+(?:formal\s+|final\s+)?(?:approval|sign[- ]off|agreement|ratification|endorsement)\b|\b(?:anticipates?|anticipated|envisages?|foresees?)\s+(?:[a-z]+ing)\b|^(?:[\w'-]+\s+){1,4}?to\s+(?:join|go\s+(?:on|onto|into)|move\s+(?:to|onto)|launch|start|begin|open|run)\b[^.;]{0,80}?\b(?:in|from|by|on)\s+(?:(?:early|late|mid)[\s-]+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d|the\s+(?:autumn|spring|summer|winter|new\s+year))\b|(?<!\b(?:will|to|not|never|n't)\s+)\b(?:go|goes)\s+live\b|\b(?:has|have|had)\s+scheduled\s+(?:[\w-]+\s+){1,5}?to\s+(?:go\s+live|launch|start|begin|open|run)\b|\b(?:has|have|had)\s+scheduled\s+(?:[\w,-]+\s+){1,12}?(?:for|from|in)\s+(?:(?:early|late|mid)[\s-]+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d|next|the\s+(?:autumn|spring|summer|winter|new\s+year))\b|\b(?:agreed|decided|resolved|determined)\b[^.;]{0,80}?\bthat\b[^.;]{0,80}?\bwould\s+(?:be\s+)?[a-z]+|\b(?:has|have)\s+been\s+(?:asked|invited|instructed)\s+to\b|\b(?:begins?|beginning|starts?|starting|commences?|commencing|launches?|launching|opens?)\s+(?:in|from|on|during|next|later)\s+(?:the\s+)?(?:autumn|spring|summer|winter|january|february|march|april|may|june|july|august|september|october|november|december|20\d\d|next|new\s+year)\b|^(?![^.;]*\b(?:reporting|reports?|updates?|monitoring)\b)(?:[\w'-]+\s+){1,10}?to\s+follow\b|^(?![^.;]*\b(?:reporting|reports?|updates?)\b)(?:(?!(?:nothing|yet|remains?|remain|still|has|have|had)\b|needs?\s+to\b)[\w'-]+\s+){0,6}?to\s+be\s+(?:\w+(?:ed|en)|built|made|put|set|run|held|sent|brought|done|taught)\b|\bshould\s+be\s+(?:done|completed|finished|in place|delivered|ready|live)\s+(?:by|before|within)\b|\b(?:intention|aim|plan|expectation|ambition|objective|goal)\s+is\s+(?:that|for)\b|^\s*(?:the\s+)?force\s+plans\s+to\b|\b(?:has|have|had)\s+(?:now\s+)?(?:settled|decided|agreed)\s+on\s+\w+ing\b|\b(?:is|are)\s+(?:now\s+)?(?:set|poised)\s+to\b|\bgoes\s+live\b|\bit\s+is\s+(?:the\s+[\w-]+(?:'s|s')|our|its|their|my)\s+(?:\w+\s+)?(?:intention|aim|plan|expectation|ambition|objective|goal|hope)\s+(?:that|to)\b|\b(?:anticipated|expected|planned|proposed|target|targeted|estimated)\s+(?:go[- ]live|date|completion|launch|start|delivery|timescale|timeframe)\b|\b(?:launch|go[- ]live|start|roll-?out|delivery|introduction)\s+(?:is\s+|was\s+)?(?:planned|scheduled|expected|targeted)\b|\bsubject\s+to\b|\bin\s+due\s+course\b|\bin\s+the\s+(?:coming|next|near)\b|\bforthcoming\b|\bupcoming\b|(?<!\balready\s+)\bgoing\s+to\s+(?!(?:the|a|an|all|each|every|our|its|their|this|that|these|those)\b)|\b(?:agreed|decided|resolved)\s+(?:\w+\s+){0,3}?to\s+(?!(?:this|the|that|these|those|it|all|each|every|its|our|their|a|an)\b)\w+|\b(?:agreed|decided|resolved|determined)\b(?:\s+(?:on|in|at|last)\s+[\w ]{1,30}?|\s+with\s+[^.;]{1,80}?)?\s+that\b[^.;]{0,150}?\b(?:would|should|will|shall)\b|\bit\s+is\s+(?:proposed|intended|planned|expected|anticipated)\s+that\b|\b(?:with|will\s+take|takes?)\s+effect\s+(?:from|on)\b|\b(?:has|have|had)\s+(?:now\s+|formally\s+)?(?:approved|agreed|endorsed|authorised|sanctioned)\s+(?:the\s+)?(?:introduction|adoption|creation|establishment|purchase|procurement|roll-?out|development)\s+of\b|\bdecision\s+(?:has\s+been|was)\s+(?:taken|made)\s+to\b|\b(?:approved|agreed|endorsed|accepted|supported)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:proposal|bid|business\s+case|request|recommendation\s+from\s+[^.;]{1,40}?)\s+to\b|\bdecision\s+(?:has\s+been|was)\s+(?:taken|made)\b[^.;]{0,80}?\bthat\b[^.;]{0,120}?\b(?:will|would)\b|\bset\s+aside\s+for\b|\b(?:launch|date|start|go-live)\s+(?:[\w-]+\s+){0,4}?(?:has|have)\s+been\s+(?:set|fixed|agreed)\b|\bplans?\s+(?:are|is)\s+(?:now\s+)?(?:underway|under way|being\s+(?:made|developed|drawn up))|\bin place to\s+\w+|\b(?:is|are)\s+(?:being\s+)?(?:considered|explored|scoped|discussed)\b|(?<!\b(?:if|what|which|how|where|whether)\s+(?:[\w'-]+\s+){0,6})\b(?:is|are)\s+to\s+be\s+\w+(?:ed|en)\b|\b(?:is|are)\s+to\s+(?:become|follow|start|begin|come|take\s+place|take\s+part|participate|attend|complete|receive|undertake|be\s+trained|go\s+live|launch|open|run|join)\b|(?<!\b(?:purpose|role|point|key|challenge|question|answer|effect|function|requirement|recommendation|job|duty|remit|task|aim|idea|ask|what|how|who)\s+)\b(?:is|are)\s+(?:now\s+)?to\s+(?!be\b|do\s+with\b|say\b|note\b)(?:draw|write|draft|produce|prepare|develop|build|set|run|deliver|lead|review|present|publish|introduce|launch|issue|create|put|bring|hold|host|book|send|train|brief|roll|approach|ask|seek|contact|arrange|nominate|identify|commission|procure|establish|appoint|consider|explore|meet|invite|discuss|agree|extend|provide|make|offer|enrol|release|recruit|update|revise|amend|add|use|adopt|test|pilot|map)\b|\b(?:has|have|had)\s+(?:now\s+)?undertaken\s+to\b|\bundert(?:ook|akes?)\s+to\b|\b(?:has\s+been|have\s+been|was|were|is|are)\s+(?:now\s+)?tasked\s+(?:with|to)\b|\b(?:has|have|had)\s+(?:now\s+)?tasked\s+[^.;]{1,80}?\s+with\s+\w+ing\b|\b(?:intends|intended|proposes|proposed)\s+that\b[^.;]{0,150}?\b(?:should|will|would|shall)\b|\b(?:expects?|expected|would\s+like|wants?|wanted|wishes|intends?|aims?|hopes?)\s+(?:[\w-]+\s+){1,8}?to\s+have\s+(?:\w+\s+)?(?:\w+ed|taken|been|gone|done|undergone|begun)\b/,
    ),
  },
  {
    name: 'waits on something or someone',
    kind: 'planned',
    // DESIGN.md counts work that waits on something as Planned, so this outweighs a single step taken.
    weight: 2,
    test: re(
      /\b(?:(?<!\b(?:was|were|had\s+been)\s+)waiting\s+(?:for|on)|(?<!\b(?:not|never)\s+(?:have|had|need)\s+)(?<!\bno\s+need\s+)to\s+wait\s+(?:for|until|on)|awaits?|awaiting|(?:holding|held|hold)\s+(?:(?:off|back)\s+)?until|on\s+hold|depending\s+on|contingent\s+(?:on|upon)|pending)\b|^(?:amber\s*-\s*)?dependent\s+(?:on|upon)\b|\b(?:dates?|timing|timetable|delivery|roll[- ]?out|implementation|progress|completion|start|launch|sessions?|training|work|it|this|that|which|they|these)\s+(?:\w+\s+){0,2}?(?:depends?|is\s+dependent|are\s+dependent|remains?\s+dependent)\s+(?:on|upon)\b(?!\s*[,;])|\b(?:no\s+(?:[\w-]+\s+){1,3}?|nothing\s+)can\s+(?:be\s+)?\w+[^.;]{0,80}\buntil\b|\b(?:raised|submitted|lodged|put\s+in|made)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:request|bid|application)\s+(?:with|to)\b|\b(?:request|bid|application)\s+(?:has|have)\s+(?:now\s+)?(?:gone|been\s+(?:sent|submitted|made|lodged|raised))\s+to\b|\b(?:has|have)\s+(?:formally\s+)?(?:asked|requested)\s+(?:the\s+)?(?:immigration\s+enforcement|home\s+office|college\s+of\s+policing|nca|npcc|msoicu|modern\s+slavery\s+(?:and|&)\s+organised\s+immigration\s+crime\s+unit|border\s+force|regional\s+(?:unit|organised\s+crime\s+unit))\s+(?:for|to\s+(?:send|supply|share|provide))\b|\bcan\s+only\s+(?:be\s+)?\w+\s+(?:once|when|after)\b|\b(?:has|have)\s+asked\s+(?!(?:(?:its|all|the|our|every|each)\s+)?(?:[\w-]+\s+)?(?:officers|staff|supervisors|sergeants|inspectors|call[- ]handlers|teams|colleagues|constables)\b)(?:the\s+)?[^.;]{0,60}?\bto\s+(?:run|provide|deliver|host|hold|arrange|confirm|stage|organise|organize|schedule|offer|supply|share|set\s+up|put\s+on)\b|\b(?:timing|timetable|dates?|it|this|that)\s+(?:is|are|remains?|lies|lie|rests?)\s+(?:\w+\s+){0,2}?(?:in|out\s+of)\s+(?:the\s+)?[\w' ]{2,40}?(?:'s|s'|their|its)\s+hands\b|\b(?:unable\s+to|not\s+able\s+to|cannot|can't)\s+(?:be\s+(?:scheduled|arranged|booked|started|planned|progressed|delivered|made|introduced|added|built|changed)|nominate|book|enrol|schedule|arrange|finalise|complete|progress|proceed|start|begin|finish|publish|implement|roll\s+out|deliver|write|agree|sign)\b[^.;]{0,80}\buntil\b/,
    ),
  },
  {
    name: 'places or dates booked, or a time it is due',
    kind: 'planned',
    weight: 1,
    test: re(
      /\b(?:booked|pencilled|penciled|timetabled|earmarked)\b|\bplaces?\s+(?:are\s+|have\s+been\s+)?held\s+(?:on|for)\b|\b(?:places?|dates?|slots?|sessions?|cohorts?|(?<!\b(?:sharing|data|information)[\s-])schedule|timetable)\s+(?!(?:definition|size|membership|list|criteria)\b)(?:\w+\s+){0,3}?(?:(?:have|has)\s+been\s+|were\s+|are\s+|is\s+|(?![^.;]*\b(?:has|have|had)\s+(?:now\s+|all\s+|therefore\s+)?(?:completed|finished|attended|been\s+through|been\s+(?:\w+\s+)?trained)\b))(?:secured|reserved|allocated|arranged|scheduled|confirmed|agreed|set|fixed)\b|\bdue\s+to\s+(?:be|go|start|begin|launch|complete|commence|roll|take|open|finish|run|conclude|attend|receive|undertake|join|sit|identify|set|publish|report|deliver|present|produce|issue|hold|meet|review|agree|decide|submit|return|brief|train|introduce|finalise|sign)\b|\b(?:now\s+)?(?:expected|scheduled|due|anticipated)\s+(?:in|by|during|from|before|over|at|early|late|later)\b|\b(?:planned|scheduled|pencilled\s+in|set)\s+for\s+(?:early\s+|late\s+|mid[- ]?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b|\b(?:expected|scheduled|due|anticipated|planned)\s+(?:for\s+)?(?:q[1-4]|quarter\s+[1-4])\b/,
    ),
  },
  {
    name: 'monitoring or reporting to come',
    kind: 'follow-up',
    weight: 0.5,
    test: re(FOLLOW_UP),
  },
  {
    name: 'work said to remain',
    kind: 'remaining',
    weight: 1,
    test: re(
      /^(?:outstanding|still\s+to\s+(?:do|come)|remaining\s+(?:work|actions?)|to\s+do|actions?\s+outstanding)\s*[:\-–]\s*\S|(?<!\b(?:no|without)\s+(?:further\s+|other\s+|remaining\s+)?)\b(?:actions?|items?|steps?|tasks?|elements?|pieces?)\s+(?:still\s+)?outstanding\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|some)\s+(?:[\w-]+\s+){0,3}?(?:officers|inspectors|sergeants|staff|people|supervisors|personnel|detectives)\s+(?:still\s+)?outstanding\b|\bstill\s+(?:has|have)\s+to\b|\b(?:what\s+is|are|is)\s+still\s+missing\b|\bbefore\s+(?:the\s+)?(?:closure|sign[- ]off|completion)\s+(?:is|can\s+be|will\s+be)\s+(?:confirmed|agreed|approved)\b|\bnot\s+to\s+treat\s+(?:it|this)\s+as\s+(?:finished|complete|closed|done)\b|\b(?:more|further|additional)\s+(?:work|action|activity|progress|training|improvement)s?\b|\bmore\s+(?:needs|remains|to do|to be done|is needed|is required)\b|\bremains?\s+(?:to|outstanding)\b|\b(?:remains?|is|are|still)\s+outstanding\b|\boutstanding\s+(?:work|actions?|issues?|items?|tasks?)\b|\bnot\s+yet\b|\byet\s+to\b|\bstill\s+(?:to|need|needs|required|being)\b|\bneeds?\s+to\s+be\b|\bwill\s+(?:need|be\s+(?:implemented|developed|rolled out|delivered|introduced|completed|established|extended))\b|\bintention\s+is\b|\bnext\s+steps?\b|\b(?:one|two|three|a|an|some|the|last|only)\s+(?:[\w-]+\s+)?(?:gap|gaps|element|elements|item|items|part|parts|step|steps|task|tasks|action|actions|issue|issues|strand|strands|area|areas|group|groups|cohort|cohorts|team|teams)\s+(?:still\s+)?(?:remains?|is left|are left)\b|\bthe\s+(?:remaining|other)\s+\d+\b|\bthe\s+remaining\s+(?:[\w-]+\s+)?(?:group|groups|cohort|cohorts|officers|staff|roles?|teams?|personnel|sergeants|inspectors)\b|\b(?:close\s+to|nearly|almost)\s+(?:closure|completion|complete|finished|done|closing)\b|\b(?:for|awaiting)\s+signature\b|\bbeing\s+(?:extended|rolled\s+out|expanded|widened|spread)\b|\bremainder\s+of\b|\b(?:some|a\s+long|a\s+little)\s+way\s+to\s+go\b|\b(?:is|are|remains?|still|currently)\s+(?:\w+\s+)?(?:in\s+draft|out\s+(?:for|to)\s+consultation|under\s+consultation)\b|\bdraft\s+(?:[\w-]+\s+){0,3}?(?:has|have)\s+been\s+(?:produced|prepared|written|drawn\s+up)\b|^draft\s+(?:[\w-]+\s+){0,4}?(?:written|produced|prepared|drawn\s+up|circulated)\b|(?<!\bof\s)\b(?:recommendation|action|row|item|entry|it|this)\s+(?:[\w-]+\s+){0,6}?(?:cannot|can't|could\s*not|should\s*not)\s+(?:yet\s+)?be\s+(?:closed|signed\s+off|discharged|regarded\s+as\s+(?:closed|complete|met))\b|\b(?:do|does|can|shall|will)\s*(?:not|n't)\s+(?:yet\s+)?(?:regard|consider|treat)\s+(?:\w+\s+){1,3}?as\s+(?:closed|complete|met|discharged)\b/,
    ),
  },
  {
    name: 'accepts, supports or notes',
    kind: 'accepted',
    weight: 1,
    test: re(
      /\b(?:accepts?|accepted|(?<!\b(?:to|the|with|of|their|our|its|for)\s)supports?|supported|supportive|welcomes?|welcomed|agrees?\s+(?:with|that)|(?<!\b(?:comments|response|letter|reply|position|text|wording)(?:\s+(?:below|above|here))?,?\s+)agreed\s+(?:with|to\s+(?:this|the|that)\s+recommendation)|endorses?|endorsed|notes|noted|acknowledges?|acknowledged|recognises?\s+the\s+(?:value|importance|need))\b/,
    ),
  },
];

/** Sentences about the inspection rather than the force's work: "the inspectorate issued a recommendation". */
const META =
  /\b(?:this|the|my|our)\s+(?:response|letter|reply|statement|return)\s+(?:to\s+be|will\s+be|is\s+to\s+be|being)\s+(?:published|placed|posted)\b|\b(?:the|those)\s+other\s+(?:\w+\s+)?recommendations\b|\b(?:position|response|answer|reply|comments?|update)\s+on\s+(?:[\w'’-]+\s+){1,4}?will\s+(?:follow|come|be\s+(?:sent|provided|given))\s+(?:separately|later|in\s+due\s+course)\b|^(?:(?:a\s+(?:word|note)\s+of\s+)?thanks|i\s+(?:also\s+)?(?:want|wish|would\s+like)\s+to\s+thank|i\s+thank)\b|^(?:\w+\s+){0,2}?i\s+am\s+(?:writing|responding|replying|enclosing|attaching)\b|^(?:the|this|my|our)\s+(?:annex|appendix|letter|response|reply|tracker|return)\s+(?:has|have|was|were)\s+(?:been\s+)?(?:prepared|written|drafted|compiled|produced|put\s+together)\b|^(?:the\s+)?(?:report|inspection|inspectorate)'s\s+(?:chapter|section|findings?|account|analysis|conclusions?|description|evidence)\b|(?:^|[,;]\s*|\bthat\s+)(?:in\s+\w+\s+)?(?:the\s+|this\s+|his majesty's\s+|hm\s+)?(?:inspectorate|hmicfrs|hmic|inspection|inspectors|report|home secretary)\s+(?:also\s+|further\s+|has\s+|had\s+|have\s+)?(?:\w+ed|found|identified|highlights?|recommends?|notes?|states?|says?|sets?\s+out|makes?|made|revealed|recognised|commended|issued|examines?|evaluates?|shows?|showed|concludes?|describes?|ranges?|covers?|spans?)\b|(?<!\b(?:what|everything|all|actions?|steps?|things?|measures?|elements?|parts?|work)\s+)\b(?:this|the|that)\s+(?:\w+\s+)?recommendation(?:\s+(?:for|to|made to|addressed to)\s+(?:\w+\s+){1,3}?)?\s+(?:highlights|stems|underpins|requires|asks|calls|aims|focuses|relates|seeks|sets out|is about|recognises|reflects)\b/;

/** "...considers that this recommendation has been met": a verdict of completion, by whoever gives it. */
const JUDGED_MET =
  /\b(?:this|the)\s+recommendation\s+(?:has\s+(?:now\s+|already\s+)?been\s+|is\s+(?:now\s+|already\s+)?)(?:fully\s+)?(?:met|discharged|achieved)\b/;

/** The commissioner's own oversight is not the force's plan. */
const OVERSIGHT =
  /^(?:(?:on|for|in|as\s+for|as\s+to|with\s+regard\s+to|regarding|turning\s+to)\b[^.;]{0,80}?,\s+)?(?:\w+\s+){0,3}?(?:i|the commissioner|the pcc|the pfcc|the opcc|the opfcc|the authority|mopac|the mayor|(?:my|the)\s+(?:[\w-]+\s+){0,3}?(?:office|board|panel|committee))\s+(?:will|shall|am|have|has|continue)\s+(?:continue\s+to\s+|also\s+|closely\s+|then\s+|be\s+)*(?:monitor|scrutinis|scrutiniz|hold|seek|receiv|oversee|review|keep|report|publish|meet|track|follow|ask|question|challenge|press|expect|return|rais|pursu|examin|assess|check|watch|look\s+for|met\b|discuss|say|send|copy|forward|shar|writ|updat|take\s+(?:this\s+|it\s+)?up)\w*|\b(?:which|that|one)\s+i\s+(?:will|shall)\b|\b(?:i|the\s+(?:deputy\s+)?mayor|the\s+commissioner|the\s+pcc|the\s+pfcc)\s+(?:will|shall|would)\s+(?:want|wish|expect)\s+to\s+(?:return|revisit|come\s+back)\b|\bthrough\s+(?:my|the|our)\s+(?:[\w'&-]+\s+){0,5}(?:board|panel|meetings?|committee)s?\b|^(?:\w+\s+){0,2}?i\s+(?:will|shall)\s+(?:continue\s+to\s+)?take\s+an?\s+(?:\w+\s+)?interest\b|^(?:\w+\s+){0,2}?i\s+(?:welcome|note|support|accept|am\s+(?:pleased|content|grateful|satisfied|reassured))\b[^.;]{0,120}?\band\s+(?:i\s+)?(?:will|shall)\s+(?:continue\s+to\s+|also\s+|then\s+)?(?:monitor|scrutinis|scrutiniz|seek|receiv|oversee|review|keep|report|publish|track|follow|ask|question|challenge|press|expect|return|pursu|examin|assess|check|watch|want)\w*|\b(?:i|the commissioner|the pcc|the pfcc|the mayor)\s+(?:will|shall)\s+(?:go\s+on|keep\s+on|continue\s+to|continue)\s+(?:hold|holding)\b|\bstanding\s+item\b|\b(?:have|has)\s+(?:drawn|brought|passed|referred|forwarded)\s+(?:it|this|them|these|the\s+[\w-]+)\s+(?:on\s+)?to\s+(?:the\s+)?(?:chief\s+constable|force)(?:(?:'s|’s)\s+attention)?\b|\b(?:i|the commissioner|the pcc|the pfcc|the mayor|(?:my|the)\s+(?:[\w-]+\s+){0,3}?(?:office|board|panel|committee))\s+(?:will|shall)\s+(?:come\s+back\s+to|return\s+to|revisit|look\s+again\s+at|look\s+at\s+(?:[\w-]+\s+){1,5}?again)\b|\b(?:will|shall)\s+(?:also\s+)?(?:feature|appear|be\s+(?:covered|included|reported))\s+in\s+(?:my|the\s+commissioner's|the\s+pcc's|the\s+pfcc's)\b|^(?:(?:on|for|in|as\s+for|regarding|turning\s+to)\b[^.;]{0,80}?,\s+)?(?:\w+\s+){0,2}?(?:i|the commissioner|the pcc|the pfcc|the mayor)\s+(?:intend|plan|mean|expect|propose)s?\s+to\s+(?:return\s+to|revisit|come\s+back\s+to|raise|press|pursue|review|monitor|follow|see|receive)\b|\b(?:will|shall)\b[^.;]*\b(?:at|on\s+the\s+agenda\s+(?:of|for|at))\s+(?:my|his|her|their|the\s+commissioner's|the\s+pcc's)\s+(?:[\w'&-]+\s+){0,4}?(?:board|panel|meetings?|committee|forum|conference|hearing)s?\b|^i\s+have\s+(?:concentrated|focused|focussed)\s+(?:(?:below|above|here|in\s+(?:this|my)\s+(?:letter|response|reply))\s+)?on\b|^(?:\w+\s+){0,2}?i\s+[^.;]{0,80}?\bat\s+my\s+(?:[\w'&-]+\s+){0,4}?(?:board|panel|meetings?|committee)\b|\b(?:(?:this|my|the)\s+(?:response|letter|email|reply|update|tracker|annex)|^a\s+copy(?:\s+of\s+(?:this|my|the)\s+(?:response|letter|reply))?)\s+(?:will\s+(?:also\s+)?be|is\s+(?:also\s+)?being|has\s+(?:also\s+)?been)\s+(?:re-?)?(?:placed|published|posted|put|shared|made\s+available)\b|^(?:this|my|the)\s+(?:response|letter|reply)\s+(?:was|is|has\s+been)\s+(?:signed|approved|sent|submitted|issued|dated)\b/;

export function isMeta(s: string): boolean {
  return META.test(s);
}

/**
 * A clause that sets a condition or a time ("once the system has been replaced", "so that all staff have
 * finished") speaks of what is assumed, not of what has been done, so it says nothing about progress.
 */
const SUBORDINATE =
  /\b(?:once|when|whenever|where|wherever|after|before|until|unless|if|while|whilst|so that|by the time|in order that|as soon as|subject to|pending|dependent on|depending on|provided(?: that)?|providing)\b[^,;]*(?:,\s*(?!(?:every|each|all|the|this|these|those|our|its|their|we|it|they|i|was|were|is|are|has|have|had|will|would)\b)\w+(?:\s+\w+)?\s+(?:and|or)\s+[^,;]*)*/g;
/** "...plans to dip-sample referrals to check that the document has been submitted": what a check is to find. */
const TO_BE_CHECKED =
  /\b(?:to|will|shall|would)\s+(?:check|confirm|verify|ensure|make\s+sure|see|establish|test)\s+(?:that|whether|if)\b[^,;]*/g;
const STATE_KINDS = new Set<SignalKind>(['progress', 'complete', 'in-place']);
const RELATIVE_CLAUSE =
  /\b(?:approach|model|method|template|framework|example)\s+(?=(?:the|our|its|their|a)\s)(?:[\w'’-]+\s+){1,10}?(?:has|have|had)\s+(?:already\s+)?\w+|\b(?:which|whom|whose|(?:that|who)\s+(?=(?:is|are|was|were|has|have|had)\b))\b[^,;]*/g;
/** Where one main clause ends and another begins: "Communications have been agreed and this will be rolled out". */
const CLAUSE_BREAK =
  /;\s+|,\s+(?:and|but|while|whilst)\s+|\s+(?:and|but)\s+(?=(?:the|this|it|these|those|we|they|i|our|its|their|all|a|an)\s)/;

/** "accepts this only in part": a measure of agreement, not of work done. */
const PARTIAL_ACCEPTANCE =
  /\b((?:accept|agree|support)\w*\s+(?:\w+\s+){0,3}?(?:only\s+)?)(?:in part|partially|partly)\b/g;
/** "It sets out what is to be collected": a clause that says what a thing contains, not what will be done. */
const CONTENT_CLAUSE =
  /(?<!\b(?:consider\w*|explor\w*|examin\w*|assess\w*|decid\w*|determin\w*|review\w*|look\w*\s+at|scop\w*)\s+)\b(?:what|how|whether|why)\b(?:\s+[^,;\s]+)+?(?=\s+(?:is|are)\s+(?:to\s+be|due\s+to)\b|[,;]|$)/g;
/**
 * "...which the Chief Constable accepts should be completed by officers": what is accepted, not a plan (where a
 * board "agreed that the modules should be assigned", it decided on work to come).
 */
const ACCEPTED_CONTENT =
  /\b(?:accepts?|accepted|acknowledges?|recognises?)\s+(?:that\s+)?(?:[\w-]+\s+){0,8}?(?:should|must|ought\s+to)\b[^,;]*/g;
/** "It sets out the questions, the sources it will use...": what a document contains, not work to come. */
const DESCRIBES =
  /^(?:it|this|that|the\s+(?:[\w-]+\s+){0,3}?(?:plan|strategy|document|profile|guidance|procedure|policy|assessment|framework|form|template))\s+(?:sets\s+out|identifies|describes|covers|specifies|includes|details|defines|lists|explains|establishes)\b/;

/** A tracker note's clipped past: "Briefing delivered to all response shifts in June", with no subject or auxiliary. */
const NOTE_WORD = "(?:[\\w'&/(),–-]+\\s+)";
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const NO_AUX_BEFORE =
  '(?<!\\b(?:to|will|shall|would|be|been|being|is|are|was|were|not|yet|has|have|had)\\s+)';
/** A note has no subject: "we recognise that the information held by..." is a sentence, and "held" describes. */
const NO_SUBJECT = `(?!${NOTE_WORD}{0,5}?(?:i|we|they|you|he|she|that)\\s)`;
const NO_FINITE_VERB = '(?!.*\\b(?:will|would|shall|is|are|was|were|has|have|had|can|may|must|should)\\b)';
const CLIPPED_PAST = new RegExp(
  [
    `^(?!.*\\b(?:expects?|intends?|aims?|hopes?|will|would|shall|must|should|to\\s+be|having|committed\\s+to)\\b)${NO_SUBJECT}${NOTE_WORD}{1,6}?${NO_AUX_BEFORE}` +
      '(?:assigned|mandated|made\\s+mandatory|delivered|introduced|launched|issued|published|approved|signed off|appointed|seconded|recruited|produced|created|established|implemented|updated|added|sent|held|completed|rolled out|embedded|circulated|briefed|trained|attended|done|commissioned|drafted|written|begun|started)' +
      `\\s+(?:(?:to|on|in|at|by|for|across|with|from|since|between|during|through)\\b(?!\\s+principle\\b)|${MONTH}\\b)`,
    // "Requirement agreed in May", but not an approach agreed in principle or a board that agreed that...
    `^(?!(?:the\\s+)?recommendation\\b)${NOTE_WORD}{1,6}?${NO_AUX_BEFORE}agreed\\s+(?:in|on|at)\\b(?!\\s+principle)(?![^,;]*\\bthat\\b)`,
    // "Data-sharing agreement with Border Force signed;"
    `^${NO_FINITE_VERB}${NOTE_WORD}{1,10}?${NO_AUX_BEFORE}` +
      '(?:signed|agreed|approved|completed|delivered|published|issued|launched|implemented|introduced|established|appointed|seconded|recruited|drafted|updated|circulated|briefed|trained)(?:\\s*\\([^)]{1,30}\\))?' +
      `(?:\\s+(?:on\\s+|in\\s+)?(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}(?:\\s+\\d{4})?))?[.;]?$`,
  ].join('|'),
);
/** ...and its clipped progressive: "Analytical product in production", "arrangements being finalised". */
const CLIPPED_UNDER_WAY = new RegExp(
  `^${NO_FINITE_VERB}(?!.*\\b(?:expects?|intends?|aims?|hopes?|plans?\\s+to)\\b)${NOTE_WORD}{1,10}?(?<!\\b(?:to|will|shall|would|be|been|is|are|was|were|not|has|have|had|get|gets|getting)\\s+)` +
    '(?:being\\s+(?:finalised|drafted|developed|prepared|built|tested|piloted|rolled\\s+out|delivered|recruited|procured|refreshed|revised|updated|rewritten|negotiated|written|mapped)|in\\s+(?:production|preparation|hand|negotiation)|under\\s?way|ongoing|in\\s+progress)\\b',
);

/** Some of the people or cases done: "94 of 97 contacts", "the remaining 27". */
const COUNT = `\\d+|${COUNT_IN_WORDS}`;
// "every one of the twelve referrals" is all of them; "three of the four," with no noun may be recommendations.
const SOME_OF_ALL = new RegExp(
  `(?<!\\b(?:every|each|any|no)\\s+)\\b(${COUNT})\\s+(?:out\\s+)?of\\s+(?:the\\s+|our\\s+|its\\s+)?(${COUNT})(?:\\s+(?!recommendations?\\b)[a-z]|(?<=\\bin\\s+\\S+\\s+(?:out\\s+)?of\\s+(?:the\\s+)?\\S+)\\b)`,
  'g',
);
const countOf = (token: string) => (/^\d/.test(token) ? Number(token) : countInWords(token));

/**
 * The work done in part of the whole: "roughly half written", "in every part of the force apart from roads
 * policing", "the part on the ports is finished, while the sections on haulage are not".
 */
const PART_OF_THE_WHOLE =
  /\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:complete|completed|finished|done|in\s+place)\s+(?:apart\s+from|except(?:\s+for)?|save\s+for|but\s+for|other\s+than)\s+(?!(?:where|when|if)\b)|\b(?:substantially|largely|mostly|nearly|almost|broadly)\s+(?:finished|complete|completed|done|written|drafted|in\s+place)\b|^(?:only\s+)?(?:part|some|most)\s+of\s+what\s+(?:the\s+)?(?:recommendation|report|inspectorate|inspectors|hmicfrs)\b|(?:^|[,;]\s*)(?:the\s+|its\s+|our\s+)?(?:first|initial|opening|early|earlier)\s+(?:stage|stages|phase|phases|part|step|steps|element|strand)\b[^.;]{0,80}?\b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+)?(?:finished|complete|completed|done|in\s+place|delivered)\b|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+every\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:finished|complete|completed|done|written|drafted)\b[^.;]{0,60}?(?:\b(?:and|while|whereas|but)\b|;)[^.;]{0,80}?\b(?:is|are)\s+(?:still\s+)?(?:being\s+\w+|under\s+way|in\s+progress|in\s+draft|not\s+yet)\b|\b(?:roughly|about|around|nearly|almost|over|more\s+than|less\s+than|only)\s+half\s+(?:written|done|complete|completed|finished|drafted|built|delivered|in\s+place)\b|\b(?:every|all|each)\s+(?:[\w-]+\s+){0,4}?(?:apart\s+from|except(?:\s+for)?|other\s+than|save\s+for|but\s+for)\s+(?!(?:where|when|if|in\s+cases?)\b)(?:the\s+|its\s+|our\s+)?[\w-]+|\b(?:the|one|first|second)\s+(?:part|section|half|phase|stage|element|strand|chapter)\b[^.;]{0,80}?\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:finished|complete|completed|done|written|in\s+place|drafted)\b[^.;]{0,80}?\b(?:while|whereas|but)\b[^.;]{0,80}?\bnot\b/;

/** "a target of 90%", "until it exceeds 95%": a share aimed at, not one reached. */
const SHARE_IS_A_GOAL = new RegExp(
  `\\b(?:target${TARGET_PEOPLE}|aim|goal|ambition|expect\\w*)\\b|\\buntil\\s+(?:it|they|the\\s+[\\w-]+)\\s+(?:exceeds?|reach(?:es)?|pass(?:es)?|hits?)\\b`,
);

function partDone(s: string): boolean {
  // "with the aim of having all 90 inspectors through it by March": a target, not a count of the done.
  if (/\b(?:with\s+the\s+)?(?:aim|target|goal|ambition)\s+(?:of|is|to)\b/.test(s)) return false;
  for (const m of s.matchAll(SOME_OF_ALL)) {
    const done = countOf(m[1]);
    const all = countOf(m[2]);
    if (done > 0 && done < all && all < 100000) return true;
  }
  // A share below the whole of the people or cases: "88% had a linked submission".
  if (
    /\b(?:[1-9]\d?(?:\.\d+)?\s?(?:%|per\s?cent\b)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\s+per\s?cent\b)/.test(
      s,
    ) &&
    !SHARE_IS_A_GOAL.test(s)
  )
    return true;
  return /\b(?:a\s+third|a\s+quarter|a\s+fifth|half|two-thirds|three-quarters)\b[^.;]{0,40}?\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?(?:finished|completed|done|attended)\b|\bthe\s+(?:remaining|other)\s+\d+\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:completed|attended|undertaken|done)\s+by\s+(?:all|every|the\s+whole|everyone)\b|\bnot\s+(?:yet\s+)?(?:all|every)\s+(?:of\s+)?(?:the\s+|our\s+)?[\w-]+\s+(?:\w+\s+){0,3}?(?:has|have)\b/.test(
    s,
  );
}

/** Work another body is doing ("a revised form is being prepared nationally"): awaited here, not begun. */
/** The national and regional bodies whose work a force may wait on. */
const BODIES =
  "(?:home office|immigration enforcement|college of policing|npcc|national police chiefs'? council|nca|national crime agency|msoicu|modern slavery (?:and|&) organised immigration crime unit|border force|border security command|(?:[\\w'’ ]{0,40}?\\s)?regional\\s+organised\\s+crime\\s+unit|(?:[\\w'’ ]{0,40}?\\s)?region(?:al)?\\s+special\\s+operations\\s+unit|rocu|rocul|emsou|ersou|serocu|titan|tarian|zephyr|regional\\s+unit|national\\s+unit)";
const ELSEWHERE = new RegExp(
  '(?:^|[;:]\\s*|,\\s+(?:and|but|while|whilst)\\s+)(?:the|its|our|their)\\s+(?:[\\w-]+\\s+)?(?:supplier|vendor|contractor|provider|developer)s?\\s+(?:is|are)\\s+(?:currently\\s+|now\\s+|still\\s+)?\\w+ing\\b|' +
    "(?<!\\bi\\s)\\b(?:has|have)\\s+(?:told|informed|advised|notified|warned)\\s+(?:all\\s+)?(?:forces(?:\\s+in\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?|us|(?:the|our|its)\\s+[\\w&' ]{1,40}?|[\\w&' ]{1,40}?\\s+(?:police|constabulary))\\s+(?:that\\b|(?=(?:a|an)\\s))|\\b(?:is|are)\\s+(?:currently\\s+|now\\s+)?being\\s+\\w+\\s+(?:nationally|centrally)\\b|\\b(?:is|are)\\s+(?:currently\\s+|now\\s+|still\\s+)?being\\s+\\w+\\s+by\\s+(?:the\\s+)?" +
    BODIES +
    '|(?:^|\\bthat\\s+)(?:(?:however|meanwhile|separately|nationally|at the same time),?\\s+)?(?:the\\s+)?' +
    BODIES +
    '\\b[^.;]{0,120}\\b(?:is|are)\\s+(?:currently\\s+|now\\s+|still\\s+)?(?:preparing|producing|developing|leading|designing|redesigning|compiling|drawing\\s+up|revising|updating|writing|reviewing|drafting|moving|migrating|transferring|building|rebuilding|rewriting|refreshing|introducing|piloting|testing)\\b',
);

/** A purpose, condition or target: what must happen, not a claim that it has. */
const PURPOSE =
  /\b(?:to ensure|ensure that|so that|in order to|if|when|until|with the aim|aim of|aiming)\b|\btarget\b(?!\s+(?:group|audience|cohort|population))/;

/** "...in the meantime": a step held back while waiting, not a refusal of the work. */
const MEANWHILE = /\b(?:in\s+the\s+meantime|meanwhile|until\s+then)\b/;

/** "No work has started yet", "none has taken place", "not yet live": said outright, work has not begun. */
const NOT_STARTED_SAID =
  /\bnothing\s+(?:has|have)\s+(?:so\s+far\s+|yet\s+|as\s+yet\s+)?(?:yet\s+)?been\s+(?:issued|done|delivered|sent|introduced|changed|published|circulated|started)\b|\b(?:neither|none)\s+(?:of\s+(?:them|these|those|the\s+[\w-]+)\s+|[\w-]+\s+)?(?:has|have)\s+(?:yet\s+)?(?:started|begun|commenced)\b|\bno\s+(?:[\w-]+\s+){0,2}?(?:completions?|attendees|attendances?|enrolments?|starters)\s+(?:(?:have|has)\s+been\s+)?(?:recorded|logged|made|reported)?\s*(?:to date|so far|yet|as yet|at present)\b|\b(?:is|are)\s+not\s+yet\s+(?:operating|operational|live|running|in\s+(?:use|place|force|operation))\b|(?:^|[,;:]\s*)no\s+(?:[\w-]+\s+){0,4}?(?:is|are)\s+being\s+\w+|\bno\s+\w+\s+(?:has|have)\s+(?:yet\s+)?(?:been\s+)?(?:started|begun|commenced|done|taken place|happened)\b|\b(?:has|have)\s*(?:not|n't)\s+(?:yet\s+)?(?:started|begun|commenced)\b|\bnot\s+yet\s+(?:started|begun|commenced)\b|\bno\s+(?:[\w-]+\s+){0,3}?(?:activity|action|progress|work|delivery|training|sessions?)\s+(?:\w+\s+)?(?:to date|so far|yet|as yet|at present)\b|\b(?:nobody|no\s?-?one)\s+(?:[\w'’-]+\s+){0,4}?(?:has|have)\s+(?:yet\s+|so far\s+|as yet\s+)?(?:been\s+\w+|taken\s+part|gone\s+through|\w+ed)\b|\b(?:nobody|no\s?-?one|none|no)\s+(?:[\w-]+\s+){0,3}?(?:trained|attended|booked|completed|briefed|enrolled|held|run|delivered)\s+(?:to date|so far|yet|as yet)\b|\b(?:has|have)\s*(?:not|n't)\s+(?:so\s+far|to\s+date|thus\s+far|as\s+yet)\s+(?:been\s+)?\w+(?:ed|en|t)\b|\bno\s+(?:[\w-]+\s+){1,4}?(?:yet|as\s+yet)\s+exists?\b|\bno\s+(?:[\w-]+\s+){1,4}?exists?\s+(?:yet|as\s+yet)\b|\b(?:does|do)\s+not\s+yet\s+exist\b|\bno\s+(?:\w+\s+)?(?:activity|action|progress|update)\s+to\s+report\b|\bnothing\s+(?:has\s+)?(?:yet\s+|so far\s+)?(?:happened|been done|been delivered|started|begun)\b|\b(?:neither|none|nothing)\b[^.;]{0,40}\b(?:is|are)\s+(?:yet\s+)?(?:live|in place|operational)\b|\b(?:is|are)\s+not\s+(?:yet\s+)?(?:live|in place|operational)\b|\b(?:no|neither|none\s+of)\s+(?:[\w'’-]+\s+){1,6}?(?:has|have)\s+(?:yet\s+|so far\s+)?(?:been\s+\w+|taken\s+place|started|begun|commenced|\w+ed\b)|\bno\s+(?:[\w'’-]+\s+){1,6}?(?:took\s+place|happened|occurred)\b|\bnothing\s+(?:has\s+)?(?:yet\s+)?changed\b|\bnothing\s+has\s+(?:yet\s+)?been\s+\w+(?:ed|en|t)\b|\bnone\s+(?:has|have)\s+(?:yet\s+)?(?:taken\s+place|been\s+\w+|started|begun|happened|\w+ed)\b|\b(?:cannot|can't|is\s+not\s+able\s+to)\s+yet\b|\b(?:has|have)\s+(?:so\s+far\s+|yet\s+)?(?:described|reported|set\s+out|taken|made|shown|done)\s+(?:no\s+(?:[\w-]+\s+)?(?:activity|action|progress|work|steps?)|nothing)\b/;

/** "officers continue to work to existing practice": the old way going on is not progress. */
const STATUS_QUO =
  /\bcontinues?\s+to\s+be\s+(?:handled|managed|dealt\s+with|covered|run)\s+(?:under|through|by|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:general|existing|current|wider|usual)\b|\b(?:existing|current|old|previous|present)\s+(?:[\w-]+\s+){0,4}?(?:practice|process|processes|arrangements?|procedures?|systems?|forms?|guidance|instructions?|rules?|templates?|priorities)\b/;

/** "new starters will complete them as a matter of course": upkeep after the work. */
const NEW_STARTERS =
  /\broutine\s+(?:audit|audits|checks?|monitoring|dip[- ]sampl\w*)\b|\bbusiness\s+as\s+usual\b|\b(?:new\s+(?:starters?|joiners?|recruits?|entrants?)|newly\s+(?:promoted|appointed|qualified|recruited)|anyone\s+(?:newly\s+)?(?:joining|appointed)|future\s+intakes?)\b/;

/** "Nobody on the list remains to be trained": none left, so nothing to come either. */
const NONE_LEFT =
  /(?:^|\b(?:and|but|so|told|that|confirms?|confirmed|reports?|reported|says?|said)\s+|[,;:]\s*)(?:no one|no-one|nobody|none|no\s+(?:[\w-]+\s+)?(?:officers?|staff|members?|inspectors?|sergeants?|colleagues?|roles?|person|people|personnel|employees?|learners?))\b[^.;]{0,60}?\b(?:still|yet|remains?|remain|(?:is|are)\s+left)\s+to\b|\b(?:no one|no-one|nobody|none)\b[^.;]{0,60}?\b(?:is|are)\s+(?:still\s+)?(?:awaiting|waiting)\b|\b(?:no one|no-one|nobody|none)\s+(?:(?:is|are|remains?)\s+)?(?:still\s+)?outstanding\b/;

/** "The control room will not accept a referral unless the document comes with it": a rule, not a refusal. */
const NOT_ACCEPTED_UNLESS =
  /\bnot\s+accept\w*\s+(?:an?|any|the)\s+(?!recommendation)(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:unless|without|that\s+(?:does|do)\s+not)\b/;
/** "...has decided against one recommendation", "declines two of them": which ones is said elsewhere. */
const UNNAMED_REFUSAL =
  /\b(?:against|declin\w*|reject\w*|not\s+accept\w*)\s+(?:one|two|three|some)\s+(?:of\s+(?:them|the\s+(?:\w+\s+)?recommendations)|(?:other\s+)?recommendations?)\b/;
/** "The force considered adding a second check and rejected it as disproportionate". */
const OPTION_REJECTED =
  /\b(?:considered|looked\s+at|explored|weighed)\s+(?:\w+ing|whether|the\s+option|an?\s+option)\b[^.;]{0,120}?\b(?:and|but)\s+(?:has\s+)?(?:rejected|declined|decided\s+against|ruled\s+out|discounted)\s+(?:it|this|that|the\s+idea)\b/;
/** "decided against launching them on the outgoing platform": refusing a means or a moment, not the work. */
const MEANS_REFUSED =
  /\b(?:decided|chosen|opted)\s+(?:against|not\s+to)\s+(?:\w+ing|\w+)\s+(?:them|it|the\s+[\w-]+)\s+(?:on|through|via|using|in)\s+(?:the\s+|its\s+|our\s+)?(?:outgoing|old|current|existing|legacy|present|interim)\b/;
/** Words of refusal that do not refuse this recommendation. */
const NOT_A_REFUSAL = [NOT_ACCEPTED_UNLESS, UNNAMED_REFUSAL, OPTION_REJECTED, MEANS_REFUSED];
/** "I am told by the Chief Constable that...", "who has confirmed to me that...": the force's position, reported. */
const REPORTED_POSITION =
  /\b(?:(?:am|was|been|have\s+been|has\s+been)\s+(?:told|informed|advised|assured)\s+(?:by\s+[^.;]{1,60}?\s+)?|(?:told|informed|advised|assured)\s+me\s+|(?:explained|confirmed|reported)\s+(?:to\s+me\s+)?)that\s+(.+)$/;
/** "...has reviewed the plan and is satisfied that the recommendation has been met in full": what it found. */
const SATISFIED_THAT = /\b(?:satisfied|content|assured|confident|reassured)\s+(?:that\s+)?(.*)$/;
/** "At its June meeting the board agreed that the force would have its own plan". */
const REPORTED_DECISION =
  /^(?:[\w,'’-]+\s+){0,12}?(?:agreed|decided|resolved|determined)\s+that\b[^.;]{0,150}?\bwould\b/;
/** "It has been agreed ... that a referral will no longer be closed until...", "has taken the decision that...". */
const DECIDED_THAT_WILL = new RegExp(
  `\\b(?:has|have|had)\\s+(?:now\\s+)?(?:(?:been\\s+)?(?:${[...DECISION].join('|')})|(?:taken|made|reached)\\s+(?:a|the)\\s+(?:[\\w-]+\\s+)?decision)\\b[^.;]{0,120}?\\bthat\\b(?![^.;]*\\b(?:has|have)\\s+(?:now\\s+|already\\s+)?(?:been\\s+)?(?:completed|finished|delivered|done)\\b)[^.;]{0,150}?\\b(?:will|would|is\\s+to|are\\s+to|shall)\\b`,
);
const DISPUTED_CLOSURE =
  /\b(?:not|n't)\s+agree\s+with\s+(?:(?:the|this|its|their|that)\s+(?:[\w-]+\s+)?(?:rating|assessment|status|colour|rag|grading)|(?:the\s+)?(?:green|amber|blue|red)(?:\s+(?:rating|status))?)\b|\b(?:not|n't)(?:\s*,?\s*(?:however|though|therefore|yet)\s*,)?\s+agree\s+that\b[^.;]{0,60}?\b(?:closed|finished|complete|completed|met|done|delivered)\b/;
const CLOSURE_AGREED =
  /\b(?:have|has)\s+agreed\s+to\s+(?:the\s+)?clos(?:e|ing|ure\s+of)\s+(?:this|the)\s+(?:recommendation|action|item)\b|\b(?:have|has)\s+agreed\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:proposal|request|recommendation)\s+to\s+close\s+(?:this|the|it)\b|\b(?:content|happy|satisfied)\s+with\s+(?:the|this|its)\s+(?:proposed\s+)?closure\b|^(?![^.;]*\b(?:once|when|after|until|unless)\b)[^.;]*\b(?:proposes?|proposed|proposing|asks?|asked|requests?|requested|recommends?)\s+(?:to\s+close\s+(?:it|this|the\s+(?:recommendation|action|item))|(?:that\s+)?(?:it|this|the\s+(?:recommendation|action|item))\s+(?:is\s+|be\s+)?closed|(?:its|the)\s+closure)\b|\b(?:content|happy|satisfied|willing)\s+for\s+(?:this|the|it)\b[^.;]{0,40}?\bto\s+be\s+(?:closed|signed\s+off|discharged|marked\s+(?:as\s+)?complete)\b/;
const NEITHER_DONE =
  /\bneither\b[^.;]{0,80}?\bnor\b[^.;]{0,80}?\b(?:is|are|has\s+been|have\s+been)\s+(?:yet\s+)?(?:finished|complete|completed|done|ready|in\s+place)\b/;

/**
 * "The expectation set in the report is fully satisfied", "nothing on this recommendation remains outstanding",
 * "Recommended for closure", "the plan is fully in operation": a verdict that the work is done.
 */
const NOTHING_LEFT_OF_IT =
  /\b(?:expectations?|requirements?|intent|aims?)\s+(?:set\s+(?:out\s+)?in|of)\s+(?:the|this)\s+(?:report|recommendation)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:fully\s+)?(?:satisfied|met|fulfilled|delivered)\b|\bnothing\s+(?:in|on|under|for|from)\s+(?:this|the)\s+recommendation\s+(?:now\s+|still\s+)?(?:remains|is)\s+(?:still\s+)?(?:outstanding|open|left)\b|^(?:(?:now\s+)?(?:complete|completed|delivered)\s*[;,.-]\s*)?(?:recommended|proposed|submitted|put\s+forward)\s+for\s+closure\b|^(?:we\s+|i\s+)?(?:recommend|propose)\s+(?:its\s+|the\s+)?closure\b|^nothing\s+(?:now\s+)?(?:(?:remains|is)\s+(?:still\s+)?)?outstanding\.?$|\b(?:is|are)\s+(?:now\s+)?fully\s+(?:in\s+operation|operational)\b|\b(?:this\s+(?:part|recommendation|point|matter)(?:\s+of\s+the\s+report)?|it)\s+has\s+been\s+(?:fully\s+)?dealt\s+with\b(?![^.;]*\b(?:until|except|apart\s+from|but)\b)|\b(?:everyone|everybody|every\s+(?:officer|person|member))\s+(?:[\w'’-]+\s+){0,8}?having\s+(?:attended|completed|finished|done\s+it)\b|\ball\s+(?:the\s+)?(?:requirements|elements|parts|aspects)\s+of\s+(?:the|this)\s+recommendation\s+(?:are\s+|have\s+been\s+)?(?:now\s+)?(?:fully\s+)?met\b/;

/** "Relatively few officers have been through it": "few" without "a" says hardly any, not some. */
const FEW =
  /(?:^|[,;:]\s*|\b(?:but|and|yet|though|although|while|whilst)\s+)(?:(?:very|relatively|comparatively|too|so)\s+)?few\s+(?:[\w'-]+\s+){0,6}?(?:have|has|had|were|are|attended|completed)\b/;

/** "Nothing further is needed", "nothing remains outstanding", "No one is still to attend". */
const NOTHING_MORE =
  /\b(?:not|n't)\s+(?:require|need|expect|propose|plan|intend|see\s+(?:the\s+|any\s+)?need\s+for)\s+(?:any\s+)?(?:further|more|additional)\b|\b(?:no one|no-one|nobody|none)\b[^.;]{0,60}?\b(?:remains?|is|are)\s+(?:still\s+)?un\w+(?:ed|ned)\b|\bthat\s+nothing\s+(?:is|was|does|did|remains?)\b|\b(?:no|nothing|without\s+(?:any\s+)?)\s*(?:further|more|additional|else)\b|\bnothing\s+(?:\w+\s+){0,4}?(?:remains|outstanding|left)\b|\b(?:no one|no-one|nobody|none)\b[^.;]{0,60}?\b(?:is|are|remains?)\s+(?:still\s+)?outstanding\b|\bno\s+(?:outstanding|remaining|open)\s+(?:actions?|work|items?|issues?|tasks?|steps?)\b|\bno\s+(?:further\s+)?(?:work|actions?|activity|tasks?|items?)\s+(?:now\s+)?(?:remains?|is|are)\s+(?:outstanding|open|left)\b|\b(?:no one|no-one|nobody|none)\b[^.;]{0,60}?\b(?:still|yet)\s+to\b/;

/** A note ends like a sentence; a tracker's title of the recommendation does not. */
const END_OF_SENTENCE = /[.;!]["')]?\s*$/;

const FOLLOW_UP_ALL = new RegExp(FOLLOW_UP.source, 'g');

export const NOT_STARTED = 'says work has not started';
/**
 * Work other than what the report asked: done before it ("In 2024 every officer attended a course"), or the
 * force's own instead of it ("its own exercise meets the same learning outcomes").
 */
export const NOT_THE_WORK_ASKED = 'done before the report, or of its own';
const OWN_ALTERNATIVE =
  /\b(?:its|our|their|the\s+force's|the\s+constabulary's)\s+own\s+(?:[\w-]+\s+){0,3}?(?:course|exercise|training|package|input|programme)\b|\bsame\s+(?:learning\s+)?outcomes\b/;
const EARLIER_YEAR =
  /\b(?:in|during|throughout|by|since|over)\s+(?:(?:early|late|mid)[\s-]+)?(?:20[01]\d|202[0-4])\b/;

/** "...remain on the previous paper process until...": the old way going on while the change waits. */
const MEANWHILE_ON = /\b(?:until|pending|still|remains?|continues?\s+to)\b/;
/** "Owner to be confirmed": nobody yet holds the work. */
const OWNER_UNSET =
  /(?:^|;\s*)(?:the\s+)?(?:[\w-]+\s+)?(?:owner|lead|leads|responsibility|ownership)\s+(?:is\s+)?(?:still\s+)?to\s+be\s+(?:confirmed|agreed|assigned|allocated|decided|determined|identified)\b|^no\s+(?:owner|lead)\s+(?:has\s+been\s+|yet\s+|as\s+yet\s+)*(?:assigned|allocated|appointed|identified|agreed|named)\b|^(?:owner|lead)\s*(?:[:-]\s*)?tbc\b/;
/** "the progress colleagues in Leicestershire have made": another force's work. */
const OTHERS_WORK =
  /\b(?:colleagues|neighbours|counterparts)\s+(?:in|at|from)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:have|had)\b|\b(?:some\s+of\s+|many\s+of\s+)?(?:our|its|their)\s+neighbours\s+(?:already\s+)?(?:run|use|hold|deliver|provide|have)\b/;
/** "entered on the force's register and assigned to the Head of Intelligence as owner": administration. */
const LOGGED_ONLY =
  /\b(?:entered|logged|recorded|added|placed)\s+(?:on|to|in|onto)\s+(?:the\s+|a\s+|its\s+|our\s+)?(?:force'?s\s+)?(?:[\w-]+\s+){0,4}?(?:register|tracker|action\s+log|queue|backlog)\b|\bassigned\s+(?:to\s+[^.;]{1,60}?\s+)?as\s+(?:the\s+|its\s+)?(?:accountable\s+|responsible\s+)?(?:owner|lead)\b/;
/** "Analyst post approved", "funding was agreed in July": resources for work to come. */
/** "The checklist has been approved in principle and will be launched in October": a go-ahead, not a step. */
const IN_PRINCIPLE = /\b(?:has|have)\s+been\s+(?:approved|agreed|endorsed|signed\s+off)\s+in\s+principle\b/g;
const RESOURCE_DECISION =
  /\b(?:post|role|vacancy|position)s?\s+(?:is|are)\s+(?:now\s+)?being\s+(?:advertised|recruited\s+to|filled)\b|\bappointment\s+(?:has\s+(?:now\s+)?been|was)\s+made\b|\b(?:delivery|training|implementation|roll-?out)\s+plan\s+(?:has\s+(?:now\s+)?been|was)\s+(?:agreed|approved|signed\s+off|endorsed)\b|\b(?:has|have)\s+(?:now\s+)?(?:approved|agreed|endorsed|signed\s+off)\s+(?:the|this|an|its|a)\s+(?:proposed\s+|new\s+|recommended\s+)?(?:approach|proposals?|options?|way\s+forward)\s*[.!]?$|\b(?:funding|budget|(?:analyst|new|additional|extra)\s+post|posts?|business\s+case|bid|backfill)\s+(?:for\s+[^.;]{1,100}?\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:approved|agreed|signed\s+off|secured|granted)\b/;
/**
 * "request sent 12 June 2025", "costs are being sought from the regional unit", "has written to Immigration
 * Enforcement asking...", "go-live once signatures received": asked of someone else, and waiting on them.
 */
const REQUEST_SENT =
  /\b(?:has|have)\s+written\s+to\s+(?:the\s+)?[a-z&' ]{2,60}?\s+(?:asking|to\s+ask|seeking|requesting)\b|\b(?:costs?|quotes?|quotations?|prices?|dates?|places?)\s+(?:are|is)\s+(?:now\s+)?being\s+(?:sought|requested|obtained)\b|\b(?:request|bid|application)\s+made\s+to\b|\bgo-?live\s+(?:once|when|after|pending|following)\b|\b(?:request|bid|application)\s+(?:for\s+[^.;]{1,60}?\s+)?(?:was\s+|has\s+been\s+)?(?:sent|lodged|submitted)\b/;
/** "The force is holding off until the modules appear": waiting. */
const ALL_BY_A_TARGET =
  /\b(?:asked|asks|wants?|wanted|expects?|expected|requires?|required|directed|instructed|aims?|hopes?)\s+(?:for\s+)?(?:all|every|each|everyone|everybody)\b[^.;]{0,80}?\bto\s+(?:have\s+)?(?:attended|completed|done|finished|been\s+through|passed)\b/;
const TIMETABLE_SET =
  /\b(?:has|have)\s+(?:now\s+)?(?:agreed|arranged|fixed|secured|confirmed|reserved)\s+(?:the\s+|some\s+|new\s+|(?:two|three|four|five|six|\d+)\s+)?(?:dates?|places|slots)\s+(?:with\s+[^.;]{1,60}?\s+)?(?:for|in|from)\s+(?:the\s+)?(?:new\s+year|next|autumn|spring|summer|winter|january|february|march|april|may|june|july|august|september|october|november|december|20\d\d|q[1-4])\b|\b(?:has|have)\s+set\s+(?:itself\s+|themselves\s+|out\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:timetable|target|deadline|timeline|date)\b|\b(?:has|have)\s+given\s+(?:[\w'’-]+\s+){1,6}?(?:a|an)\s+(?:[\w-]+\s+)?(?:deadline|target\s+date|timetable)\b/;
const BARE_DISAGREEMENT =
  /^(?:but\s+|however,?\s+)?i\s+(?:do\s+not|don't|cannot|can't|would\s+not)\s+agree\s*[.!]?$/;
const SYSTEM_CHANGE =
  /\b(?:moving|migrating|switching|changing\s+over|transferring)\s+(?:over\s+)?to\s+(?:a|an|the|its)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:system|platform|lms)\b|\bnew\s+(?:[\w-]+\s+){0,3}?(?:system|platform)\s+(?:it|that\s+it|which\s+it|the\s+force)\s+is\s+(?:adopting|buying|procuring|moving\s+to)\b/;
const HOLDING_OFF = /\b(?:holding|held)\s+(?:off|back)\b/;
const ON_TOPIC = /\b(?:immigration|oic|smuggling|trafficking)\b/;
/** "Hydra is used chiefly for public order and firearms command": the suite's other uses. */
const OTHER_USES =
  /\bfor\s+(?:[\w-]+\s+){0,2}?(?:public\s+order|firearms|critical\s+incident|major\s+incident|counter[- ]terror\w*|civil\s+emergenc\w*)\b/;

/** "agrees with the recommendation and nothing more", "has done no more than note it": acceptance alone. */
const ONLY_ACCEPTED =
  /\b(?:agree|accept|support)(?:s|d|ed)?\b[^.;]{0,60}?\bbut\s+(?:has|have)\s+not\s+(?:yet\s+)?(?:given|provided|set\s+out|described|shared|offered)\s+(?:me\s+|us\s+|the\s+board\s+)?(?:any\s+)?(?:further\s+)?(?:detail|details|information|plan|timescales?|actions?)\b|\b(?:agree|accept|support|welcome|note)(?:s|d|ed)?\b[^.;]{0,60}?\b(?:and|but)\s+(?:nothing|no)\s+more\b|\b(?:no|nothing)\s+more\s+than\s+(?:to\s+)?(?:accept|agree|acknowledg|note|welcome)|\bbeyond\s+(?:accepting|agreeing|acknowledging|welcoming|noting|(?:naming|assigning|appointing|nominating)\s+(?:an?\s+|the\s+)?(?:owner|lead))\b[^.;]{0,80}?\b(?:no|nothing)\b|\b(?:simply|only|merely|purely)\s+(?:one\s+of\s+)?(?:acceptance|agreement|support)\b/;
export const ACCEPTANCE_ONLY = 'says the force has done no more than accept it';

/** Each detector reads the part of a clause that can carry its kind of signal. */
function textFor(kind: SignalKind, clause: string, now: string, present: string): string {
  if (kind === 'complete') return now;
  if (STATE_KINDS.has(kind)) return present;
  if (kind === 'planned')
    return DESCRIBES.test(clause.trim())
      ? ''
      : clause.replace(CONTENT_CLAUSE, ' ').replace(ACCEPTED_CONTENT, ' ');
  return clause;
}

/**
 * A sentence is read the same wherever a letter asks about it (the decision, its commitments, a quoted answer),
 * so each reading is kept for the rest of that letter; the map handed out is a copy, so no caller can change a
 * kept one. The pipeline forgets them when it starts the next letter, so nothing is carried between letters.
 */
const READ = new Map<string, Map<SignalKind, { weight: number; by: string }>>();
const READ_LIMIT = 5000;

/** Whether a sentence accepts or refuses: the two detectors alone, for a quotation that may wrap a stance. */
export function takesStance(sentence: string): boolean {
  const s = sentence.toLowerCase();
  return DETECTORS.some((d) => (d.kind === 'accepted' || d.kind === 'declined') && d.test(s));
}

export function forgetReadings(): void {
  READ.clear();
}

export function signalsOf(sentence: string): Map<SignalKind, { weight: number; by: string }> {
  let kept = READ.get(sentence);
  if (!kept) {
    if (READ.size >= READ_LIMIT) READ.clear();
    kept = readSignals(sentence);
    READ.set(sentence, kept);
  }
  return new Map(kept);
}

/** Some of the people or cases done says both that work has begun and that more remains. */
function markPartDone(found: Map<SignalKind, { weight: number; by: string }>): void {
  found.set('progress', { weight: 1, by: 'part of the people or cases done' });
  found.set('remaining', { weight: 1, by: 'part of the people or cases still to do' });
}

function readSignals(sentence: string): Map<SignalKind, { weight: number; by: string }> {
  const s = sentence
    .toLowerCase()
    .replace(/^["“‘']+\s*/, '')
    .replace(/^(?:pcc|pfcc|opcc|commissioner(?:'s|’s)?)\s+(?:comments?|view|response|note)\s*:\s*/, '')
    .replace(PARTIAL_ACCEPTANCE, '$1')
    .replace(IN_PRINCIPLE, ' ')
    // "..., subject to the post being approved in the budget, which I will consider": the commissioner's part
    // is said in passing and leaves the force's own clause standing.
    .replace(/,\s*which\s+i\s+(?:will|shall)\s[^.;]*/g, '')
    // "...who has told me he will not implement it": a reported position with its "that" left out.
    .replace(
      /\b(told|assured|informed|advised)\s+me\s+(?=(?:he|she|they|it|the\s+force|the\s+constabulary)\s)/g,
      '$1 me that ',
    );
  const found = new Map<SignalKind, { weight: number; by: string }>();
  if (isMeta(s)) return found;
  // "The Constabulary has rated this blue. I do not agree.": the commissioner disputing what was just said.
  if (BARE_DISAGREEMENT.test(s)) return found;
  // "I am told by the Chief Constable that...", "...who has explained that the force will not send officers":
  // the force's position, reported by the commissioner, is read as the force's own words.
  const reported = REPORTED_POSITION.exec(s);
  if (reported) {
    const position = signalsOf(reported[1]);
    if (position.size) return position;
  }
  const overseen = OVERSIGHT.test(s);
  // The clause that claims completion: a purpose or condition elsewhere in the sentence ("was rewritten so
  // that...; ..., and no further action is required") does not unsay it.
  let claimedIn = s;
  let declinedIn = '';
  // Each clause is read on its own, and a clause whose main verb is future speaks of what will be, so what it
  // says in passing of the present ("drawing on the intelligence it already holds") is not progress.
  for (const clause of s.split(CLAUSE_BREAK)) {
    // "..., and I will expect to see it covered": the commissioner's own scrutiny, clause by clause.
    // "MOPAC has reviewed the plan and considers that this recommendation has been met": its verdict stands.
    if (OVERSIGHT.test(clause.trim()) && !JUDGED_MET.test(clause)) continue;
    const main = clause.replace(SUBORDINATE, ' ');
    const willAt = prospectAt(main, s.startsWith(clause));
    // What follows a main-clause "will" is in its scope; what comes before it ("Phase one has been
    // completed and phase two will follow") is still said of the present.
    const now = willAt >= 0 ? main.slice(0, willAt) : main;
    // A relative clause describes a thing ("training that is already scheduled"), not the force's work;
    // but a claim that all have completed keeps its verb ("All officers whose duties... had completed").
    const present = now.replace(RELATIVE_CLAUSE, ' ').replace(TO_BE_CHECKED, ' ');
    for (const d of DETECTORS) {
      const prior = found.get(d.kind);
      if (prior && prior.weight >= d.weight) continue;
      const text = textFor(d.kind, clause, now, present);
      if (!d.test(text)) continue;
      found.set(d.kind, { weight: d.weight, by: d.name });
      if (d.kind === 'complete') claimedIn = clause;
      if (d.kind === 'declined') declinedIn = clause;
    }
  }
  // The commissioner's own scrutiny is not the force's work, but what it found may be: "I have examined the
  // plan, and I am satisfied that what the inspectorate asked for is now in place".
  if (overseen) {
    const judged = SATISFIED_THAT.exec(s);
    if (judged && !found.has('complete')) {
      for (const d of DETECTORS)
        if (d.kind === 'complete' && d.test(judged[1]))
          found.set('complete', { weight: d.weight, by: d.name });
    }
    const complete = found.get('complete');
    // "I support what the inspectorate says ... and have drawn it to the Chief Constable's attention".
    const accepts = DETECTORS.find((d) => d.kind === 'accepted' && d.test(s));
    const accepted = found.get('accepted') ?? (accepts && { weight: accepts.weight, by: accepts.name });
    // "I have discussed this with the Chief Constable ...; the force is therefore not taking it forward": the
    // force's refusal stands, whoever reports it ("I am satisfied ..., including the one he has chosen not to
    // adopt" is the commissioner's clause, about another).
    const declined = /^(?:\w+\s+){0,2}?i\s/.test(declinedIn.trim()) ? undefined : found.get('declined');
    found.clear();
    if (declined) {
      found.set('declined', declined);
      return found;
    }
    // "The force expects everyone to have finished by March, and I will see the figures": a target, overseen.
    if (complete && !PURPOSE.test(s) && !ALL_BY_A_TARGET.test(s)) found.set('complete', complete);
    if (accepted) found.set('accepted', accepted);
    // "By June 57 per cent had finished, and managers are chasing the rest through the performance meeting":
    // the count of those done is a fact, whoever watches it.
    if (s.split(CLAUSE_BREAK).some((clause) => !OVERSIGHT.test(clause.trim()) && partDone(clause))) {
      markPartDone(found);
    }
    return found;
  }
  // "will be monitored" alone is follow-up, not a plan of work.
  if (
    found.has('follow-up') &&
    found.has('planned') &&
    found.get('planned')!.by === 'future or conditional'
  ) {
    const withoutFollowUp = s.replace(FOLLOW_UP_ALL, '');
    // "...will review its plan, and expects to take the revised plan to the board": a plan besides.
    const otherPlan = DETECTORS.some(
      (d) => d.kind === 'planned' && d.test !== mainClauseWill && d.test(withoutFollowUp),
    );
    if (!mainClauseWill(withoutFollowUp) && !otherPlan) found.delete('planned');
  }
  // A claim that all have finished can run across a list ("...supervisors and the Bureau - had
  // completed"), which the clause split would cut; read it whole where nothing is said of the future.
  if (!found.has('complete') && !OVERSIGHT.test(s)) {
    const whole = s.replace(SUBORDINATE, ' ');
    if (mainClauseWillAt(whole) < 0) {
      for (const d of DETECTORS)
        if (d.kind === 'complete' && d.test(whole)) found.set('complete', { weight: d.weight, by: d.name });
    }
  }
  // A sentence about what will happen, or what must, is not a claim that it has.
  // ("...so that new joiners take them": upkeep for newcomers does not unsay that all have done it.)
  const upkeep = NEW_STARTERS.test(s);
  const plannedWork =
    found.has('planned') && !(found.get('planned')!.by === 'future or conditional' && upkeep);
  if (found.has('complete') && (plannedWork || (PURPOSE.test(claimedIn) && !upkeep))) {
    found.delete('complete');
  }
  // "has chosen not to alter local practice in the meantime": holding back a step, not refusing the work.
  // "Until that decision is made, it does not propose to issue local guidance": held back while waiting.
  if (found.has('declined') && (MEANWHILE.test(s) || /^until\b/.test(s))) {
    found.delete('declined');
    found.delete('progress');
    found.set('remaining', { weight: 1, by: 'a step held back meanwhile' });
  }
  // A rule on referrals, a refusal that does not say which recommendation, an option weighed and dropped.
  if (found.has('declined') && NOT_A_REFUSAL.some((p) => p.test(s))) found.delete('declined');
  // "I do not agree that this line should be shown as closed": the rating is disputed, not the recommendation.
  if (found.has('declined') && DISPUTED_CLOSURE.test(s)) {
    found.delete('declined');
    found.delete('accepted');
    found.set('remaining', { weight: 1, by: 'closure disputed' });
  }
  // "I am content for this line to be closed": the commissioner agrees the work is done.
  if (CLOSURE_AGREED.test(s)) {
    found.delete('planned');
    found.set('complete', { weight: 3, by: 'closure agreed' });
  }
  if (found.has('declined')) found.delete('accepted');
  // "No work has started yet", "has not begun": the absence of progress is work remaining.
  // "...and gone back to the officer whenever nothing has been submitted": a condition, not the state of work.
  if (NOT_STARTED_SAID.test(s.replace(SUBORDINATE, ' '))) {
    found.delete('progress');
    found.delete('in-place');
    found.set('remaining', { weight: 1, by: NOT_STARTED });
  }
  if (ONLY_ACCEPTED.test(s)) {
    for (const kind of ['progress', 'in-place', 'planned', 'remaining'] as const) found.delete(kind);
    found.set('accepted', { weight: 1, by: ACCEPTANCE_ONLY });
  }
  // A tracker note's clipped past ("Briefing delivered to all response shifts in June, and..."): a note
  // ends like a sentence, where a tracker's title of the recommendation ("...completed by staff") does not.
  if (
    !found.has('progress') &&
    found.get('remaining')?.by !== NOT_STARTED &&
    END_OF_SENTENCE.test(s) &&
    s
      .split(CLAUSE_BREAK)
      .some((clause) => CLIPPED_PAST.test(clause.trim()) || CLIPPED_UNDER_WAY.test(clause.trim()))
  )
    found.set('progress', { weight: 1, by: 'an action done, in the clipped past of a tracker note' });
  // "has approved the modules as mandatory, and a target of 90% by March", "a process has been agreed,
  // under which every officer will...": a decision about work to come.
  if (
    found.get('progress')?.by === 'a started action in the perfect' &&
    (FUTURE_TIME.test(s) ||
      /\bunder\s+which\b[^.;]*\b(?:will|would)\b|\bfor\s+(?:inclusion|use|adoption|introduction)\s+in\b/.test(
        s,
      )) &&
    DECIDED_IN_PERFECT.test(s) &&
    !perfectVerbs(s).some((v) => !DECISION.has(v.verb) && perfectOfAction(v))
  ) {
    found.delete('progress');
    found.set('planned', { weight: 1, by: 'a decision about work to come' });
  }
  // "agreed that Norfolk would have its own plan, modelled on the one Suffolk has drafted", "has taken the
  // decision that the modules will become mandatory": a decision about work to come; a perfect inside it
  // speaks of something else.
  if (
    found.get('progress')?.by === 'a started action in the perfect' &&
    (REPORTED_DECISION.test(s) || DECIDED_THAT_WILL.test(s))
  ) {
    found.delete('progress');
    found.set('planned', { weight: 1, by: 'a decision about work to come' });
  }
  // "officers continue to work to existing practice": the old way going on is not progress.
  // Where it goes on "until" the change comes, part of the work is still to do.
  if (STATUS_QUO.test(s)) {
    found.delete('progress');
    found.delete('in-place');
    if (MEANWHILE_ON.test(s)) found.set('remaining', { weight: 1, by: 'the old way goes on meanwhile' });
  }
  // "new starters will complete them as a matter of course": upkeep after the work, not work to come.
  if (found.get('planned')?.by === 'future or conditional' && NEW_STARTERS.test(s)) {
    found.delete('planned');
    found.delete('remaining');
    found.set('follow-up', { weight: 0.5, by: 'upkeep for new starters' });
  }
  // "Owner to be confirmed": nobody yet holds the work, which is not a plan for it.
  if (OWNER_UNSET.test(s)) found.delete('planned');
  // "the progress colleagues in Leicestershire have made": another force's work, not this one's.
  if (OTHERS_WORK.test(s)) {
    found.delete('progress');
    found.delete('in-place');
  }
  // "Hydra has been used chiefly for public order and firearms command": the suite's other uses are not
  // work on organised immigration crime.
  if (OTHER_USES.test(s) && !ON_TOPIC.test(s)) {
    for (const kind of ['progress', 'in-place', 'complete'] as const) found.delete(kind);
  }
  // "Analyst post approved", "funding was agreed in July": resources for work to come, not the work.
  if (RESOURCE_DECISION.test(s)) {
    found.delete('progress');
    found.set('planned', { weight: 1, by: 'resources agreed for work to come' });
  }
  // "request sent 12 June 2025, no reply yet": asked of someone else, and waiting.
  if (REQUEST_SENT.test(s)) {
    found.delete('progress');
    found.set('planned', { weight: 2, by: 'waits on a request to someone else' });
  }
  // "The force has set itself a reasonable timetable": a plan, not a step.
  if (TIMETABLE_SET.test(s)) {
    found.delete('progress');
    found.set('planned', { weight: 1, by: 'a timetable set' });
  }
  // "GMP is moving to a new learning management system": the platform the work waits for, not the work.
  if (SYSTEM_CHANGE.test(s)) found.delete('progress');
  // "The force is holding off until...": waiting, not work under way.
  if (HOLDING_OFF.test(s)) found.delete('progress');
  if (LOGGED_ONLY.test(s) && !/\band\s+(?:has|have)\s+(?:begun|started)\b/.test(s)) found.delete('progress');
  if (ELSEWHERE.test(s)) {
    found.delete('progress');
    found.set('planned', { weight: 2, by: 'waits on work another body is doing' });
  }
  // "Roughly half written", "every part of the force apart from roads policing": part of a whole that is not
  // yet done, whatever a clause says of the part that is.
  const ofTheWhole = PART_OF_THE_WHOLE.test(s);
  if (ofTheWhole || partDone(s)) {
    if (ofTheWhole) found.delete('complete');
    markPartDone(found);
  }
  // "has asked for every detective inspector to have attended by the spring": a target for all, not a claim.
  if (found.has('complete') && ALL_BY_A_TARGET.test(s)) {
    found.delete('complete');
    found.set('planned', { weight: 1, by: 'a target for all, still to be met' });
  }
  // "Few officers have been through it so far": the baseline before the work, not a step in it.
  if (FEW.test(s)) {
    for (const kind of ['progress', 'complete', 'in-place'] as const) found.delete(kind);
    found.set('remaining', { weight: 1, by: 'few have done it' });
  }
  // "Nobody on the list remains to be trained": none left, so nothing to come either.
  if (NONE_LEFT.test(s)) {
    found.delete('planned');
    found.delete('remaining');
  }
  // "Nothing further is needed", "nothing remains outstanding", "No one on that list is still to attend".
  if (NOTHING_MORE.test(s)) found.delete('remaining');
  // "Neither the plan nor the protocol is finished".
  if (NEITHER_DONE.test(s)) {
    found.delete('complete');
    found.set('remaining', { weight: 1, by: 'neither part is done' });
  }
  const complete = found.get('complete');
  if (complete && (EARLIER_YEAR.test(s) || OWN_ALTERNATIVE.test(s)))
    found.set('complete', { ...complete, by: NOT_THE_WORK_ASKED });
  return found;
}

const CELL_KINDS: Array<[RegExp, SignalKind, number]> = [
  [
    /^(?:(?:none\s*-\s*)?(?:complete|completed|finished|achieved|closed|discharged|met|fully met|done|implemented|delivered|fully implemented))$/,
    'complete',
    3,
  ],
  [
    /^(?:in progress|ongoing|underway|under way|partially (?:met|complete|completed|achieved|implemented)|partly met|started)$/,
    'progress',
    3,
  ],
  // "On track" and a colour are the force's own rating, worth less than what the words describe.
  [/^(?:on track|in development|in draft|drafting|being developed)$/, 'progress', 0.5],
  [/^(?:planned|scheduled|pending|to be started)$/, 'planned', 3],
  // "Not started" says nothing was done, not that anything is intended: the words must say what is planned.
  [/^(?:not started|not yet started)$/, 'planned', 0.5],
  [/^(?:not accepted|rejected|declined|not agreed|not supported)$/, 'declined', 3],
  // A force's own colour, read in DESIGN.md's BRAG sense; weaker than words, which may say otherwise.
  [/^blue$/, 'complete', 2],
  [/^green$/, 'progress', 0.5],
  [/^amber$/, 'planned', 0.5],
  [/^(?:accepted|agreed|supported|noted|acknowledged)$/, 'accepted', 1],
];
/** "Action closed", "Status: complete", "Overall RAG - Green": a label before the status. */
const CELL_LABEL =
  /^(?:(?:action|recommendation|rec|item|overall|current|force|status|rag|brag|position|progress|rating|assessment|self-assessment|pcc|pfcc|opcc|commissioner|(?:pcc|pfcc|commissioner)'s|view)\s*)+[:\-]?\s*/;

function oneStatus(part: string): { kind: SignalKind; weight: number } | null {
  const c = part.trim().replace(/[.!]$/, '');
  for (const candidate of [c, c.replace(CELL_LABEL, '')]) {
    for (const [pattern, kind, weight] of CELL_KINDS) if (pattern.test(candidate)) return { kind, weight };
  }
  return null;
}

/**
 * A table cell that is a status on its own ("Complete", "Ongoing", "Accepted"), or a status with a gloss
 * ("Agreed - not started", "Amber - dependent on LMS migration"): the most telling part decides.
 */
export function statusCell(cell: string): { kind: SignalKind; weight: number } | null {
  // "Open - on track": an item still open, rated by what follows.
  const c = cell
    .trim()
    .toLowerCase()
    .replace(/^open\s*[-–:]\s*(?=\S)/, '');
  const whole = oneStatus(c);
  if (whole) return whole;
  if (c.split(/\s+/).length > 8) return null;
  const parts = c.split(/\s+-\s+|;\s*|,\s*|\s*\(\s*|\s*\)\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const found = parts.map(oneStatus);
  if (!found[0]) return null;
  // "Not started; no owner yet assigned": nobody holds the work, so it is not planned either.
  if (parts.slice(1).some((part) => OWNER_UNSET.test(part.trim()))) return { kind: 'remaining', weight: 1 };
  const telling = found.filter((f): f is { kind: SignalKind; weight: number } => f !== null);
  // The gloss may carry the sense ("dependent on..."), read as a sentence.
  for (const part of parts.slice(1)) {
    if (oneStatus(part)) continue;
    const said = signalsOf(part);
    for (const kind of ['declined', 'planned', 'remaining', 'progress'] as SignalKind[]) {
      if (said.has(kind)) telling.push({ kind: kind === 'remaining' ? 'planned' : kind, weight: 2 });
    }
  }
  // "Closed - not accepted": an item closed by refusing it is a refusal.
  return telling.sort(
    (a, b) =>
      b.weight - a.weight ||
      Number(b.kind === 'declined') - Number(a.kind === 'declined') ||
      Number(a.kind === 'accepted') - Number(b.kind === 'accepted'),
  )[0];
}
