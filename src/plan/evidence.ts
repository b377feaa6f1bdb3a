import { effectiveStatus } from '../dataset/build';
import { range, ukDate } from './cells';
import { blockRowHeights } from './row-height';
import { PALETTE } from './colours';
import type { PlanContext } from './context';
import { commitmentLines, needsReview } from './describe';
import { statusRules } from './matrix';
import { NAMES } from './names';
import type { CellValue, NamedRange, PlannedSheet } from './types';

export const EVIDENCE_SHEET = 'Evidence';

const HEADERS = [
  'Force',
  'Region',
  'Rec',
  'Status',
  'Parser reading',
  'Analyst override',
  'Override reason',
  'Override set',
  'Review',
  'Confidence',
  'Evidence',
  'Commitments',
  'Source',
  'Letter date',
  'Force ID',
] as const;
const WIDTHS = [24, 20, 5, 13, 13, 13, 30, 14, 24, 11, 60, 45, 26, 11, 18];
const col = (h: (typeof HEADERS)[number]) => HEADERS.indexOf(h) + 1;

/**
 * One row per force and recommendation, in matrix order: what each reading rests on, the parser's reading
 * beside any override, and the one column here the analyst types in, the reason for an override.
 */
export function planEvidence(ctx: PlanContext): { sheet: PlannedSheet; names: NamedRange[] } {
  const values: CellValue[][] = [[...HEADERS]];
  for (const { force, record } of ctx.rows) {
    for (const rec of ctx.recommendations) {
      const cell = record.cells[String(rec.number)];
      const hasLetter = cell.source !== null;
      const o = cell.override;
      values.push([
        force.name,
        force.region,
        rec.number,
        effectiveStatus(cell),
        cell.status,
        o ? o.status : null,
        o?.reason ?? null,
        o ? `${ukDate(o.at)}${o.by ? ` by ${o.by}` : ''}` : null,
        needsReview(cell)
          ? `Parser now reads ${cell.status}; it read ${o!.parserStatus} when overridden`
          : null,
        hasLetter ? cell.confidence : null,
        cell.evidence.length ? cell.evidence.join('\n') : null,
        cell.commitments.length ? commitmentLines(cell.commitments) : null,
        cell.source,
        record.letter?.letterDate ? { kind: 'date', iso: record.letter.letterDate } : null,
        force.id,
      ]);
    }
  }
  const last = values.length;
  const column = (h: (typeof HEADERS)[number]) => range(2, col(h), last, col(h));
  const statusRange = range(2, col('Status'), last, col('Analyst override'));
  const names: NamedRange[] = [
    {
      name: NAMES.evidenceForceIds,
      sheet: EVIDENCE_SHEET,
      range: column('Force ID'),
      comment: 'The force id of each Evidence row, so a typed reason finds its cell after a sort.',
    },
    {
      name: NAMES.evidenceRecs,
      sheet: EVIDENCE_SHEET,
      range: column('Rec'),
      comment: 'The recommendation number of each Evidence row.',
    },
    {
      name: NAMES.overrideReasons,
      sheet: EVIDENCE_SHEET,
      range: column('Override reason'),
      comment: "Why the analyst overrode the cell's status: typed here, kept with the override.",
    },
  ];
  const sheet: PlannedSheet = {
    name: EVIDENCE_SHEET,
    role: 'evidence',
    visibility: 'visible',
    tabColor: PALETTE.tabEvidence,
    columns: WIDTHS.map((width, i) => (i + 1 === col('Force ID') ? { width, hidden: true } : { width })),
    rowHeights: [{ row: 1, height: 28 }, ...blockRowHeights(values.slice(1), WIDTHS, 2)],
    blocks: [
      {
        row: 1,
        col: 1,
        values,
        textColumns: [
          col('Override reason'),
          col('Override set'),
          col('Evidence'),
          col('Commitments'),
          col('Source'),
        ].map((c) => c - 1),
      },
    ],
    merges: [],
    formats: [
      { range: range(1, 1, 1, HEADERS.length), style: headerStyle() },
      { range: range(2, 1, last, HEADERS.length), style: { vertical: 'top', wrap: true } },
      { range: column('Rec'), style: { horizontal: 'center' } },
      { range: statusRange, style: { bold: true, horizontal: 'center' } },
      { range: column('Override reason'), style: { fill: PALETTE.inputFill, numberFormat: '@' } },
      { range: column('Review'), style: { fontColor: PALETTE.reviewText, bold: true } },
      { range: column('Confidence'), style: { numberFormat: '0%' } },
      { range: column('Letter date'), style: { numberFormat: 'dd/mm/yyyy' } },
      { range: column('Force ID'), style: { fontColor: PALETTE.mutedText } },
    ],
    notes: [
      {
        row: 1,
        col: col('Override reason'),
        text:
          'Type why you overrode a status here (set the status itself on the OIC Matrix sheet), then refresh. ' +
          'The reason is kept with the override and shown in the note on the matrix cell.',
      },
      {
        row: 1,
        col: col('Parser reading'),
        text: 'What the letter reads as, whatever an analyst set. Status is what counts: the override where there is one.',
      },
    ],
    validations: [],
    conditionalFormats: [statusRules(statusRange)],
    freeze: { rows: 1, columns: 1 },
    autoFilter: range(1, 1, last, HEADERS.length),
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      area: range(1, 1, last, HEADERS.length - 1),
      titleRows: { from: 1, to: 1 },
    },
  };
  return { sheet, names };
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
