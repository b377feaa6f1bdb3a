import { NUMBER_WORDS } from '../../text/numbers';

/**
 * A recommendation heading at the start of a paragraph: "Recommendation 2", "Rec 2 -", "R2:",
 * "Recommendation two", or the first cell of a table row. A mention later in a sentence is a
 * cross-reference and is not read here.
 */
const WORDS = NUMBER_WORDS;
const LONG =
  /^(?:recommendation|rec)\.?\s*(?:no\.?\s*|number\s*)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*%)\s*(?:\([^)]{0,60}\))?\s*[:.)\-|]?\s*/i;
const SHORT = /^R(\d{1,2})\b\s*[:.)\-|]?\s*/;
/** "On recommendation 8 (Hydra): ...", "Turning to recommendation 4, ...": prose that opens on its number. */
const PROSE =
  /^(?:on|for|regarding|as\s+(?:for|to|regards)|turning\s+(?:now\s+)?to|in\s+respect\s+of|with\s+(?:regard|respect)\s+to|in\s+response\s+to)\s+(?:the\s+)?(?:recommendation|rec)\.?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*(?:\([^)]{0,60}\))?\s*[:,\-–]\s*/i;
/** A tracker's own code before the number, as a commentary repeats it: "OIC-R8.", "HMI/Rec 4:". */
const CODE = /^(?:[A-Z]{2,10}[-_/ ])+(?=R\d|Rec\b|Recommendation\b)/;

export interface Heading {
  number: number;
  /** What follows the heading in the same paragraph. */
  rest: string;
}

export function readHeading(text: string): Heading | null {
  const code = CODE.exec(text)?.[0].length ?? 0;
  const body = text.slice(code);
  const m = LONG.exec(body) ?? SHORT.exec(body) ?? PROSE.exec(body);
  if (!m) return null;
  const token = m[1].toLowerCase();
  const number = WORDS[token] ?? Number(token);
  if (!number) return null;
  return { number, rest: body.slice(m[0].length).trim() };
}

const NUMBER = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)';
/** "Recommendations 8 and 9", "Recs 8 and 9", "recommendations eight and nine": the numbers of a part shared by several. */
const SEVERAL = new RegExp(
  `\\b(?:recommendations?|recs?\\.?)\\s+${NUMBER}((?:\\s*(?:,|and|&)\\s*${NUMBER})+)?\\b`,
  'i',
);

export function numbersNamed(text: string): number[] {
  const m = SEVERAL.exec(text);
  if (!m) return [];
  const tokens = [m[1], ...(m[2] ?? '').split(/\s*(?:,|and|&)\s*/i)].filter(Boolean);
  return tokens.map((t) => WORDS[t.toLowerCase()] ?? Number(t)).filter((n) => n > 0);
}

/** "Information plans (rec. 4)", "Hydra - R8": a heading that gives its number after its words. */
const NUMBER_AFTER = /(?:\(\s*|\s[-–:|]\s*)(?:recs?\.?|r)\s*(\d{1,2})\s*\)?$/i;

/** The numbers a heading names, in words ("Recommendations 8 and 9 - ...") or by a short code after them. */
export function numbersOfHeading(text: string): number[] {
  const named = numbersNamed(text);
  if (named.length) return named;
  const m = NUMBER_AFTER.exec(text.trim());
  return m ? [Number(m[1])] : [];
}

/** A paragraph that opens with several numbers: "Recommendations eight and nine concern training." */
export function opensWithSeveral(text: string): number[] {
  return /^(?:recommendations|recs\.?)\s/i.test(text) ? numbersNamed(text) : [];
}
