import type { Status } from '../parse/types';

/**
 * BRAG colours (DESIGN.md) with a text colour chosen for each fill so the status word reads at a
 * contrast of at least 4.5:1 (WCAG AA for normal text). The three reds are one colour on purpose: BRAG
 * puts them in one band, and the word in the cell tells them apart.
 */
export const STATUS_COLOURS: Readonly<Record<Status, { fill: string; fontColor: string; band: string }>> = {
  Complete: { fill: '1F5FAD', fontColor: 'FFFFFF', band: 'Blue' },
  'In progress': { fill: '00B050', fontColor: '000000', band: 'Green' },
  Planned: { fill: 'FFC000', fontColor: '000000', band: 'Amber' },
  Acknowledged: { fill: 'C00000', fontColor: 'FFFFFF', band: 'Red' },
  'Not accepted': { fill: 'C00000', fontColor: 'FFFFFF', band: 'Red' },
  'Not mentioned': { fill: 'C00000', fontColor: 'FFFFFF', band: 'Red' },
  'No response': { fill: 'BFBFBF', fontColor: '000000', band: 'Grey' },
};

/** Other colours the plan uses, each paired with the text colour drawn on it. */
export const PALETTE = {
  text: '000000',
  white: 'FFFFFF',
  headerFill: '1F3864',
  headerText: 'FFFFFF',
  subHeaderFill: 'D9E1F2',
  bandFill: 'F2F2F2',
  overdueText: 'C00000',
  mutedText: '404040',
  border: 'A6A6A6',
  checkBorder: '000000',
  tabMatrix: '1F3864',
  tabEvidence: '2F5597',
  tabCommitments: 'BF8F00',
  tabSources: '595959',
  tabSummary: '548235',
  tabHistory: '7F7F7F',
  /** A heavy border marks a status an analyst set; the words beside it say so too. */
  overrideBorder: '000000',
  reviewText: 'C00000',
  /** Cells the analyst is meant to type in (Excel's own "input" look). */
  inputFill: 'FFF2CC',
  /** Due-soon flags: Excel's own "neutral" pair; past due uses its "bad" pair. */
  soonFill: 'FFEB9C',
  soonText: '9C5700',
  badFill: 'FFC7CE',
  badText: '9C0006',
} as const;

function channel(hex: string, at: number): number {
  const v = parseInt(hex.slice(at, at + 2), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of an RRGGBB colour. */
export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
}

/** WCAG 2 contrast ratio between two RRGGBB colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
