import type { Commitment } from '../parse/types';
import { address, range } from './cells';
import { blockRowHeights } from './row-height';
import { PALETTE } from './colours';
import type { PlanContext } from './context';
import { headerStyle } from './evidence';
import { AS_OF_NAME } from './matrix';
import type { CellValue, PlannedSheet } from './types';

export const COMMITMENTS_SHEET = 'Commitments';

const HEADERS = [
  'Force',
  'Region',
  'Rec',
  'Due',
  'Due from',
  'Past due?',
  'When (as written)',
  'Owner',
  'Commitment',
  'Source',
] as const;
const WIDTHS = [28, 24, 6, 11, 11, 10, 26, 24, 60, 26];
const col = (h: (typeof HEADERS)[number]) => HEADERS.indexOf(h) + 1;

interface Row {
  force: string;
  region: string;
  rec: number;
  commitment: Commitment & { due: string };
  source: string | null;
}

/** One row per dated commitment, soonest first, with whether it is past as of the as-of date. */
export function planCommitments(ctx: PlanContext): PlannedSheet {
  const rows: Row[] = [];
  for (const { force, record } of ctx.rows) {
    for (const rec of ctx.recommendations) {
      const cell = record.cells[String(rec.number)];
      for (const c of cell.commitments) {
        if (c.due)
          rows.push({
            force: force.name,
            region: force.region,
            rec: rec.number,
            commitment: { ...c, due: c.due },
            source: cell.source,
          });
      }
    }
  }
  rows.sort((a, b) => a.commitment.due.localeCompare(b.commitment.due));

  const values: CellValue[][] = [[...HEADERS]];
  rows.forEach((r, i) => {
    const rowNumber = i + 2;
    const due = address(rowNumber, col('Due'));
    values.push([
      r.force,
      r.region,
      r.rec,
      { kind: 'date', iso: r.commitment.due },
      r.commitment.dueFrom ? { kind: 'date', iso: r.commitment.dueFrom } : null,
      // Past once the due day itself has gone by, matching how the matrix counts overdue.
      {
        kind: 'formula',
        formula: `IF(${due}<${AS_OF_NAME},"Yes","No")`,
        value: r.commitment.due < ctx.asOf ? 'Yes' : 'No',
      },
      r.commitment.when,
      r.commitment.owner,
      r.commitment.text,
      r.source,
    ]);
  });
  const last = Math.max(values.length, 2);
  return {
    name: COMMITMENTS_SHEET,
    role: 'commitments',
    visibility: 'visible',
    tabColor: PALETTE.tabCommitments,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: blockRowHeights(values.slice(1), WIDTHS, 2),
    blocks: [
      {
        row: 1,
        col: 1,
        values,
        textColumns: [col('When (as written)'), col('Owner'), col('Commitment'), col('Source')].map(
          (c) => c - 1,
        ),
      },
    ],
    merges: [],
    formats: [
      { range: range(1, 1, 1, HEADERS.length), style: headerStyle() },
      { range: range(2, 1, last, HEADERS.length), style: { vertical: 'top', wrap: true } },
      { range: range(2, col('Rec'), last, col('Rec')), style: { horizontal: 'center' } },
      { range: range(2, col('Due'), last, col('Due from')), style: { numberFormat: 'dd/mm/yyyy' } },
      {
        range: range(2, col('Past due?'), last, col('Past due?')),
        style: { horizontal: 'center', bold: true },
      },
    ],
    notes: [],
    validations: [],
    conditionalFormats: [
      {
        range: range(2, col('Past due?'), last, col('Past due?')),
        rules: [{ kind: 'textEquals', text: 'Yes', fill: 'FFC7CE', fontColor: '9C0006' }],
      },
    ],
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
