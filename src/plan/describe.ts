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

/** "OVERRIDE by J Smith on 10/01/2026: Confirmed at the board. Parser reads: In progress." */
export function overrideLine(cell: CellRecord): string | null {
  const o = cell.override;
  if (!o) return null;
  const who = o.by ? ` by ${o.by}` : '';
  const why = o.reason ? `: ${o.reason.trim().replace(/[.\s]+$/, '')}` : '';
  return `OVERRIDE${who} on ${ukDate(o.at)}${why}. Parser reads: ${cell.status}.`;
}

/** True when the parser's reading under an override is no longer the one the override was made over. */
export function needsReview(cell: CellRecord): boolean {
  return cell.override !== null && cell.override.parserStatus !== cell.status;
}

/** "REVIEW: the parser now reads Planned; it read In progress when the override was made." */
export function reviewLine(cell: CellRecord): string | null {
  if (!cell.override || !needsReview(cell)) return null;
  return (
    `REVIEW: the parser now reads ${cell.status}; it read ${cell.override.parserStatus} when the ` +
    'override was made. Check the override still holds.'
  );
}

export function isLowConfidence(cell: CellRecord, threshold: number): boolean {
  return cell.source !== null && cell.override === null && cell.confidence < threshold;
}

/**
 * The note on a matrix cell: any override first (who, when, why, and the parser's reading beside it),
 * then the evidence as quoted, the commitments, the source and how sure the reading is. Null for a
 * "No response" cell nobody overrode, which has nothing to show.
 */
export function statusNote(
  cell: CellRecord,
  heading: string,
  threshold: number,
  letterDate: string | null,
): string | null {
  const override = overrideLine(cell);
  if (!cell.source && !override) return null;
  const lines = [`${heading}: ${effectiveStatus(cell)}`];
  if (override) lines.push(override);
  const review = reviewLine(cell);
  if (review) lines.push(review);
  if (!cell.source) {
    lines.push('', 'No letter from this force has been read.');
    return lines.join('\n');
  }
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
