import { DEFAULT_WARN_DAYS } from '../dataset/types';
import type { Commitment } from '../parse/types';
import { address, daysBetween, range } from './cells';
import { blockRowHeights } from './row-height';
import { PALETTE } from './colours';
import type { PlanContext } from './context';
import { headerStyle } from './evidence';
import { AS_OF_NAME } from './matrix';
import { NAMES } from './names';
import type { CellValue, NamedRange, PlannedSheet, Range } from './types';

export const COMMITMENTS_SHEET = 'Commitments';

/** Row 1 holds the warning window the analyst sets; the table's header is row 2. */
export const COMMITMENTS = { settingsRow: 1, warnDaysCol: 4, headerRow: 2, firstRow: 3 } as const;

/** The words the Due status column can hold; the Summary counts them. */
export const DUE = { past: 'Past due', soon: 'Due soon', later: 'Later' } as const;

const HEADERS = [
  'Force',
  'Region',
  'Rec',
  'Due',
  'Due from',
  'Days left',
  'Due status',
  'When (as written)',
  'Owner',
  'Commitment',
  'Source',
] as const;
const WIDTHS = [28, 24, 6, 11, 11, 16, 11, 26, 24, 60, 26];
const col = (h: (typeof HEADERS)[number]) => HEADERS.indexOf(h) + 1;

interface Row {
  force: string;
  region: string;
  rec: number;
  commitment: Commitment & { due: string };
  source: string | null;
}

/** The warning window: the analyst's setting where valid, else the default. */
export function warnDaysOf(ctx: PlanContext): number {
  const days = ctx.dataset.settings?.warnDays;
  return typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : DEFAULT_WARN_DAYS;
}

export function dueStatus(due: string, asOf: string, warnDays: number): string {
  const left = daysBetween(asOf, due);
  // Past once the due day itself has gone by, matching how the matrix counts overdue.
  if (left < 0) return DUE.past;
  return left <= warnDays ? DUE.soon : DUE.later;
}

export interface CommitmentsPlan {
  sheet: PlannedSheet;
  names: NamedRange[];
  /** The Due status cells (at least one row, possibly empty), for the Summary's counts. */
  dueStatusRange: Range;
  /** Counts as of the plan, for the Summary's cached values. */
  counts: Record<keyof typeof DUE, number>;
  warnDays: number;
}

/**
 * One row per dated commitment, soonest first: days left, and whether it is past due or due within the
 * warning window the analyst sets at the top of the sheet (changing it recounts at once).
 */
