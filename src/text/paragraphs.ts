import { cleanCharacters } from './clean';
import { isWelsh } from './welsh';

export type ParagraphKind = 'text' | 'bullet' | 'table';

export interface Paragraph {
  /** The paragraph as one line of text, hard wraps and hyphenation undone. */
  text: string;
  kind: ParagraphKind;
  /** The source lines it was made from, for readers that care about layout (a date alone on a line). */
  lines: string[];
  /** Mostly Welsh: kept for the record but not read. */
  welsh: boolean;
  /** A list item's own number ("4." in "4. Plans to collect..."), which may be a recommendation's. */
  marker?: number;
}

export interface LetterText {
  /** The English paragraphs, in order. */
  paragraphs: Paragraph[];
  /** Paragraphs set aside as Welsh. */
  welsh: Paragraph[];
}

const BULLET = /^\s*(?:[-*•◦▪▫‣∙·o]|\(?[0-9]{1,2}[.)]|\(?[a-hivx]{1,4}\))\s+(?=\S)/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** "Page 2 of 3" inside a longer running line. */
const PAGE_OF = /\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b/i;
const PAGE_NUMBER = /^\s*(?:-\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?:\s*-)?\s*$/i;
/** A line that is a person's name: "John Campion", "Katy Bourne OBE", "Cllr Jane Smith". */
const PERSON_LINE =
  /^(?:(?:Dr|Mr|Mrs|Ms|Cllr|Sir|Dame|Rt Hon)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,3}(?:,?\s+[A-Z]{2,4})*$/;
const VALEDICTION_LINE =
  /^(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|(?:with\s+)?best\s+wishes|yn\s+gywir|yn\s+ddiffuant|cofion)\b/i;
/** A footer that ends with its page number: "Office of the PCC      Page 1 of 2". */
const PAGE_TAIL = /\bpage\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*$/i;
const PROTECTIVE_MARKING = /^\s*(?:official(?:\s*-?\s*sensitive)?|not protectively marked|unclassified)\s*$/i;
/** "RAG key: GREEN - on track | AMBER - ...": the key to a tracker's colours, which rates nothing itself. */
const COLOUR_KEY = /^(?:(?:b?rag|status|colour|rating)\s+)?key\s*[:=\-–]/i;
const COLOUR_GLOSS = /^(?:blue|green|amber|red|grey)\s*[:=\-–]\s*\w/i;
/** Repeated lines that are structure, not furniture: a letter repeats these once per recommendation. */
const SECTION_WORD =
  /^\s*(?:recommendation|rec|response|update|progress|action|status|comments?|force response|pcc response)\b/i;
/** A line that opens a recommendation's part of the letter starts a paragraph even without a blank line before it. */
const HEADING_LINE =
  /^(?:Recommendations?|RECOMMENDATIONS?|Recs?\.?|RECS?\.?)\s*(?:[Nn]o\.?\s*)?(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|ONE|TWO|FOUR|EIGHT|NINE)\b|^R\d{1,2}\b/;
const TERMINAL = /[.!?:;"')\]]$/;
const FUNCTION_WORDS = new Set(
  'a an the and or but of in on at to for with by from into as that which who whose our their its is are was were be been has have had will would should can could this these those its your my'.split(
    ' ',
  ),
);

function isTableRow(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.length > 1) return true;
  // A row written out as "cell | cell | cell"; a single " | " in a bilingual header is not a table.
  return (trimmed.match(/ \| /g) ?? []).length >= 2;
}

function tableCells(line: string): string {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim())
    .join(' | ');
}

/**
 * Page furniture: lines repeated three or more times (running headers and footers), page numbers, markings.
 * A short document has only two or three pages, so a line repeated twice counts when both times it sits
 * at a page edge, next to a form feed or a page number: a letterhead repeated in the signature does not.
 */
