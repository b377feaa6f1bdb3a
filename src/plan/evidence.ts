import { effectiveStatus } from '../dataset/build';
import { range } from './cells';
import { blockRowHeights } from './row-height';
import { PALETTE } from './colours';
import type { PlanContext } from './context';
import { commitmentLines, overrideSummary } from './describe';
import { statusRules } from './matrix';
import type { CellValue, PlannedSheet } from './types';

export const EVIDENCE_SHEET = 'Evidence';

const HEADERS = [
  'Force',
  'Region',
  'Rec',
  'Status',
  'Confidence',
  'Evidence',
  'Commitments',
  'Source',
  'Letter date',
  'Analyst override',
] as const;
const WIDTHS = [28, 24, 6, 14, 11, 60, 45, 26, 11, 30];
const col = (h: (typeof HEADERS)[number]) => HEADERS.indexOf(h) + 1;

/** One row per force and recommendation, in matrix order: what each reading rests on. */
export function planEvidence(ctx: PlanContext): PlannedSheet {
  const values: CellValue[][] = [[...HEADERS]];
  for (const { force, record } of ctx.rows) {
    for (const rec of ctx.recommendations) {
      const cell = record.cells[String(rec.number)];
      const hasLetter = cell.source !== null;
      values.push([
        force.name,
        force.region,
        rec.number,
        effectiveStatus(cell),
        hasLetter ? cell.confidence : null,
        cell.evidence.length ? cell.evidence.join('\n') : null,
        cell.commitments.length ? commitmentLines(cell.commitments) : null,
        cell.source,
        record.letter?.letterDate ? { kind: 'date', iso: record.letter.letterDate } : null,
        overrideSummary(cell),
      ]);
    }
  }
  const last = values.length;
  const statusRange = range(2, col('Status'), last, col('Status'));
  return {
    name: EVIDENCE_SHEET,
    role: 'evidence',
    visibility: 'visible',
    tabColor: PALETTE.tabEvidence,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: blockRowHeights(values.slice(1), WIDTHS, 2),
    blocks: [
      {
        row: 1,
        col: 1,
        values,
        textColumns: [col('Evidence'), col('Commitments'), col('Source'), col('Analyst override')].map(
          (c) => c - 1,
        ),
      },
    ],
    merges: [],
    formats: [
      { range: range(1, 1, 1, HEADERS.length), style: headerStyle() },
      { range: range(2, 1, last, HEADERS.length), style: { vertical: 'top', wrap: true } },
      { range: range(2, col('Rec'), last, col('Rec')), style: { horizontal: 'center' } },
      { range: statusRange, style: { bold: true, horizontal: 'center' } },
      { range: range(2, col('Confidence'), last, col('Confidence')), style: { numberFormat: '0%' } },
      {
        range: range(2, col('Letter date'), last, col('Letter date')),
        style: { numberFormat: 'dd/mm/yyyy' },
      },
    ],
    notes: [],
    validations: [],
    conditionalFormats: [statusRules(statusRange)],
    freeze: { rows: 1, columns: 1 },
    autoFilter: range(1, 1, last, HEADERS.length),
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      area: range(1, 1, last, HEADERS.length),
      titleRows: { from: 1, to: 1 },
    },
  };
}

export function headerStyle() {
  return {
    fill: PALETTE.headerFill,
    fontColor: PALETTE.headerText,
    bold: true,
    wrap: true,
    vertical: 'middle' as const,
  };
}
