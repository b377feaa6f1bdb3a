import type { CellRecord } from '../dataset/types';
import { effectiveStatus } from '../dataset/build';
import type { Commitment } from '../parse/types';
import { ukDate } from './cells';

/** Readable, UK-dated words for what the plan shows as text. */

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** "end of July 2025: due 31/07/2025; owner: Head of Learning" */
export function commitmentSummary(c: Commitment): string {
  const due = c.due
    ? c.dueFrom
      ? `due between ${ukDate(c.dueFrom)} and ${ukDate(c.due)}`
      : `due ${ukDate(c.due)}`
    : 'no date worked out';
  return `${c.when}: ${due}${c.owner ? `; owner: ${c.owner}` : ''}`;
}

export function commitmentLines(commitments: readonly Commitment[]): string {
  return commitments.map((c) => `${commitmentSummary(c)}. ${c.text}`).join('\n');
}

export function overrideSummary(cell: CellRecord): string | null {
  const o = cell.override;
  if (!o) return null;
  const who = o.by ? ` by ${o.by}` : '';
  const why = o.reason ? `: ${o.reason}` : '';
  return `Set to ${o.status}${who} on ${ukDate(o.at)}${why} (the letter reads as ${o.parserStatus}).`;
}

export function isLowConfidence(cell: CellRecord, threshold: number): boolean {
  return cell.source !== null && cell.override === null && cell.confidence < threshold;
}

/**
 * The note on a matrix cell: the evidence as quoted, the commitments, the source and how sure the
 * reading is. Null for "No response", which has nothing to show.
 */
export function statusNote(
  cell: CellRecord,
  heading: string,
  threshold: number,
  letterDate: string | null,
): string | null {
  if (!cell.source) return null;
  const lines = [`${heading}: ${effectiveStatus(cell)}`];
  const override = overrideSummary(cell);
  if (override) lines.push(`Analyst's judgement. ${override}`);
  if (isLowConfidence(cell, threshold)) {
    lines.push(
      `CHECK: low confidence (${percent(cell.confidence)}). Read the letter before relying on this.`,
    );
  } else {
    lines.push(`Confidence: ${percent(cell.confidence)}`);
  }
  if (cell.evidence.length) {
    lines.push('', 'Evidence:', ...cell.evidence.map((e) => `"${e}"`));
  } else {
    lines.push('', 'The letter says nothing on this recommendation.');
  }
  if (cell.commitments.length) {
    lines.push('', 'Commitments:', ...cell.commitments.map(commitmentSummary));
  }
  lines.push(
    '',
    `Source: ${cell.source}${letterDate ? `, letter dated ${ukDate(letterDate)}` : ', letter undated'}`,
  );
  return lines.join('\n');
}