export function planCommitments(ctx: PlanContext): CommitmentsPlan {
  const warnDays = warnDaysOf(ctx);
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

  const counts = { past: 0, soon: 0, later: 0 };
  const values: CellValue[][] = [[...HEADERS]];
  rows.forEach((r, i) => {
    const rowNumber = COMMITMENTS.firstRow + i;
    const due = address(rowNumber, col('Due'));
    const status = dueStatus(r.commitment.due, ctx.asOf, warnDays);
    counts[status === DUE.past ? 'past' : status === DUE.soon ? 'soon' : 'later']++;
    values.push([
      r.force,
      r.region,
      r.rec,
      { kind: 'date', iso: r.commitment.due },
      r.commitment.dueFrom ? { kind: 'date', iso: r.commitment.dueFrom } : null,
      { kind: 'formula', formula: `${due}-${AS_OF_NAME}`, value: daysBetween(ctx.asOf, r.commitment.due) },
      {
        kind: 'formula',
        formula:
          `IF(${due}<${AS_OF_NAME},"${DUE.past}",` +
          `IF(${due}-${AS_OF_NAME}<=${NAMES.warnDays},"${DUE.soon}","${DUE.later}"))`,
        value: status,
      },
      r.commitment.when,
      r.commitment.owner,
      r.commitment.text,
      r.source,
    ]);
  });
  const first = COMMITMENTS.firstRow;
  const last = Math.max(first + rows.length - 1, first);
  const column = (h: (typeof HEADERS)[number]) => range(first, col(h), last, col(h));
  const warnCell = range(COMMITMENTS.settingsRow, COMMITMENTS.warnDaysCol);

  const sheet: PlannedSheet = {
    name: COMMITMENTS_SHEET,
    role: 'commitments',
    visibility: 'visible',
    tabColor: PALETTE.tabCommitments,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: [
      { row: COMMITMENTS.settingsRow, height: 22 },
      { row: COMMITMENTS.headerRow, height: 18 },
      ...blockRowHeights(values.slice(1), WIDTHS, first),
    ],
    blocks: [
      {
        row: COMMITMENTS.settingsRow,
        col: 1,
        values: [
          [
            'Warn about commitments due within',
            null,
            null,
            warnDays,
            'days of the as-of date (type another number to reflag them)',
          ],
        ],
      },
      {
        row: COMMITMENTS.headerRow,
        col: 1,
        values,
        textColumns: [col('When (as written)'), col('Owner'), col('Commitment'), col('Source')].map(
          (c) => c - 1,
        ),
      },
    ],
    merges: [
      range(COMMITMENTS.settingsRow, 1, COMMITMENTS.settingsRow, COMMITMENTS.warnDaysCol - 1),
      range(COMMITMENTS.settingsRow, COMMITMENTS.warnDaysCol + 1, COMMITMENTS.settingsRow, col('Owner')),
    ],
    formats: [
      {
        range: range(COMMITMENTS.settingsRow, 1),
        style: { bold: true, horizontal: 'right', vertical: 'middle' },
      },
      {
        range: warnCell,
        style: {
          fill: PALETTE.inputFill,
          bold: true,
          horizontal: 'center',
          vertical: 'middle',
          numberFormat: '0',
          border: { style: 'medium', color: PALETTE.text },
        },
      },
      {
        range: range(COMMITMENTS.settingsRow, COMMITMENTS.warnDaysCol + 1),
        style: { vertical: 'middle', fontColor: PALETTE.mutedText },
      },
      { range: range(COMMITMENTS.headerRow, 1, COMMITMENTS.headerRow, HEADERS.length), style: headerStyle() },
      { range: range(first, 1, last, HEADERS.length), style: { vertical: 'top', wrap: true } },
      { range: column('Rec'), style: { horizontal: 'center' } },
      { range: range(first, col('Due'), last, col('Due from')), style: { numberFormat: 'dd/mm/yyyy' } },
      {
        range: column('Days left'),
        style: { numberFormat: '0" days left";0" days overdue";"Due today"', horizontal: 'right' },
      },
      { range: column('Due status'), style: { horizontal: 'center', bold: true } },
    ],
    notes: [
      {
        row: COMMITMENTS.settingsRow,
        col: COMMITMENTS.warnDaysCol,
        text:
          'The warning window in days. A commitment due within it (counting from the as-of date on the ' +
          'OIC Matrix sheet) is flagged Due soon. Change it and the flags recount at once; a refresh keeps it.',
      },
    ],
    validations: [],
    conditionalFormats: [
      {
        range: column('Due status'),
        rules: [
          { kind: 'textEquals', text: DUE.past, fill: PALETTE.badFill, fontColor: PALETTE.badText },
          { kind: 'textEquals', text: DUE.soon, fill: PALETTE.soonFill, fontColor: PALETTE.soonText },
        ],
      },
    ],
    freeze: { rows: COMMITMENTS.headerRow, columns: 1 },
    autoFilter: range(COMMITMENTS.headerRow, 1, last, HEADERS.length),
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      area: range(1, 1, last, HEADERS.length),
      titleRows: { from: COMMITMENTS.headerRow, to: COMMITMENTS.headerRow },
    },
  };
  return {
    sheet,
    names: [
      {
        name: NAMES.warnDays,
        sheet: COMMITMENTS_SHEET,
        range: warnCell,
        comment: 'Commitments due within this many days of the as-of date are flagged Due soon.',
      },
    ],
    dueStatusRange: column('Due status'),
    counts,
    warnDays,
  };
}
