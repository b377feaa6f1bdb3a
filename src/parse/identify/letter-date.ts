import * as chrono from 'chrono-node';
import type { ReportDefinition } from '../../report/types';
import type { LetterText } from '../../text/paragraphs';
import { isoDate } from '../dates';

/**
 * The letter's own date: a date alone on its line (under the address or the signature), or one the text
 * calls the response's date. Dates in running text are events and deadlines, and the report's own
 * publication date and deadlines are never the letter's date.
 */
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const NUMERIC = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/;
/** "dated", "Dated:", "Date:", "Date of publication of this response:", "Submitted:", an email's "Sent:". */
const DATED =
  /\b(?:dated\s*:?|date\b[^:\n]{0,40}:|date of (?:letter|response)|response date|submitted\s*(?:on)?\s*:?|sent\s*:)\s*$/i;
/** "...and sent them to the Home Secretary on 9 July 2025": the day the response went. */
const SENT_ON =
  /\b(?:sent|submitted|forwarded)\s+(?:them|it|this|these\s+comments|(?:the|my|our)\s+(?:comments|response|letter|reply))\s+to\s+[^.;]{1,60}?(?:\s+on)?\s*$/i;
/** "This response was signed by the Commissioner, ..., on 18 July 2025": the day it was signed. */
const SIGNED_ON =
  /\b(?:this|the|my|our)\s+(?:response|letter|reply)\s+(?:was\s+|has\s+been\s+)?(?:signed|approved)\b[^.;]{0,80}?(?:\s+on)?\s*$/i;
/** "Extract taken: 03/07/2025": a tracker extract sent as the response is dated by when it was taken. */
const TAKEN = /\bextract\s+(?:taken|produced|run|date)\s*(?:on)?\s*:?\s*$/i;
/** A web page's "Published: 03/07/2025", "Posted on 7 July 2025". */
const PUBLISHED = /\b(?:published|posted)\s*(?:on)?\s*:?\s*$/i;
const LABEL = /^\s*(?:date\s*:?\s*|dated\s+)?/i;

/** Only a short line (a date on its own) or one that says "dated" or "sent" can carry the letter's date. */
function mayCarryDate(text: string): boolean {
  return text.length <= 48 || /\bdate|\b(?:sent|submitted|forwarded|signed)\b/i.test(text);
}

interface Candidate {
  iso: string;
  score: number;
  order: number;
}

function fullDates(text: string): Array<{ iso: string; index: number; length: number }> {
  if (!MONTH.test(text) && !NUMERIC.test(text)) return [];
  const out: Array<{ iso: string; index: number; length: number }> = [];
  for (const r of chrono.en.GB.parse(text)) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month') || !s.isCertain('year')) continue;
    out.push({
      iso: isoDate(s.get('year')!, s.get('month')!, s.get('day')!),
      index: r.index,
      length: r.text.length,
    });
  }
  return out;
}

/** How surely a date on a line, with the words before and after it, is the letter's own date. */
function scoreOf(before: string, after: string): number {
  const rest = after.replace(/^[\s,.]+/, '');
  // "Extract date: 30/06/2025" dates the tracker inside the letter, below the letter's own date.
  if (TAKEN.test(before)) return 6;
  if (DATED.test(before)) return 10;
  if (rest) return 0;
  if (SENT_ON.test(before) || SIGNED_ON.test(before)) return 7;
  // A web page's "Published: 03/07/2025" dates the response when nothing better does.
  if (PUBLISHED.test(before)) return 6;
  return before.replace(LABEL, '').trim() ? 0 : 8;
}

export function identifyLetterDate(letter: LetterText, report: ReportDefinition): string | null {
  const excluded = new Set<string>([report.published]);
  for (const r of report.recommendations) if (r.deadline) excluded.add(r.deadline);
  const earliest = report.published;
  const latest = `${Number(report.published.slice(0, 4)) + 3}${report.published.slice(4)}`;
  const candidates: Candidate[] = [];
  let order = 0;
  const consider = (iso: string, score: number) => {
    if (excluded.has(iso) || iso < earliest || iso > latest) return;
    candidates.push({ iso, score, order: order++ });
  };
  // Each date in the text (or only the first, or only those that cross `from`) scored by the words round it.
  const considerIn = (text: string, which: 'all' | 'first' = 'all', from = 0) => {
    const dates = fullDates(text);
    for (const d of which === 'first' ? dates.slice(0, 1) : dates) {
      if (from && (d.index >= from || d.index + d.length <= from)) continue;
      const score = scoreOf(text.slice(0, d.index), text.slice(d.index + d.length));
      if (score) consider(d.iso, score);
    }
  };
  for (const p of letter.paragraphs) {
    p.lines.forEach((line, i) => {
      // "...response dated 27 June / 2025 to the...": a date the PDF's line wrap cut in two.
      const next = p.lines[i + 1];
      if (next && /\b(?:dated|date|sent|submitted|signed)\b/i.test(line))
        considerIn(`${line} ${next}`, 'all', line.length);
      // A bilingual line gives the date in each language: "8 Gorffennaf 2025 | 8 July 2025",
      // "Dyddiad / Date: 8 Gorffennaf 2025 / 8 July 2025" (a numeric date has no spaces round its slashes).
      // A web page's byline does the same: "Posted on 7 July 2025 | Category: News".
      // A reference and a date set in columns: "Our ref: JA/HMI/0725        03/07/2025".
      const parts = line.split(/\s+[|/]\s+|\s{3,}/);
      if (parts.length > 1) {
        for (const part of parts.filter(mayCarryDate)) considerIn(part, 'first');
      } else if (mayCarryDate(line)) {
        considerIn(line);
      }
    });
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  return candidates[0].iso;
}
