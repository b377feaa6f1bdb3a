import type { ReportDefinition } from '../../report/types';
import type { Paragraph } from '../../text/paragraphs';
import { readHeading } from './headings';
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
  number: number;
  via: SectionVia;
  /** Text of the anchor paragraph that belongs to the response, if any. */
  content: string | null;
  /** The next paragraph was the quoted text and is part of the anchor. */
  consumesNext: boolean;
}

const QUOTE_PRECISION = 0.5;
const LABEL_ONLY =
  /^(?:response|force response|pcc response|chief constable'?s? response|update|progress update|comments?|action(?:s)? taken|status)\s*[:.-]?\s*/i;
/** A paragraph that speaks of the letter as a whole ends the section before it. */
const CLOSING =
  /^(?:in conclusion|to conclude|in summary|in closing|overall|finally|yours\s+(?:sincerely|faithfully|truly)|kind regards|best wishes|i trust|i hope|thank you|please do not hesitate)\b|\b(?:recommendations|responses|response)\s+(?:set out\s+|outlined\s+|detailed\s+|made\s+)?above\b|\b(?:supportive of|support|accept|welcome)s?\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:other\s+)?recommendations\b/i;

function quoteOf(text: string, matcher: WordingMatcher) {
  const m = matcher.best(text);
  return m && m.precision >= QUOTE_PRECISION ? m : null;
}

function anchorAt(
  paragraphs: Paragraph[],
  i: number,
  matcher: WordingMatcher,
  notes: string[],
): Anchor | null {
  const p = paragraphs[i];
  if (p.kind === 'table') {
    const cells = p.text.split(' | ');
    const heading = readHeading(cells[0]);
    const quoted = cells.map((c) => quoteOf(c, matcher)).find((m) => m);
    if (!heading && !quoted) return null;
    const number = quoted?.number ?? heading!.number;
    if (heading && quoted && heading.number !== quoted.number)
      notes.push(misnumbered(heading.number, quoted.number));
    const rest = cells.map((c, k) => (k === 0 && heading ? heading.rest : c)).filter(Boolean);
    return {
      number,
      via: heading ? (quoted ? 'heading and wording' : 'heading') : 'wording',
      content: rest.join(' | '),
      consumesNext: false,
    };
  }
  const heading = readHeading(p.text);
  if (heading) {
    const own = heading.rest.replace(LABEL_ONLY, '');
    const quotedHere = own ? matcher.best(own.split(/(?<=[.!?])\s+/)[0]) : null;
    const next = paragraphs[i + 1];
    const quotedNext = !quotedHere && next && !readHeading(next.text) ? quoteOf(next.text, matcher) : null;
    const quoted = quotedHere ?? quotedNext;
    if (quoted && quoted.number !== heading.number) notes.push(misnumbered(heading.number, quoted.number));
    return {
      number: quoted?.number ?? heading.number,
      via: quoted ? 'heading and wording' : 'heading',
      content: own || null,
      consumesNext: Boolean(quotedNext),
    };
  }
  const quoted = quoteOf(p.text, matcher);
  if (quoted) {
    // "This issue underpins Recommendation 1." just before the quote is the letter's own number for it.
    const named = i > 0 ? /\brecommendation\s+(\d{1,2})\W*$/i.exec(paragraphs[i - 1].text) : null;
    if (named && Number(named[1]) !== quoted.number) notes.push(misnumbered(Number(named[1]), quoted.number));
    return { number: quoted.number, via: 'wording', content: p.text, consumesNext: false };
  }
  return null;
}

function misnumbered(given: number, quoted: number): string {
  return `The letter heads recommendation ${quoted} as "Recommendation ${given}"; it was read by its quoted text as recommendation ${quoted}.`;
}

export function segment(paragraphs: Paragraph[], matcher: WordingMatcher): Segmentation {
  const sections = new Map<number, Section>();
  const outside: string[] = [];
  const notes: string[] = [];
  let current: Section | null = null;
  let contentSeen = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const anchor = anchorAt(paragraphs, i, matcher, notes);
    if (anchor) {
      current = sections.get(anchor.number) ?? null;
      if (!current) {
        current = { number: anchor.number, texts: [], via: anchor.via };
        sections.set(anchor.number, current);
      }
      if (anchor.content) current.texts.push(anchor.content);
      if (anchor.consumesNext) current.texts.push(paragraphs[++i].text);
      contentSeen = Boolean(anchor.content && !quoteOf(anchor.content, matcher));
      continue;
    }
    const text = paragraphs[i].text;
    if (!/[A-Za-z]{2}/.test(text) || (LABEL_ONLY.test(text) && text.replace(LABEL_ONLY, '') === '')) continue;
    if (current && contentSeen && CLOSING.test(text)) current = null;
    if (current) {
      current.texts.push(text);
      contentSeen = true;
    } else {
      outside.push(text);
    }
  }
  return { sections, outside, notes };
}

/**
 * For a recommendation no heading or quote introduces, the sentences outside every section that name its
 * subject ("Hydra", "e-learning") stand in for a section, read with less confidence.
 */
export function keywordSections(
  seg: Segmentation,
  report: ReportDefinition,
  numbers: number[],
  sentencesOf: (text: string) => string[],
): void {
  for (const n of numbers) {
    if (seg.sections.has(n)) continue;
    const rec = report.recommendations.find((r) => r.number === n);
    if (!rec || !rec.keywords.length) continue;
    const keys = rec.keywords.map((k) => k.toLowerCase());
    const hits = seg.outside
      .flatMap(sentencesOf)
      .filter((s) => keys.some((k) => s.toLowerCase().includes(k)));
    if (hits.length) seg.sections.set(n, { number: n, texts: hits, via: 'keyword' });
  }
}
