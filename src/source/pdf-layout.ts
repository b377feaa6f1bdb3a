/**
 * Turns positioned text pieces from a PDF into letter text. Pure, so the layout rules are tested without
 * pdf.js: lines by baseline, paragraphs by vertical gaps, running headers and footers and lone page numbers
 * dropped, and a paragraph that runs over a page break kept whole.
 */

/** One piece of text on a page, in PDF units; y grows upwards (PDF convention). */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size, roughly. */
  height: number;
}

interface Line {
  text: string;
  y: number;
  x0: number;
  x1: number;
  height: number;
  /** Width of the line's first word, measured where the first piece is that word alone, else estimated. */
  firstWordWidth: number;
}

/** Pages of pieces, in the order the PDF draws them, to text: paragraphs separated by blank lines. */
export function layoutPages(pages: readonly (readonly TextPiece[])[]): string {
  const linesByPage = pages.map(toLines);
  const spacing = typicalSpacing(linesByPage);
  const bodies = dropRunningLines(linesByPage);
  const all = bodies.flat();
  const margins = {
    left: all.reduce((m, l) => Math.min(m, l.x0), Number.POSITIVE_INFINITY),
    right: all.reduce((m, l) => Math.max(m, l.x1), Number.NEGATIVE_INFINITY),
  };
  const out: Line[][] = [];
  for (const body of bodies) {
    if (body.length === 0) continue;
    const [first, ...rest] = paragraphs(body, spacing);
    const previous = out[out.length - 1];
    if (previous && continuesOverPage(previous, first, margins)) previous.push(...first);
    else out.push(first);
    out.push(...rest);
  }
  return out.map((p) => p.map((l) => l.text).join('\n')).join('\n\n');
}

/** Lines in drawing order: a new line starts where the baseline moves by more than half the text height. */
function toLines(pieces: readonly TextPiece[]): Line[] {
  const lines: Array<{ pieces: TextPiece[]; y: number; height: number }> = [];
  let current: { pieces: TextPiece[]; y: number; height: number } | undefined;
  for (const p of pieces) {
    if (p.str === '') continue;
    const h = p.height > 0 ? p.height : 1;
    if (current && Math.abs(p.y - current.y) <= 0.5 * Math.max(h, current.height)) {
      current.pieces.push(p);
      // Superscripts and mixed sizes share a line; the baseline of the largest text is the line's.
      if (h > current.height) {
        current.height = h;
        current.y = p.y;
      }
      continue;
    }
    current = { pieces: [p], y: p.y, height: h };
    lines.push(current);
  }
  return lines.map(joinPieces).filter((l) => l.text !== '');
}

/**
 * Pieces of one line, left to right. A gap wider than one and a half times the text height is a column or
 * tab stop, not a word space, so it becomes " | ", the same mark tables get from Word and web pages.
 */
function joinPieces(line: { pieces: TextPiece[]; y: number; height: number }): Line {
  const pieces = [...line.pieces].sort((a, b) => a.x - b.x);
  let text = '';
  let right = Number.NEGATIVE_INFINITY;
  for (const p of pieces) {
    if (p.str.trim() === '') {
      // pdf.js writes a wide gap as one space piece spanning it; the gap itself is what tells a column.
      if (text !== '') text += ' ';
      continue;
    }
    const gap = p.x - right;
    if (text !== '') {
      const spaced = /\s$/.test(text) || /^\s/.test(p.str);
      if (gap > 1.5 * line.height) text = text.trimEnd() + ' | ';
      else if (!spaced && gap > 0.15 * line.height) text += ' ';
    }
    text += p.str;
    right = Math.max(right, p.x + p.width);
  }
  const visible = pieces.filter((p) => p.str.trim() !== '');
  return {
    firstWordWidth: firstWordWidth(visible[0], line.height),
    text: text.replace(/\s+/g, ' ').trim(),
    y: line.y,
    x0: visible.length > 0 ? Math.min(...visible.map((p) => p.x)) : 0,
    x1: Number.isFinite(right) ? right : 0,
    height: line.height,
  };
}

function firstWordWidth(piece: TextPiece | undefined, height: number): number {
  if (!piece) return 0;
  const str = piece.str.trim();
  const word = str.split(/\s+/)[0];
  if (word === str) return piece.width;
  // Pieces holding whole lines give no word widths; estimate, at least half an em a letter.
  return Math.max((piece.width * word.length) / str.length, 0.5 * height * word.length);
}

