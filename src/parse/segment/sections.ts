import type { Paragraph } from '../../text/paragraphs';
import { numbersNamed, numbersOfHeading, opensWithSeveral, readHeading } from './headings';
import type { TopicFinder } from './topics';
import type { WordingMatcher } from './wording';

export type SectionVia = 'heading' | 'wording' | 'heading and wording' | 'keyword';

/** The part of a letter about one recommendation. */
export interface Section {
  number: number;
  /** The paragraphs of the response, with headings and the quoted recommendation text left in; the classifier sets quotes aside. */
  texts: string[];
  via: SectionVia;
}

export interface Segmentation {
  sections: Map<number, Section>;
  /** Paragraphs in no section: the preamble, the closing, the signature. */
  outside: string[];
  notes: string[];
}

interface Anchor {
  /** Usually one; a heading such as "Recommendations 8 and 9" opens a part shared by two. */
  numbers: number[];
  via: SectionVia;
  /** Text of the anchor paragraph that belongs to the response, if any. */
  content: string | null;
  /** The next paragraph was the quoted text and is part of the anchor. */
  consumesNext: boolean;
}

export interface SegmentContext {
  matcher: WordingMatcher;
  topics: TopicFinder;
  /** Every recommendation number the report has. */
  numbers: readonly number[];
  sentences: (text: string) => string[];
}

const QUOTE_PRECISION = 0.5;
const LABEL_ONLY =
  /^(?:response|force response|pcc response|chief constable'?s? response|update|progress update|comments?|action(?:s)? taken|status)\s*[:.-]?\s*/i;
/** A paragraph that speaks of the letter as a whole, or the commissioner's own oversight, ends the part before it. */
const CLOSING =
  /^(?:in conclusion|to conclude|in summary|in closing|overall|finally|kind regards|best wishes|i trust|i hope|thank you|please do not hesitate)\b|^(?:conclusion|summary|closing remarks|next steps|oversight|scrutiny|governance|commissioner'?s\s+comments?|pcc'?s\s+comments?|comments?\s+from\s+the\s+commissioner)\W*$|\byours\s+(?:sincerely|faithfully|truly)\b|^(?:i|the commissioner|the pcc|the pfcc|the mayor)\s+(?:will|shall)\s+(?:continue\s+to\s+|also\s+|then\s+)?(?:closely\s+)?(?:monitor|scrutinis|keep|hold|review|receive|report|publish|seek|track|oversee|ask)|^i\s+am\s+(?:copying|sending|sharing|publishing)\b|^(?:a\s+)?cop(?:y|ies)\s+of\s+this\s+(?:letter|response)\b|^i\s+am\s+(?:grateful|encouraged|confident|assured|reassured|pleased\s+(?:with|by)\s+the\s+progress)\b|^i\s+would\s+(?:also\s+)?like\s+to\s+(?:thank|recognise|acknowledge|commend|praise|pay\s+tribute)\b|\b(?:recommendations|responses|response)\s+(?:set out\s+|outlined\s+|detailed\s+|made\s+)?above\b|\b(?:supportive of|support|accept|welcome)s?\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:other\s+)?recommendations\b|^(?:(?:for|on|as\s+for|turning\s+to|regarding)\s+)?(?:the\s+)?(?:report's\s+|inspectorate's\s+)?(?:other|remaining)\s+(?:\w+\s+)?recommendations\b|^(?:(?:part|section|annex|appendix)\s+\w+\s*[:.\-–]\s*)?(?:the\s+)?recommendations\s+(?:for|to|made to|addressed to)\s+(?:national|other)\b|^(?:progress|delivery|work)\s+(?:on|against)\s+(?:(?:(?:each|every|all)\s+(?:of\s+)?)?(?:the\s+)?(?:\w+\s+)?recommendations|(?:each|every)\s+recommendation)\b|^(?:more\s+(?:broadly|generally|widely)|beyond\s+(?:this|these|the)\s+(?:\w+\s+){0,4}?recommendations?)\b/i;

function quoteOf(text: string, matcher: WordingMatcher) {
  const m = matcher.best(text);
  return m && m.precision >= QUOTE_PRECISION ? m : null;
}

