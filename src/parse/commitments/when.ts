import * as chrono from 'chrono-node';
import { NUMBER_WORDS } from '../../text/numbers';
import { addDays, addMonths, endOfMonth, isoDate } from '../dates';

/**
 * One small parser per way letters say when: exact dates (chrono-node), "end of July 2025", seasons,
 * quarters, financial and training years, "early 2026", "in 4-6 weeks' time", "over 12 months". Each
 * resolves to the last day the promise allows, against the letter's date where it is relative.
 */
export interface When {
  phrase: string;
  index: number;
  due: string | null;
  dueFrom: string | null;
  /** Counted from the letter's date ("in six weeks"), so only a promise if the sentence looks ahead. */
  relative: boolean;
}

interface WhenParser {
  name: string;
  relative?: boolean;
  pattern: RegExp;
  resolve(
    m: RegExpExecArray,
    letterDate: string | null,
  ): { due: string | null; dueFrom?: string | null } | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const MONTH_NAME =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
/** "a month", "an hour": the article counts as one. */
const COUNT_WORDS: Record<string, number> = { ...NUMBER_WORDS, a: 1, an: 1 };
const count = (s: string) => COUNT_WORDS[s.toLowerCase()] ?? Number(s);
const NUM =
  '(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-four)';

function shift(letterDate: string | null, n: number, unit: string): string | null {
  if (!letterDate) return null;
  const u = unit.toLowerCase();
  if (u.startsWith('day')) return addDays(letterDate, n);
  if (u.startsWith('week')) return addDays(letterDate, 7 * n);
  if (u.startsWith('month')) return addMonths(letterDate, n);
  return addMonths(letterDate, 12 * n);
}

/** Where a season ends; winter runs into the next year. */
const SEASON_MONTHS: Record<string, [number, number, number]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  fall: [9, 10, 11],
  winter: [12, 13, 14],
};

function monthEnd(year: number, month: number): string {
  return endOfMonth(year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1);
}

function partOf(part: string | undefined): 0 | 1 | 2 {
  const p = (part ?? '').toLowerCase();
  if (/early|start|beginning/.test(p)) return 0;
  if (/mid|middle/.test(p)) return 1;
  return 2;
}

