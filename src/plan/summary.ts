import { effectiveStatus } from '../dataset/build';
import { STATUSES } from '../parse/types';
import { responseDueDate } from '../report/report';
import {
  address,
  daysBetween,
  isoToSerial,
  quoteSheet,
  range,
  rangeAddress,
  ukDate,
  ukLongDate,
} from './cells';
import { PALETTE, STATUS_COLOURS } from './colours';
import { DUE, type CommitmentsPlan } from './commitments';
import type { PlanContext } from './context';
import { headerStyle } from './evidence';
import { AS_OF_NAME, MATRIX, MATRIX_SHEET, onTimeText } from './matrix';
import { NAMES } from './names';
import type { CellValue, ChartPlan, FormatRange, PlannedSheet, Range, ValueBlock } from './types';
import { COMMITMENTS_SHEET } from './commitments';

export const SUMMARY_SHEET = 'Summary';

/**
 * Where things sit on the Summary sheet: the status table at the top (one row per recommendation), then
 * the response and commitment counts on the left and the chart on the right.
 */
export const SUMMARY = {
  titleRow: 1,
  asOfRow: 2,
  statusTitleRow: 4,
  statusHeaderRow: 5,
  firstRecRow: 6,
  chartCol: 4,
  chartLastCol: 11,
  chartRows: 16,
} as const;

const WIDTHS = [30, 13, 13, 13, 13, 13, 13, 13, 8, 13, 11, 16, 12];
/** A count that is bad news shows red when above zero, in the number format, so no rule is needed. */
const ALARM_FORMAT = '[Red]0;-0;0';
const DAYS_FORMAT = '0" days left";0" days overdue";"Due today"';

/** Pixels Excel shows for a column width in character units, at the default font. */
const columnPixels = (width: number) => Math.round(width * 7 + 5);
const ROW_PIXELS = 20;

interface SummaryInput {
  ctx: PlanContext;
  commitments: CommitmentsPlan;
}

/**
 * Counts of forces by status for each recommendation (formulas over the matrix, so typing a status
 * recounts them), the share Complete or In progress, deadlines, days left and overdue counts; how the
 * letters met the response window; commitments past due and due soon; and a chart of the status counts.
 */