/** Short and with no full stop: a heading, not a sentence. */
export function headingLike(text: string): boolean {
  return text.split(/\s+/).length <= 14 && !/[.!?;]["')]?$/.test(text.trim());
}

function misnumbered(given: number, quoted: number): string {
  return `The letter heads recommendation ${quoted} as "Recommendation ${given}"; it was read by its quoted text as recommendation ${quoted}.`;
}

function tableAnchor(p: Paragraph, ctx: SegmentContext, notes: string[]): Anchor | null {
  const cells = p.text.split(' | ');
  // A first cell that is only a number, in a table of recommendations, is the recommendation's number;
  // a tracker's own reference ("OIC-R8", "HMI/Rec 8") carries the number after its prefix.
  const bare = /^(?:no\.?\s*)?(\d{1,2})\.?$/i.exec(cells[0].trim());
  const reference = cells[0]
    .trim()
    .replace(/^(?:[A-Za-z]{2,10}\s?[-_/.:]\s?)+(?=(?:r|rec\.?\s?|recommendation\s?)\d)/i, '');
  // "OIC-04": a tracker's code whose number is the recommendation's, where the row's words agree; so too
  // "9 - Four-module e-learning", a number before the row's own short title.
  const first = cells[0].trim();
  const coded =
    /^(?:[A-Za-z]{2,10}\s?[-_/.:]\s?)+0?(\d{1,2})$/.exec(first) ??
    /^(\d{1,2})\s*[-–—:]\s+[A-Za-z]/.exec(first);
  const codedNumber = coded ? Number(coded[1]) : 0;
  const codeFits =
    codedNumber > 0 &&
    ctx.numbers.includes(codedNumber) &&
    (ctx.topics(p.text, [codedNumber]).length > 0 ||
      ctx.matcher.against(p.text, codedNumber).coverage >= 0.25);
  const heading =
    readHeading(reference) ??
    (codeFits ? { number: codedNumber, rest: '' } : null) ??
    (bare && ctx.numbers.includes(Number(bare[1])) ? { number: Number(bare[1]), rest: '' } : null);
  const quoted = cells.map((c) => quoteOf(c, ctx.matcher)).find((m) => m);
  if (!heading && !quoted) return null;
  if (heading && quoted && heading.number !== quoted.number)
    notes.push(misnumbered(heading.number, quoted.number));
  const rest = cells.map((c, k) => (k === 0 && heading ? heading.rest : c)).filter(Boolean);
  return {
    numbers: [quoted?.number ?? heading!.number],
    via: heading ? (quoted ? 'heading and wording' : 'heading') : 'wording',
    content: rest.join(' | '),
    consumesNext: false,
  };
}

function firstSentence(text: string): string {
  return text.split(/(?<=[.!?]["'”’)]?)\s+/)[0];
}

function anchorAt(paragraphs: Paragraph[], i: number, ctx: SegmentContext, notes: string[]): Anchor | null {
  const p = paragraphs[i];
  if (p.kind === 'table') return tableAnchor(p, ctx, notes);
  const { matcher } = ctx;
  const heading = readHeading(p.text);
  if (heading) {
    const own = heading.rest.replace(LABEL_ONLY, '');
    const quotedHere = own ? matcher.best(firstSentence(own)) : null;
    const next = paragraphs[i + 1];
    // The quote may open the paragraph below the heading, with the answer running on after it.
    const quotedNext =
      !quotedHere && next && !readHeading(next.text)
        ? (quoteOf(next.text, matcher) ?? quoteOf(firstSentence(next.text), matcher))
        : null;
    const quoted = quotedHere ?? quotedNext;
    if (quoted && quoted.number !== heading.number) notes.push(misnumbered(heading.number, quoted.number));
    return {
      numbers: [quoted?.number ?? heading.number],
      via: quoted ? 'heading and wording' : 'heading',
      content: own && !headingLike(own) ? own : null,
      consumesNext: Boolean(quotedNext),
    };
  }
  const several = opensWithSeveral(p.text).filter((n) => ctx.numbers.includes(n));
  if (several.length > 1) {
    const content = headingLike(p.text) ? null : p.text;
    return { numbers: [...new Set(several)], via: 'heading', content, consumesNext: false };
  }
  if (headingLike(p.text)) {
    // "Hydra training (Recommendation 8)", "Recommendations 8 and 9 - Hydra and e-learning", "Plans (rec. 4)".
    const numbers = numbersOfHeading(p.text).filter((n) => ctx.numbers.includes(n));
    if (numbers.length)
      return { numbers: [...new Set(numbers)], via: 'heading', content: null, consumesNext: false };
    // "The e-learning package": a heading that names one recommendation's subject and nothing else.
    const subject = ctx.topics(p.text, ctx.numbers);
    if (subject.length === 1 && p.text.split(/\s+/).length <= 10 && !p.marker) {
      return { numbers: subject, via: 'heading', content: null, consumesNext: false };
    }
    // "4. Plans to collect, analyse and share information": a numbered heading whose words fit its recommendation.
    if (p.marker && ctx.numbers.includes(p.marker)) {
      const fits =
        ctx.topics(p.text, [p.marker]).length > 0 || matcher.against(p.text, p.marker).coverage >= 0.25;
      if (fits) return { numbers: [p.marker], via: 'heading', content: null, consumesNext: false };
    }
  }
  const quoted = quoteOf(p.text, matcher);
  if (quoted) {
    // "This issue underpins Recommendation 1." just before the quote is the letter's own number for it.
    const named = i > 0 ? /\brecommendation\s+(\d{1,2})\W*$/i.exec(paragraphs[i - 1].text) : null;
    if (named && Number(named[1]) !== quoted.number) notes.push(misnumbered(Number(named[1]), quoted.number));
    return { numbers: [quoted.number], via: 'wording', content: p.text, consumesNext: false };
  }
  return null;
}

/** A change of subject shows in a paragraph's first words ("Turning to Hydra, ..."). */
const OPENING_WORDS = 6;
/** "(Recommendation 9)", "(see rec 8)", "(R2)": a number in brackets, captured. */
const BRACKETED_NUMBER = '\\(\\s*(?:see\\s+)?(?:recommendation|rec\\.?|r)\\s*(\\d{1,2})';
/** "(Recommendation 9)", "(see R8)": a pointer in passing, not a change of part. */
const CROSS_REFERENCE = new RegExp(BRACKETED_NUMBER, 'i');
const SHORT_PARAGRAPH = 20;

function movedTo(text: string, now: number, ctx: SegmentContext): number | null {
  // A short paragraph that names a recommendation by its subject is about that one: "The force has also
  // noted the recommendation on Hydra training."
  const words = text.split(/\s+/);
  const bySubject =
    words.length <= SHORT_PARAGRAPH &&
    /\brecommendations?\s+(?:on|about|concerning|regarding|covering)\b/i.test(text);
  const opening = bySubject ? text : words.slice(0, OPENING_WORDS).join(' ');
  const named = ctx.topics(opening, ctx.numbers);
  if (named.length !== 1 || named[0] === now) return null;
  return ctx.topics(text, [now]).length ? null : named[0];
}

const PART_LABEL =
  /\b(?:response|update|progress|action|status|comment|position|detail|background|summary)s?\b/i;

function startsAnotherPart(text: string, ctx: SegmentContext): boolean {
  const words = text.split(/\s+/);
  return (
    words.length <= 6 &&
    /^[A-Z]/.test(text) &&
    !/[.!?:;,]$/.test(text) &&
    !/\d/.test(text) &&
    !PART_LABEL.test(text) &&
    !ctx.topics(text, ctx.numbers).length &&
    ctx.numbers.every((n) => ctx.matcher.against(text, n).coverage < 0.2)
  );
}

/** "R2", "Rec 4": the short codes a letter uses for recommendations, as numbers. */
function shortCodes(text: string): number[] {
  return [...text.matchAll(/\b(?:R|Rec\.?\s?)(\d{1,2})\b/g)].map((m) => Number(m[1])).filter((n) => n <= 10);
}

function namedElsewhere(text: string, now: number, ctx: SegmentContext): number | null {
  const named = new Set<number>([...numbersNamed(text), ...shortCodes(text)]);
  if (named.size !== 1) return null;
  const [other] = [...named];
  if (other === now || !ctx.numbers.includes(other)) return null;
  return ctx.topics(text, [other]).length && !ctx.topics(text, [now]).length ? other : null;
}

/** "...is a matter for the NCA", "...which asks Border Security Command to...": a recommendation for someone else. */
const FOR_OTHERS =
  /\b(?:matters?|one)\s+for\b|\b(?:addressed|directed)\s+to\b|\bfalls?\s+to\b|\b(?:asks?|asking|calls\s+on)\s+(?:the\s+)?(?:border|home\s+office|college|npcc|national|nca|immigration|government)\b/i;

const OTHER_BODY_ASKED =
  /\brecommendations?\s+(?:that|for|to|asking|which\s+asks)\s+(?:the\s+)?(?:home\s+office|home\s+secretary|nca|national\s+crime\s+agency|border\s+security\s+command|border\s+force|npcc|national\s+police\s+chiefs|government|immigration\s+enforcement)\b/i;

/**
 * "I should add that Recommendations Seven and Ten are matters for the NCA": a paragraph about other
 * recommendations, naming none of this part's, has left it, unless it only points at one in passing.
 */
function aboutOthers(text: string, now: readonly number[], ctx: SegmentContext): boolean {
  if (CROSS_REFERENCE.test(text)) return false;
  // "I note, too, the recommendation that the Home Office extend the peer review process.": no number, but
  // the recommendation it opens on is another body's.
  if (OTHER_BODY_ASKED.test(firstSentence(text)) && !ctx.topics(text, now).length) return true;
  // "...before I am satisfied on R2 and R4": a closing word on two others in their short codes.
  const named = new Set<number>([...numbersNamed(text), ...shortCodes(text)]);
  if (!named.size || [...named].some((n) => now.includes(n))) return false;
  // "I also welcome recommendation 3.": a paragraph that opens on another recommendation, and says nothing of
  // this one's subject, has turned to it.
  const opensOnOthers = numbersNamed(firstSentence(text)).length === 1 && !ctx.topics(text, now).length;
  return named.size > 1 || FOR_OTHERS.test(text) || opensOnOthers;
}

/** "| 1, 3, 5, 6, 7, 10 | n/a | Recommendations for the NCA... |": a tracker row for other bodies' recommendations. */
function rowForOthers(p: Paragraph, now: readonly number[]): boolean {
  if (p.kind !== 'table') return false;
  const first = p.text.split(' | ')[0].trim();
  if (!/^(?:recs?\.?\s*|recommendations?\s*)?\d{1,2}(?:\s*(?:,|and|&|\/)\s*\d{1,2})*$/i.test(first))
    return false;
  return (first.match(/\d{1,2}/g) ?? []).every((n) => !now.includes(Number(n)));
}

export function segment(paragraphs: Paragraph[], ctx: SegmentContext): Segmentation {
  const sections = new Map<number, Section>();
  const outside: string[] = [];
  const notes: string[] = [];
  let current: { numbers: number[]; via: SectionVia } | null = null;
  let contentSeen = false;
  let fromTable = false;
  const give = (numbers: readonly number[], text: string) => {
    for (const n of numbers) {
      let section = sections.get(n);
      if (!section) sections.set(n, (section = { number: n, texts: [], via: current!.via }));
      section.texts.push(text);
    }
  };
  const add = (text: string) => {
    const numbers = current!.numbers;
    if (numbers.length === 1) return give(numbers, text);
    // A part shared by several recommendations gives each paragraph, or where a paragraph speaks of
    // several, each sentence, to the one it names; what names none belongs to all.
    const named = ctx.topics(text, numbers);
    if (named.length <= 1) return give(named.length ? named : numbers, text);
    // A sentence that names none goes on with the one before it ("E-learning: modules were assigned in May.
    // By July completion stood at 71 per cent."); before any is named, it belongs to all.
    for (const [own, piece] of piecesBySubject(text, numbers, numbers, ctx.topics, ctx.sentences))
      give(own, piece);
  };
  // "On this page: Recommendation 2, Recommendation 4, ...": a run of bare headings is a list of contents.
  const bare = paragraphs.map((p) => {
    const heading = p.kind === 'text' || p.kind === 'bullet' ? readHeading(p.text) : null;
    return (
      heading !== null &&
      (heading.rest === '' || (headingLike(heading.rest) && heading.rest.split(/\s+/).length <= 4))
    );
  });
  const contents = bare.map((b, i) => b && (bare[i - 1] === true || bare[i + 1] === true));
  for (let i = 0; i < paragraphs.length; i++) {
    if (contents[i]) {
      outside.push(paragraphs[i].text);
      current = null;
      continue;
    }
    const anchor = anchorAt(paragraphs, i, ctx, notes);
    if (anchor) {
      current = { numbers: anchor.numbers, via: anchor.via };
      fromTable = paragraphs[i].kind === 'table';
      for (const n of anchor.numbers) {
        if (!sections.has(n)) sections.set(n, { number: n, texts: [], via: anchor.via });
      }
      if (anchor.content) add(anchor.content);
      if (anchor.consumesNext) add(paragraphs[++i].text);
      // A paragraph that quotes the recommendation and goes on to answer it has given content already.
      contentSeen = Boolean(
        anchor.content && ctx.sentences(anchor.content).some((x) => !quoteOf(x, ctx.matcher)),
      );
      continue;
    }
    const text = paragraphs[i].text;
    if (!/[A-Za-z]{2}/.test(text) || (LABEL_ONLY.test(text) && text.replace(LABEL_ONLY, '') === '')) continue;
    // A tracker row says all it has to say; prose after the table is about the table, not its last row.
    if (current && fromTable && paragraphs[i].kind !== 'table') current = null;
    if (current && contentSeen && CLOSING.test(text)) current = null;
    // "Neighbouring forces", "Training for officers and staff": a heading that names no recommendation's
    // number or subject starts another part of the letter.
    if (current && contentSeen && startsAnotherPart(text, ctx)) current = null;
    if (current && contentSeen && aboutOthers(text, current.numbers, ctx)) current = null;
    if (current && rowForOthers(paragraphs[i], current.numbers)) current = null;
    // "Turning to Hydra, ...": a paragraph that opens on another recommendation's subject, and says nothing
    // of this one's, has moved on to that recommendation.
    // The first paragraph under a heading belongs to it, and "(Recommendation 9)" is a cross-reference.
    // "For completeness, the Chief Constable also supports the aim of R8 on Hydra": a paragraph that names
    // another recommendation by number and by subject, and nothing of this one's, is about that one. A letter
    // that has misnumbered its recommendations cannot be taken at its numbers.
    const single: number | null =
      current && contentSeen && current.numbers.length === 1 ? current.numbers[0] : null;
    const next: number | null =
      single === null || CROSS_REFERENCE.test(text)
        ? null
        : (movedTo(text, single, ctx) ?? (notes.length === 0 ? namedElsewhere(text, single, ctx) : null));
    if (next !== null) {
      current = { numbers: [next], via: 'keyword' };
      if (!sections.has(next)) sections.set(next, { number: next, texts: [], via: 'keyword' });
    }
    if (current) {
      add(text);
      contentSeen = true;
    } else {
      outside.push(text);
    }
  }
  return { sections, outside, notes };
}

/**
 * The sentences of a passage about several subjects; a sentence that itself runs through several ("the
 * force has closed the plan; Hydra is well under way; the modules are not started") in its clauses.
 */
function topicPieces(
  text: string,
  among: readonly number[],
  topics: TopicFinder,
  sentencesOf: (text: string) => string[],
): string[] {
  return sentencesOf(text).flatMap((sentence) =>
    topics(sentence, among).length > 1 && sentence.includes('; ')
      ? sentence.split(/;\s+/).map((clause, k, all) => (k < all.length - 1 ? `${clause}.` : clause))
      : [sentence],
  );
}

/**
 * Each piece of a passage about several subjects with the subjects it is about: those it names, or where it names
 * none, those of the piece before (`first` before any is named; none after a piece matching `resets`).
 */
function* piecesBySubject(
  text: string,
  among: readonly number[],
  first: readonly number[],
  topics: TopicFinder,
  sentencesOf: (text: string) => string[],
  resets?: RegExp,
): Generator<[readonly number[], string]> {
  let last = first;
  for (const piece of topicPieces(text, among, topics, sentencesOf)) {
    const own = topics(piece, among);
    if (own.length) last = own;
    else if (resets?.test(piece)) last = [];
    yield [last, piece];
  }
}

/** "On Hydra training (recommendation 8), the cohort...": a paragraph that opens by naming the one it answers. */
const OPENING_REFERENCE = new RegExp(`^[^.;:]{0,120}?${BRACKETED_NUMBER}\\s*\\)`, 'i');

/**
 * A paragraph outside every part that opens by naming its recommendation in brackets belongs to it, even where
 * a summary table elsewhere gave that recommendation a part of its own: the prose says what the row only rates.
 * The subject must agree with the number, as a misnumbered reference is read by its text.
 */
export function referencedParagraphs(seg: Segmentation, numbers: number[], topics: TopicFinder): void {
  const outside: string[] = [];
  for (const paragraph of seg.outside) {
    const n = Number(OPENING_REFERENCE.exec(paragraph)?.[1]);
    if (!numbers.includes(n) || !topics(paragraph, [n]).length) {
      outside.push(paragraph);
      continue;
    }
    const section = seg.sections.get(n);
    if (section) section.texts.push(paragraph);
    else seg.sections.set(n, { number: n, texts: [paragraph], via: 'heading' });
  }
  seg.outside = outside;
}

/** "So I welcome the report's purpose": a sentence about the report as a whole goes on with no one subject. */
const WHOLE_REPORT =
  /\b(?:the|this)\s+(?:report|inspection|inspectorate)(?:'s|’s)\s+(?:purpose|aims?|findings|conclusions|message)\b|\b(?:welcome|support|endorse)s?\s+(?:the|this)\s+(?:report|inspection)\b(?!'|’)/i;

const NUMBERED_LIST = /\brec(?:ommendation)?s?\.?\s+(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)/gi;

/**
 * "The ones for chief constables are recommendation 2 on ..., 4 on ... and 8 and 9 on training": a sentence
 * that lists three or more recommendations by number surveys the report and answers none of them.
 */
function isOverview(sentence: string): boolean {
  const listed = new Set<string>();
  for (const m of sentence.matchAll(NUMBERED_LIST)) for (const d of m[1].match(/\d+/g) ?? []) listed.add(d);
  return listed.size >= 3;
}

/**
 * For a recommendation no heading or quote introduces, the paragraphs outside every section that name its
 * subject ("On Hydra training, ...") stand in for a section, read with less confidence. A paragraph that
 * names several subjects gives each only its own sentences.
 */
export function keywordSections(
  seg: Segmentation,
  numbers: number[],
  topics: TopicFinder,
  sentencesOf: (text: string) => string[],
): void {
  const missing = numbers.filter((n) => !seg.sections.has(n));
  if (!missing.length) return;
  const found = new Map<number, string[]>();
  const give = (n: number, text: string) => found.set(n, [...(found.get(n) ?? []), text]);
  for (const whole of seg.outside) {
    const sentences = sentencesOf(whole);
    const kept = sentences.filter((x) => !isOverview(x));
    const paragraph = kept.length === sentences.length ? whole : kept.join(' ');
    // Subjects the letter answers elsewhere count too: a summary that turns to the e-learning has left Hydra.
    const named = topics(paragraph, numbers);
    if (!named.some((n) => missing.includes(n))) continue;
    if (named.length === 1) {
      const own = kept.filter((x) => !WHOLE_REPORT.test(x) || topics(x, named).length);
      if (own.length) give(named[0], own.join(' '));
    } else {
      // A sentence that names no subject goes on with the one before it, unless it speaks of the whole report.
      for (const [own, piece] of piecesBySubject(paragraph, named, [], topics, sentencesOf, WHOLE_REPORT))
        for (const n of own) if (missing.includes(n)) give(n, piece);
    }
  }
  for (const [n, texts] of found) seg.sections.set(n, { number: n, texts, via: 'keyword' });
}
