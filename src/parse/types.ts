/** The seven statuses a force × recommendation cell can hold (DESIGN.md). */
export const STATUSES = [
  'Complete',
  'In progress',
  'Planned',
  'Acknowledged',
  'Not accepted',
  'Not mentioned',
  'No response',
] as const;
export type Status = (typeof STATUSES)[number];

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** A dated promise a letter makes. */
export interface Commitment {
  /** The sentence (or clause) that makes the promise. */
  text: string;
  /** The phrase that gives the time ("by the end of July 2025", "in 4-6 weeks' time"). */
  when: string;
  /** ISO date the commitment is due: the end of the period named, or the later end of a range. */
  due: string | null;
  /** ISO date of the earlier end where the letter gives a range ("4-6 weeks"); otherwise null. */
  dueFrom: string | null;
  /** Post, unit or person named as responsible, where the letter names one. */
  owner: string | null;
}

export interface RecommendationReading {
  status: Status;
  /** 0 to 1: how sure the reading is. */
  confidence: number;
  /** The one to three sentences that decided the status, as the letter puts them. */
  evidence: string[];
  commitments: Commitment[];
}

export interface ParsedResponse {
  /** Where the letter came from, as given (a path, a URL, "bundled:dorset.txt"). */
  source: string;
  forceId: string | null;
  force: string | null;
  commissioner: string | null;
  /** ISO date of the letter, or null where the letter carries none. */
  letterDate: string | null;
  /** Whether the letter date fell inside the statutory response window; null without a date. */
  onTime: boolean | null;
  /** Keyed by recommendation number as a string: always "2", "4", "8" and "9" for this report. */
  recommendations: Record<string, RecommendationReading>;
  /** Things the reader noticed that an analyst should check (e.g. a misnumbered recommendation). */
  notes: string[];
}

export interface ParseError {
  source: string;
  message: string;
}