function furniture(rawLines: string[]): Set<number> {
  const content: Array<{ key: string; feed: boolean; at: number }> = [];
  rawLines.forEach((raw, at) => {
    // A header laid out in columns ("PCC response      OFFICIAL") is the same line however it is spaced.
    const key = raw.trim().replace(/\s+/g, ' ');
    if (raw.includes('\f')) content.push({ key: '', feed: true, at });
    if (key) content.push({ key, feed: false, at });
  });
  // A signature block is never furniture, however often a bilingual letter or a letterhead repeats its
  // lines: the name under "Yours sincerely", and the title under a name.
  const signature = (i: number) =>
    i > 0 && (VALEDICTION_LINE.test(content[i - 1].key) || PERSON_LINE.test(content[i - 1].key));
  const shapes = new Map<string, { lines: number[]; atEdge: number }>();
  content.forEach(({ key, feed, at }, i) => {
    if (feed || key.length > 80 || (SECTION_WORD.test(key) && wordCount(key) <= 5) || signature(i)) return;
    const shape = /page/i.test(key) ? key.replace(/\d+/g, '#') : key;
    const entry = shapes.get(shape) ?? { lines: [], atEdge: 0 };
    entry.lines.push(at);
    // Next to a form feed, a page number, or a running line that carries one ("OPCC | OFFICIAL   Page 2 of 3").
    const edge = (j: number) =>
      j >= 0 &&
      j < content.length &&
      (content[j].feed || PAGE_NUMBER.test(content[j].key) || PAGE_OF.test(content[j].key));
    if (edge(i - 1) || edge(i + 1)) entry.atEdge++;
    shapes.set(shape, entry);
  });
  const drop = new Set<number>();
  for (const [shape, { lines, atEdge }] of shapes) {
    const n = lines.length;
    if (n >= 3 || (n === 2 && atEdge === 2 && shape.split(/\s+/).length >= 3))
      for (const at of lines) drop.add(at);
  }
  return drop;
}