export const WHEN_PARSERS: WhenParser[] = [
  {
    name: 'a range of weeks or months from now',
    relative: true,
    pattern: new RegExp(
      `\\b(?:in|within|over|of|after|during)\\s+(?:the\\s+next\\s+)?${NUM}\\s*(?:-|to|or)\\s*${NUM}\\s+(days?|weeks?|months?|years?)(?:['’]?s?\\s+time)?`,
      'i',
    ),
    resolve: (m, d) => ({ dueFrom: shift(d, count(m[1]), m[3]), due: shift(d, count(m[2]), m[3]) }),
  },
  {
    name: 'a period from now',
    relative: true,
    pattern: new RegExp(
      `\\b(?:in|within|over|after|during)\\s+(?:the\\s+next\\s+|the\\s+coming\\s+|a\\s+further\\s+)?${NUM}\\s+(days?|weeks?|months?|years?)(?:['’]?s?\\s+time)?`,
      'i',
    ),
    resolve: (m, d) => ({ due: shift(d, count(m[1]), m[2]) }),
  },
  {
    name: 'a quarter',
    pattern:
      /\b(?:q([1-4])|(first|second|third|fourth|final|last)\s+quarter)\s*(?:of\s+)?(?:(?:the\s+)?(?:financial\s+year\s+)?)?(20\d\d)(?:\s*[/-]\s*(\d{2}))?/i,
    resolve: (m) => {
      const q = m[1]
        ? Number(m[1])
        : { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 }[m[2].toLowerCase()]!;
      const year = Number(m[3]);
      // "Q1 2026/27" is the financial year's first quarter, April to June.
      return { due: m[4] ? monthEnd(year, 3 + 3 * q) : monthEnd(year, 3 * q) };
    },
  },
  {
    name: 'a financial or training year',
    pattern:
      /\b(?:(?:the\s+)?(financial|training|business|fiscal|policing|academic)\s+year\s+)?(20\d\d)\s*[/-]\s*(\d{2}|20\d\d)\b(?:\s+(financial|training|business|fiscal|policing|academic)\s+year)?/i,
    resolve: (m) => {
      const start = Number(m[2]);
      const endShort = Number(m[3].slice(-2));
      if (endShort !== (start + 1) % 100) return null;
      const kind = (m[1] ?? m[4] ?? 'financial').toLowerCase();
      return { due: kind === 'academic' ? isoDate(start + 1, 7, 31) : isoDate(start + 1, 3, 31) };
    },
  },
  {
    name: 'a season',
    pattern:
      /\b(?:(early|late|mid|the end of|end of|the start of|start of|the beginning of)[\s-]+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(20\d\d)\b/i,
    resolve: (m) => {
      const months = SEASON_MONTHS[m[2].toLowerCase()];
      return { due: monthEnd(Number(m[3]), months[m[1] ? partOf(m[1]) : 2]) };
    },
  },
  {
    name: 'part of a year',
    pattern:
      /\b(early|late|mid|middle of|the middle of|end of|the end of|start of|the start of|beginning of|the beginning of|first half of|second half of)[\s-]+(20\d\d)\b/i,
    resolve: (m) => {
      const year = Number(m[2]);
      const part = m[1].toLowerCase();
      if (part.includes('first half')) return { due: isoDate(year, 6, 30) };
      if (part.includes('second half')) return { due: isoDate(year, 12, 31) };
      return { due: [isoDate(year, 4, 30), isoDate(year, 8, 31), isoDate(year, 12, 31)][partOf(part)] };
    },
  },
  {
    name: 'the end of a month',
    pattern: new RegExp(`\\b(?:the\\s+)?(?:end|close)\\s+of\\s+${MONTH_NAME}\\s+(20\\d\\d)\\b`, 'i'),
    resolve: (m) => ({ due: endOfMonth(Number(m[2]), monthNumber(m[1])) }),
  },
  {
    name: 'the end of this or next year',
    relative: true,
    pattern:
      /\b(?:by|before|until|for)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?(financial\s+)?year\b/i,
    resolve: (m, d) => {
      if (!d) return null;
      const y = Number(d.slice(0, 4)) + (m[1] ? 1 : 0);
      if (m[2]) return { due: isoDate(d.slice(5) > '03-31' ? y + 1 : y, 3, 31) };
      return { due: isoDate(y, 12, 31) };
    },
  },
  {
    name: 'a year on its own',
    pattern: /\b(?:by|in|during|within|throughout|before|until|across)\s+(20\d\d)\b(?!\s*[/-]\s*\d)/i,
    resolve: (m) => ({ due: isoDate(Number(m[1]), 12, 31) }),
  },
];

/** Dates chrono-node reads: exact days, and months with a year (due at the month's end). */
function chronoDates(sentence: string, letterDate: string | null): When[] {
  const out: When[] = [];
  const ref = letterDate ? new Date(`${letterDate}T12:00:00Z`) : undefined;
  for (const r of chrono.en.GB.parse(sentence, ref)) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month')) continue;
    const year = s.get('year')!;
    const month = s.get('month')!;
    const due = s.isCertain('day') ? isoDate(year, month, s.get('day')!) : endOfMonth(year, month);
    out.push({ phrase: r.text, index: r.index, due, dueFrom: null, relative: false });
  }
  return out;
}

export function findWhens(sentence: string, letterDate: string | null): When[] {
  const found: When[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && x < b);
  for (const parser of WHEN_PARSERS) {
    const global = new RegExp(
      parser.pattern.source,
      parser.pattern.flags.includes('g') ? parser.pattern.flags : `${parser.pattern.flags}g`,
    );
    for (const m of sentence.matchAll(global)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const resolved = parser.resolve(m as RegExpExecArray, letterDate);
      if (!resolved) continue;
      taken.push([start, end]);
      found.push({
        phrase: m[0].trim(),
        index: start,
        due: resolved.due,
        dueFrom: resolved.dueFrom ?? null,
        relative: Boolean(parser.relative),
      });
    }
  }
  if (/\d/.test(sentence) && (MONTH_WORD.test(sentence) || /\d[/.-]\d/.test(sentence))) {
    for (const w of chronoDates(sentence, letterDate)) {
      if (!overlaps(w.index, w.index + w.phrase.length)) found.push(w);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