export function planSummary({ ctx, commitments }: SummaryInput): PlannedSheet {
  const { rows, recommendations, report, asOf } = ctx;
  const forces = rows.length;
  const firstForce = MATRIX.firstForceRow;
  const lastForce = firstForce + forces - 1;
  const matrixColumn = (col: number) =>
    `${quoteSheet(MATRIX_SHEET)}!${rangeAddress(range(firstForce, col, lastForce, col), true)}`;

  const blocks: ValueBlock[] = [];
  const formats: FormatRange[] = [];
  const merges: Range[] = [];
  const notes: PlannedSheet['notes'] = [];
  const lastCol = WIDTHS.length;

  blocks.push(
    { row: SUMMARY.titleRow, col: 1, values: [[`${report.title}: summary`]] },
    {
      row: SUMMARY.asOfRow,
      col: 1,
      values: [
        [
          'As of',
          { kind: 'formula', formula: AS_OF_NAME, value: isoToSerial(asOf) },
          'Counts follow the OIC Matrix sheet: change a status there, or the as-of date, and they recount.',
        ],
      ],
    },
  );
  merges.push(
    range(SUMMARY.titleRow, 1, SUMMARY.titleRow, lastCol),
    range(SUMMARY.asOfRow, 3, SUMMARY.asOfRow, lastCol),
  );
  formats.push(
    { range: range(SUMMARY.titleRow, 1), style: { bold: true, fontSize: 14, vertical: 'middle' } },
    { range: range(SUMMARY.asOfRow, 1), style: { bold: true, horizontal: 'right' } },
    {
      range: range(SUMMARY.asOfRow, 2),
      style: { bold: true, numberFormat: 'dd/mm/yyyy', horizontal: 'left' },
    },
    { range: range(SUMMARY.asOfRow, 3), style: { fontColor: PALETTE.mutedText, fontSize: 9 } },
  );

  // Forces by status, one row per recommendation.
  const header = [
    'Recommendation',
    ...STATUSES,
    'Forces',
    'Complete or in progress',
    'Deadline',
    'Days left',
    'Overdue (forces not Complete)',
  ];
  const col = (h: string) => header.indexOf(h) + 1;
  const statusValues: CellValue[][] = recommendations.map((rec, i) => {
    const row = SUMMARY.firstRecRow + i;
    const source = matrixColumn(MATRIX.firstRecCol + i);
    const counts = STATUSES.map(
      (status) =>
        rows.filter(({ record }) => effectiveStatus(record.cells[String(rec.number)]) === status).length,
    );
    const [complete, inProgress] = counts;
    const first = address(row, col(STATUSES[0]));
    const lastStatus = address(row, col(STATUSES[STATUSES.length - 1]));
    const total = address(row, col('Forces'));
    const deadline = address(row, col('Deadline'));
    const c = address(row, col('Complete'));
    const p = address(row, col('In progress'));
    return [
      `Rec ${rec.number}`,
      ...STATUSES.map((status, s): CellValue => ({
        kind: 'formula',
        formula: `COUNTIF(${source},"${status}")`,
        value: counts[s],
      })),
      { kind: 'formula', formula: `SUM(${first}:${lastStatus})`, value: forces },
      {
        kind: 'formula',
        formula: `IF(${total}=0,0,(${c}+${p})/${total})`,
        value: forces ? (complete + inProgress) / forces : 0,
      },
      rec.deadline ? { kind: 'date', iso: rec.deadline } : null,
      rec.deadline
        ? {
            kind: 'daysLeft',
            recommendation: rec.number,
            deadline: rec.deadline,
            value: daysBetween(asOf, rec.deadline),
            asOfName: AS_OF_NAME,
          }
        : null,
      rec.deadline
        ? {
            kind: 'formula',
            formula: `IF(${AS_OF_NAME}>${deadline},${total}-${c},0)`,
            value: asOf > rec.deadline ? forces - complete : 0,
          }
        : null,
    ];
  });
  const lastRecRow = SUMMARY.firstRecRow + recommendations.length - 1;
  blocks.push(
    { row: SUMMARY.statusTitleRow, col: 1, values: [['Forces by status, for each recommendation']] },
    { row: SUMMARY.statusHeaderRow, col: 1, values: [header, ...statusValues] },
  );
  merges.push(range(SUMMARY.statusTitleRow, 1, SUMMARY.statusTitleRow, lastCol));
  formats.push(
    { range: range(SUMMARY.statusTitleRow, 1), style: { bold: true, fontSize: 12 } },
    {
      range: range(SUMMARY.statusHeaderRow, 1, SUMMARY.statusHeaderRow, lastCol),
      style: { ...headerStyle(), horizontal: 'center', fontSize: 9 },
    },
    ...STATUSES.map((status) => ({
      range: range(SUMMARY.statusHeaderRow, col(status)),
      style: { fill: STATUS_COLOURS[status].fill, fontColor: STATUS_COLOURS[status].fontColor },
    })),
    {
      range: range(SUMMARY.firstRecRow, 1, lastRecRow, lastCol),
      style: { border: { style: 'thin', color: PALETTE.border }, horizontal: 'center', vertical: 'middle' },
    },
    { range: range(SUMMARY.firstRecRow, 1, lastRecRow, 1), style: { bold: true, horizontal: 'left' } },
    {
      range: range(
        SUMMARY.firstRecRow,
        col('Complete or in progress'),
        lastRecRow,
        col('Complete or in progress'),
      ),
      style: { numberFormat: '0%', bold: true },
    },
    {
      range: range(SUMMARY.firstRecRow, col('Deadline'), lastRecRow, col('Deadline')),
      style: { numberFormat: 'dd/mm/yyyy' },
    },
    {
      range: range(SUMMARY.firstRecRow, col('Days left'), lastRecRow, col('Days left')),
      style: { numberFormat: DAYS_FORMAT },
    },
    {
      range: range(
        SUMMARY.firstRecRow,
        col('Overdue (forces not Complete)'),
        lastRecRow,
        col('Overdue (forces not Complete)'),
      ),
      style: { bold: true, numberFormat: ALARM_FORMAT },
    },
  );
  recommendations.forEach((rec, i) => {
    notes.push({
      row: SUMMARY.firstRecRow + i,
      col: 1,
      text: `Recommendation ${rec.number}: ${rec.title}${rec.deadline ? `. Deadline ${ukDate(rec.deadline)}.` : '.'}`,
    });
  });

  // How the letters met the statutory response window, from the matrix's On time column.
  const lowerTop = lastRecRow + 2;
  const onTime = matrixColumn(MATRIX.onTimeCol);
  const timeliness = (word: string) =>
    rows.filter(
      ({ record }) =>
        onTimeText(
          record.letter?.onTime ?? null,
          record.letter !== null,
          Boolean(record.letter?.letterDate),
        ) === word,
    ).length;
  const noLetter = rows.filter(({ record }) => !record.letter).length;
  const responseRows: CellValue[][] = [
    [
      `Responses (due within ${report.responseWindowDays} days, by ${ukDate(responseDueDate(report))})`,
      'Forces',
    ],
    ['On time', { kind: 'formula', formula: `COUNTIF(${onTime},"Yes")`, value: timeliness('Yes') }],
    ['Late', { kind: 'formula', formula: `COUNTIF(${onTime},"No")`, value: timeliness('No') }],
    [
      'Letter undated',
      { kind: 'formula', formula: `COUNTIF(${onTime},"Undated")`, value: timeliness('Undated') },
    ],
    [
      'Date not clear',
      { kind: 'formula', formula: `COUNTIF(${onTime},"Unknown")`, value: timeliness('Unknown') },
    ],
    ['No letter yet', { kind: 'formula', formula: `ROWS(${onTime})-COUNTA(${onTime})`, value: noLetter }],
  ];
  blocks.push({ row: lowerTop, col: 1, values: responseRows });
  notes.push({
    row: lowerTop,
    col: 1,
    text:
      `${report.publisher} published the report on ${ukLongDate(report.published)}; each commissioner's response ` +
      `was due within ${report.responseWindowDays} days. Each letter's own timeliness is in the On time column of the OIC Matrix sheet.`,
  });

  // Commitments past due and due within the warning window, from the Commitments sheet's flags.
  const commitTop = lowerTop + responseRows.length + 1;
  const due = `${quoteSheet(COMMITMENTS_SHEET)}!${rangeAddress(commitments.dueStatusRange, true)}`;
  const { past, soon, later } = commitments.counts;
  const commitmentRows: CellValue[][] = [
    ['Dated commitments in the letters', 'Count'],
    ['Past due', { kind: 'formula', formula: `COUNTIF(${due},"${DUE.past}")`, value: past }],
    [
      {
        kind: 'formula',
        formula: `"Due within "&${NAMES.warnDays}&" days"`,
        value: `Due within ${commitments.warnDays} days`,
      },
      { kind: 'formula', formula: `COUNTIF(${due},"${DUE.soon}")`, value: soon },
    ],
    ['Due later', { kind: 'formula', formula: `COUNTIF(${due},"${DUE.later}")`, value: later }],
    ['All dated commitments', { kind: 'formula', formula: `COUNTA(${due})`, value: past + soon + later }],
  ];
  blocks.push({ row: commitTop, col: 1, values: commitmentRows });
  notes.push({
    row: commitTop + 2,
    col: 1,
    text: 'The warning window is set at the top of the Commitments sheet.',
  });
  for (const [top, count] of [
    [lowerTop, responseRows.length],
    [commitTop, commitmentRows.length],
  ] as const) {
    formats.push(
      { range: range(top, 1, top, 2), style: { ...headerStyle(), horizontal: 'center' } },
      { range: range(top, 1), style: { horizontal: 'left' } },
      {
        range: range(top + 1, 1, top + count - 1, 2),
        style: { border: { style: 'thin', color: PALETTE.border }, vertical: 'middle' },
      },
      { range: range(top + 1, 2, top + count - 1, 2), style: { horizontal: 'center', bold: true } },
    );
  }
  formats.push(
    { range: range(commitTop + 1, 2), style: { numberFormat: ALARM_FORMAT } },
    { range: range(lowerTop + 2, 2), style: { numberFormat: ALARM_FORMAT } },
  );

  // The chart sits right of the small tables: its legend first, then the picture.
  const legendRow = lowerTop;
  const chartTop = legendRow + 1;
  const anchor = range(chartTop, SUMMARY.chartCol, chartTop + SUMMARY.chartRows - 1, SUMMARY.chartLastCol);
  blocks.push({ row: legendRow, col: SUMMARY.chartCol, values: [[...STATUSES]] });
  STATUSES.forEach((status, s) => {
    formats.push({
      range: range(legendRow, SUMMARY.chartCol + s),
      style: {
        fill: STATUS_COLOURS[status].fill,
        fontColor: STATUS_COLOURS[status].fontColor,
        bold: true,
        fontSize: 8,
        wrap: true,
        horizontal: 'center',
        vertical: 'middle',
      },
    });
  });
  const chart: ChartPlan = {
    kind: 'stackedBar',
    title: 'Forces by status, for each recommendation',
    dataRange: range(SUMMARY.statusHeaderRow, 1, lastRecRow, col(STATUSES[STATUSES.length - 1])),
    categories: recommendations.map((r) => `Rec ${r.number}`),
    series: STATUSES.map((status, s) => ({
      name: status,
      color: STATUS_COLOURS[status].fill,
      labelColor: STATUS_COLOURS[status].fontColor,
      range: range(SUMMARY.firstRecRow, col(status), lastRecRow, col(status)),
      values: statusValues.map((v) => (v[1 + s] as { value: number }).value),
    })),
    max: forces,
    anchor,
    width: WIDTHS.slice(anchor.left - 1, anchor.right).reduce((n, w) => n + columnPixels(w), 0),
    height: SUMMARY.chartRows * ROW_PIXELS,
    pictureNote:
      'The chart is a picture of the counts above as of the last refresh; the counts themselves recount live.',
  };

  const lastRow = anchor.bottom + 1;
  return {
    name: SUMMARY_SHEET,
    role: 'summary',
    visibility: 'visible',
    tabColor: PALETTE.tabSummary,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: [
      { row: SUMMARY.titleRow, height: 24 },
      { row: SUMMARY.statusHeaderRow, height: 36 },
      { row: legendRow, height: 28 },
      ...Array.from({ length: SUMMARY.chartRows }, (_, i) => ({
        row: chartTop + i,
        height: ROW_PIXELS * 0.75,
      })),
    ],
    blocks,
    merges,
    formats,
    notes,
    validations: [],
    conditionalFormats: [],
    charts: [chart],
    print: { orientation: 'landscape', fitToWidth: true, area: range(1, 1, lastRow, lastCol) },
  };
}
