/**
 * Sentence splitting that knows the abbreviations letters use ("Rt Hon.", "e.g.", "No. 2", initials), so
 * that a sentence quoted as evidence is whole.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof rt hon st no nos vol cf eg ie approx dept govt inc ltd co est fig jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec ch supt insp det sgt cllr rev gen col capt lt maj vs al para paras ref'
  ).split(' '),
);

const LABELLED =
  /\b(?:annex|appendix|schedule|part|table|figure|section|option|phase|category|plan|tier)\s+[A-Z]$/i;

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  // A full stop, question or exclamation mark, maybe closing quotes or brackets, then space and a capital.
  const boundary = /[.!?]['")\]]*\s+(?=["'(]?[A-Z0-9#])/g;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(paragraph)) !== null) {
    const before = paragraph.slice(Math.max(start, m.index - 12), m.index);
    const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
    const bare = word.replace(/\./g, '').toLowerCase();
    // "J. Smith" is an initial; "Annex A. The plan..." ends a sentence on a label.
    const label =
      /^[A-Z]$/.test(word) && LABELLED.test(paragraph.slice(Math.max(start, m.index - 20), m.index));
    if (
      paragraph[m.index] === '.' &&
      !label &&
      (ABBREVIATIONS.has(bare) || /^[A-Z]$/.test(word) || /\.[a-z]$/i.test(word))
    )
      continue;
    const sentence = paragraph.slice(start, m.index + m[0].trimEnd().length).trim();
    if (sentence) out.push(sentence);
    start = m.index + m[0].length;
  }
  const tail = paragraph.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}