function joinLines(a: string, b: string): string {
  if (!a) return b;
  // "inter-\nvention" and "de-\nlivered" were one word; "e-\nlearning" and "re-\nissue" keep their hyphen.
  const hyphen = /([A-Za-z]+)-$/.exec(a);
  if (hyphen && /^[a-z]/.test(b)) {
    const prefix = hyphen[1];
    const keep = prefix.length === 1 || (prefix.length === 2 && /^[aeiou]/.test(b));
    return keep ? a + b : a.slice(0, -1) + b;
  }
  return `${a} ${b}`;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function lastWord(text: string): string {
  const m = /([A-Za-z']+)\W*$/.exec(text);
  return m ? m[1].toLowerCase() : '';
}

/** A short line naming a recommendation is its heading, however it ends. */
function namesRecommendation(p: Paragraph): boolean {
  return HEADING_LINE.test(p.text) || (/\brecommendations?\s+\d/i.test(p.text) && wordCount(p.text) <= 14);
}

function endsOpen(p: Paragraph): boolean {
  return p.kind === 'text' && !p.welsh && !namesRecommendation(p) && !TERMINAL.test(p.text);
}

/** The tail of a sentence broken off by a page ("...organised immigration crime."), never a heading. */
function isFragmentEnd(p: Paragraph): boolean {
  return (
    p.kind === 'text' &&
    !p.welsh &&
    TERMINAL.test(p.text) &&
    wordCount(p.text) <= 8 &&
    !namesRecommendation(p)
  );
}

function merge(a: Paragraph, b: Paragraph): Paragraph {
  return { ...a, text: joinLines(a.text, b.text), lines: [...a.lines, ...b.lines] };
}

/**
 * Sentences broken across a blank line (PDF hard wraps, page breaks) are put back together. A page break
 * can leave a footer between the halves, so a paragraph that ends on "in" or "the" looks a little ahead.
 */
function rejoin(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  const pending = [...paragraphs];
  while (pending.length) {
    let current = pending.shift() as Paragraph;
    for (;;) {
      if (!endsOpen(current) || !pending.length) break;
      const next = pending[0];
      if (next.kind === 'text' && /^[a-z]/.test(next.text)) {
        current = merge(current, pending.shift() as Paragraph);
        continue;
      }
      if (FUNCTION_WORDS.has(lastWord(current.text))) {
        const ahead = pending
          .slice(0, 3)
          .findIndex((p) => (p.kind === 'text' && /^[a-z]/.test(p.text)) || isFragmentEnd(p));
        const at = ahead >= 0 ? ahead : next.kind === 'text' ? 0 : -1;
        if (at >= 0) {
          current = merge(current, pending.splice(at, 1)[0]);
          continue;
        }
      }
      if (wordCount(current.text) >= 8 && isFragmentEnd(next)) {
        current = merge(current, pending.shift() as Paragraph);
        continue;
      }
      break;
    }
    out.push(current);
  }
  return out;
}

/**
 * A heading typed on the line above its paragraph with no blank line between ("Hydra training
 * (Recommendation 8)"): a short first line, unpunctuated and not broken off mid-phrase, over a long line
 * that starts a sentence. A hard-wrapped sentence has lines of much the same length.
 */
const NAMES_RECOMMENDATION = /(?:\(\s*|\s[-–|]\s*)(?:recommendation|rec\.?|r)\s*\d{1,2}\s*\)?$/i;

function headsParagraph(current: Paragraph, next: string): boolean {
  if (current.lines.length !== 1) return false;
  const line = current.lines[0];
  return (
    wordCount(line) <= 10 &&
    !/[.!?;:]["')\]]*$/.test(line) &&
    !/[,\-]$/.test(line) &&
    !FUNCTION_WORDS.has(lastWord(line)) &&
    /^[A-Z]/.test(line) &&
    /^["'(]?[A-Z]/.test(next) &&
    // "E-learning (recommendation 9)", "Hydra - R8", "R4: Plans to collect..." head even a one-line answer.
    (NAMES_RECOMMENDATION.test(line) ||
      HEADING_LINE.test(line) ||
      (next.length >= 40 && line.length * 1.6 <= next.length))
  );
}

/** Any text a letter arrives as, made into paragraphs the reader can work on. */
export function toParagraphs(raw: string): LetterText {
  const lines = cleanCharacters(raw)
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  const drop = furniture(lines);
  const paragraphs: Paragraph[] = [];
  // Headings parted from the paragraph below them: too short to tell their language, they take its.
  const headings = new Set<Paragraph>();
  let current: Paragraph | null = null;
  let row: Paragraph | null = null;
  const flush = () => {
    if (current && current.text.trim()) {
      current.text = current.text.replace(/\s+/g, ' ').trim();
      paragraphs.push(current);
    }
    current = null;
  };
  let inKey = false;
  for (const [at, line] of lines.entries()) {
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      row = null;
      continue;
    }
    // The key's own lines follow it: "Key:", then "Green - on track", "Amber - at risk".
    inKey = COLOUR_KEY.test(trimmed) || (inKey && COLOUR_GLOSS.test(trimmed));
    if (inKey) continue;
    if (
      drop.has(at) ||
      PAGE_NUMBER.test(trimmed) ||
      PROTECTIVE_MARKING.test(trimmed) ||
      (PAGE_TAIL.test(trimmed) && trimmed.length <= 160)
    )
      continue;
    if (TABLE_SEPARATOR.test(trimmed) && trimmed.includes('-')) continue;
    if (isTableRow(trimmed)) {
      flush();
      row = { text: tableCells(trimmed), kind: 'table', lines: [trimmed], welsh: false };
      paragraphs.push(row);
      continue;
    }
    // A row wrapped over several lines, as PDF text gives a table: the lines up to a blank one are the row's.
    if (row && !TABLE_SEPARATOR.test(trimmed)) {
      row.text = joinLines(row.text, tableCells(trimmed)).replace(/\s*\|\s*/g, ' | ');
      row.lines.push(trimmed);
      continue;
    }
    if (BULLET.test(line)) {
      flush();
      const number = /^\s*\(?(\d{1,2})[.)]/.exec(line);
      current = { text: trimmed.replace(BULLET, '').trim(), kind: 'bullet', lines: [trimmed], welsh: false };
      if (number) current.marker = Number(number[1]);
      continue;
    }
    if (HEADING_LINE.test(trimmed) && current && current.kind === 'text') {
      flush();
      const short = wordCount(trimmed) <= 12 && !TERMINAL.test(trimmed);
      if (short) {
        paragraphs.push({ text: trimmed, kind: 'text', lines: [trimmed], welsh: false });
        continue;
      }
    }
    if (current && current.kind === 'text' && headsParagraph(current, trimmed)) {
      headings.add(current);
      paragraphs.push(current);
      current = null;
    }
    if (!current) current = { text: '', kind: 'text', lines: [], welsh: false };
    current.text = joinLines(current.text, trimmed);
    current.lines.push(trimmed);
  }
  flush();
  for (const p of paragraphs) p.welsh = isWelsh(p.text);
  paragraphs.forEach((p, i) => {
    if (headings.has(p) && paragraphs[i + 1]) p.welsh = paragraphs[i + 1].welsh;
  });
  return { paragraphs: rejoin(paragraphs.filter((p) => !p.welsh)), welsh: paragraphs.filter((p) => p.welsh) };
}