/** The usual distance between baselines of consecutive lines of body text, across the document. */
function typicalSpacing(pages: readonly Line[][]): number {
  const counts = new Map<number, number>();
  const heights: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const d = lines[i - 1].y - lines[i].y;
      heights.push(lines[i].height);
      if (d > 0.8 * lines[i].height && d < 3 * lines[i].height) {
        const key = Math.round(d * 2) / 2;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount || (n === bestCount && d < best)) {
      best = d;
      bestCount = n;
    }
  }
  // Too few lines to tell a habit from a paragraph gap: assume single spacing.
  if (bestCount >= 3) return best;
  heights.sort((a, b) => a - b);
  return 1.2 * (heights[Math.floor(heights.length / 2)] ?? 12);
}

/**
 * A new paragraph where the gap between baselines is clearly wider than the usual line spacing, where the
 * text moves up the page (a new block drawn after), or where the text size changes (a heading).
 */
function paragraphs(lines: readonly Line[], spacing: number): Line[][] {
  const out: Line[][] = [[lines[0]]];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    const gap = a.y - b.y;
    const sizeChange = Math.abs(a.height - b.height) > 0.2 * Math.max(a.height, b.height);
    if (gap <= 0 || gap > 1.3 * spacing + 0.5 || sizeChange) out.push([b]);
    else out[out.length - 1].push(b);
  }
  return out;
}

const PAGE_NUMBER = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/**
 * Running headers and footers (a protective marking, the letterhead's name, "Page 2 of 5") repeat at the
 * top or bottom of most pages; lone page numbers are furniture on any page. The letter reader would drop
 * repeated lines too, but they have to go here so a paragraph broken by a page can be joined up again.
 */
function dropRunningLines(pages: readonly Line[][]): Line[][] {
  // Furniture sits at the same height on every page; body text that happens to repeat does not.
  const key = (l: Line) =>
    `${Math.round(l.y / 2)}:${l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
  const edges = pages.map((lines) => edgeLines(lines));
  const seen = new Map<string, number>();
  for (const edge of edges) {
    for (const k of new Set([...edge].map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  // On every page, or in longer letters every page but the first (which often has the letterhead instead).
  const needed = pages.length >= 4 ? pages.length - 1 : pages.length;
  return pages.map((lines, i) =>
    lines.filter((l) => {
      if (!edges[i].has(l)) return true;
      return !PAGE_NUMBER.test(l.text) && (pages.length < 2 || (seen.get(key(l)) ?? 0) < needed);
    }),
  );
}

/** The two topmost and two lowest lines of a page, where headers and footers sit. */
function edgeLines(lines: readonly Line[]): Set<Line> {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  return new Set([...byHeight.slice(0, 2), ...byHeight.slice(-2)]);
}

const LIST_ITEM = /^([-–•*▪◦]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s/i;
const ENDS_SENTENCE = /[.!?]['’"”)\]*_]*$/;

/**
 * Whether the paragraph before a page break runs on after it. A list runs on if the next page starts with
 * another item. Otherwise the last line before the break must look wrapped: too full for the next page's
 * first word, which the word processor would have put on it had there been room. A line ending a sentence
 * is taken as a paragraph's end even then: the two cannot be told apart by position, and splitting a
 * paragraph in two costs the reader less than gluing a quoted recommendation to the answer below it.
 */
function continuesOverPage(
  before: readonly Line[],
  after: readonly Line[],
  margins: { left: number; right: number },
): boolean {
  const last = before[before.length - 1];
  const first = after[0];
  if (LIST_ITEM.test(first.text)) return LIST_ITEM.test(before[0].text);
  const sameSize = Math.abs(last.height - first.height) <= 0.15 * Math.max(last.height, first.height);
  const atMargin = first.x0 - margins.left < 0.5 * first.height;
  if (!sameSize || !atMargin) return false;
  const width = margins.right - margins.left;
  const used = last.x1 - margins.left;
  if (ENDS_SENTENCE.test(last.text)) return false;
  // Word widths are partly estimated, so the test allows half an em.
  return used + 0.25 * last.height + first.firstWordWidth > width - 0.5 * last.height;
}
