import { effectiveStatus } from '../dataset/build';
import { STATUSES, type Status } from '../parse/types';
import { responseDueDate } from '../report/report';
import { address, daysBetween, range, ukDate, ukLongDate } from './cells';
import { PALETTE, STATUS_COLOURS } from './colours';
import type { PlanContext } from './context';
import { isLowConfidence, needsReview, statusNote } from './describe';
import { NAMES } from './names';
import { rowHeight } from './row-height';
import type {
  CellNote,
  CellStyle,
  CellValue,
  ConditionalFormat,
  FormatRange,
  NamedRange,
  PlannedSheet,
  Range,
  ValueBlock,
} from './types';

export const MATRIX_SHEET = 'OIC Matrix';
export const AS_OF_NAME = NAMES.asOf;

/**
 * Where things sit on the matrix sheet. Rows 1-3: title, as-of date, key. Rows 4-6: each
 * recommendation's short title, deadline and days left, above its column. Row 7: the header the filter
 * hangs from. Then one row per force, contiguous, so filter, sort and drop-downs cover them all.
 */
export const MATRIX = {
  titleRow: 1,
  asOfRow: 2,
  keyRow: 3,
  recTitleRow: 4,
  deadlineRow: 5,
  daysLeftRow: 6,
  headerRow: 7,
  firstForceRow: 8,
  forceCol: 1,
  regionCol: 2,
  letterDateCol: 3,
  onTimeCol: 4,
  firstRecCol: 5,
} as const;

/** Text-equals colour rules for every status; the matrix, the key and the Evidence sheet share them. */
export function statusRules(target: Range): ConditionalFormat {
  return {
    range: target,
    rules: STATUSES.map((status) => ({ kind: 'textEquals' as const, text: status, ...coloursOf(status) })),
  };
}

function coloursOf(status: Status) {
  const { fill, fontColor } = STATUS_COLOURS[status];
  return { fill, fontColor };
}

const STATUS_MEANINGS: Record<Status, string> = {
  Complete: 'The letter says the required outcome is achieved, with nothing left outstanding.',
  'In progress': 'Concrete action has started or is partly in place; more remains.',
  Planned: 'Action is promised or intended but not started, or waits on something.',
  Acknowledged: 'The recommendation is accepted, supported or noted, with no action described.',
  'Not accepted': 'The letter declines the recommendation.',
  'Not mentioned': "The force's letter says nothing on this recommendation.",
  'No response': 'No letter from this force has been read.',
};

/** The words of the matrix's On time column; the Summary counts them. */
export function onTimeText(onTime: boolean | null, hasLetter: boolean, dated: boolean): string | null {
  if (!hasLetter) return null;
  if (!dated) return 'Undated';
  if (onTime === null) return 'Unknown';
  return onTime ? 'Yes' : 'No';
}

export function planMatrix(ctx: PlanContext): { sheet: PlannedSheet; names: NamedRange[] } {
  const { rows, recommendations, asOf, lowConfidence, report } = ctx;
  const recCount = recommendations.length;
  const lastRecCol = MATRIX.firstRecCol + recCount - 1;
  const overdueCol = lastRecCol + 1;
  const checkCol = lastRecCol + 2;
  // The force id keeps its place after Check (other code finds it by name, people never see it); the
  // override and review columns follow it, so to a reader they sit straight after Check.
  const idCol = lastRecCol + 3;
  const overridesCol = idCol + 1;
  const reviewCol = idCol + 2;
  const lastVisibleCol = reviewCol;
  const firstRow = MATRIX.firstForceRow;
  const lastRow = firstRow + rows.length - 1;

  const blocks: ValueBlock[] = [];
  const formats: FormatRange[] = [];
  const notes: CellNote[] = [];
  const merges: Range[] = [];

  // Title, as-of date and the response window.
  blocks.push({
    row: MATRIX.titleRow,
    col: 1,
    values: [[`${report.title}: responses to the recommendations for chief constables`]],
  });
  merges.push(range(MATRIX.titleRow, 1, MATRIX.titleRow, lastVisibleCol));
  formats.push({ range: range(MATRIX.titleRow, 1), style: { bold: true, fontSize: 14, vertical: 'middle' } });

  blocks.push({
    row: MATRIX.asOfRow,
    col: 1,
    values: [
      [
        'As of',
        { kind: 'date', iso: asOf },
        `${report.publisher}, published ${ukLongDate(report.published)}; responses were due by ` +
          `${ukLongDate(responseDueDate(report))} (${report.responseWindowDays} days). ` +
          `Overdue recs: deadline passed and not Complete. ` +
          `Check: a low-confidence reading (italic, dashed border); read the letter. ` +
          `Overrides: statuses an analyst set (heavy border), with the parser's reading beside them. ` +
          `Review: the parser's reading changed under an override. Notes hold the evidence.`,
      ],
    ],
  });
  merges.push(range(MATRIX.asOfRow, 3, MATRIX.asOfRow, lastVisibleCol));
  formats.push(
    { range: range(MATRIX.asOfRow, 1), style: { bold: true, horizontal: 'right', vertical: 'middle' } },
    {
      range: range(MATRIX.asOfRow, 2),
      style: { bold: true, numberFormat: 'dd/mm/yyyy', horizontal: 'left', vertical: 'middle' },
    },
    {
      range: range(MATRIX.asOfRow, 3),
      style: { fontColor: PALETTE.mutedText, wrap: true, vertical: 'middle', fontSize: 9 },
    },
  );
  notes.push({
    row: MATRIX.asOfRow,
    col: 2,
    text: 'Days left, overdue recommendations and past-due commitments count from this date. Change it to recount.',
  });

  // The key: every status in its own colour, then samples of the flags that sit beside the colours, each
  // above the column that lists it.
  const keyFirst = 2;
  const keyLast = keyFirst + STATUSES.length - 1;
  const flags = [
    { text: 'Overdue', col: overdueCol },
    { text: 'Check', col: checkCol },
    { text: 'Override', col: overridesCol },
    { text: 'Review', col: reviewCol },
  ].filter((f) => f.col > keyLast);
  const keyRow: CellValue[] = ['Key', ...STATUSES];
  for (const f of flags) keyRow[f.col - 1] = f.text;
  for (let i = 0; i < keyRow.length; i++) keyRow[i] ??= null;
  blocks.push({ row: MATRIX.keyRow, col: 1, values: [keyRow] });
  const keyStyle = { horizontal: 'center' as const, vertical: 'middle' as const, wrap: true, bold: true };
  formats.push(
    { range: range(MATRIX.keyRow, 1), style: { bold: true, horizontal: 'right', vertical: 'middle' } },
    {
      range: range(MATRIX.keyRow, keyFirst, MATRIX.keyRow, keyLast),
      style: { ...keyStyle, border: thinBorder() },
    },
  );
  STATUSES.forEach((status, i) => {
    notes.push({ row: MATRIX.keyRow, col: keyFirst + i, text: `${status}: ${STATUS_MEANINGS[status]}` });
  });
  const FLAG_KEYS: Record<string, { style: CellStyle; note: string }> = {
    Overdue: {
      style: { fontColor: PALETTE.overdueText },
      note: 'Overdue recs lists the recommendations whose deadline has passed (as of the as-of date) and whose status is not Complete.',
    },
    Check: {
      style: { italic: true, bold: false, border: { style: 'dashed', color: PALETTE.checkBorder } },
      note: 'A status in italics with a dashed border is a low-confidence reading; Check lists those recommendations. Read the letter (the note on the cell quotes it) before relying on it.',
    },
    Override: {
      style: { border: { style: 'medium', color: PALETTE.overrideBorder } },
      note:
        "A status with a heavy border is an analyst's override: type or pick a status in the matrix (and a reason on the Evidence sheet), then refresh. " +
        "A refresh never overwrites it. Overrides lists them with the parser's own reading. Clear the cell, or pick the parser's reading, to return to the parser's reading.",
    },
    Review: {
      style: { fontColor: PALETTE.reviewText, border: { style: 'medium', color: PALETTE.overrideBorder } },
      note: 'The parser reads this cell differently since the override was made: Review says what it reads now. Check the override still holds.',
    },
  };
  for (const f of flags) {
    const key = FLAG_KEYS[f.text];
    formats.push({
      range: range(MATRIX.keyRow, f.col),
      style: { ...keyStyle, border: thinBorder(), ...key.style },
    });
    notes.push({ row: MATRIX.keyRow, col: f.col, text: key.note });
  }

  // Each recommendation's title, deadline and days left sit above its column.
  const labelStyle = { bold: true, horizontal: 'right' as const, vertical: 'middle' as const };
  const recTitles: CellValue[] = recommendations.map((r) => r.title);
  const deadlines: CellValue[] = recommendations.map((r) =>
    r.deadline ? { kind: 'date', iso: r.deadline } : null,
  );
  const daysLeft: CellValue[] = recommendations.map((r) =>
    r.deadline
      ? {
          kind: 'daysLeft',
          recommendation: r.number,
          deadline: r.deadline,
          value: daysBetween(asOf, r.deadline),
          asOfName: AS_OF_NAME,
        }
      : null,
  );
  blocks.push(
    {
      row: MATRIX.recTitleRow,
      col: 1,
      values: [
        ['Recommendation', null, null, null, ...recTitles],
        ['Deadline', null, null, null, ...deadlines],
        ['Days left (from the as-of date)', null, null, null, ...daysLeft],
      ],
    },
    {
      row: MATRIX.headerRow,
      col: 1,
      values: [
        [
          'Force',
          'Region',
          'Letter date',
          'On time',
          ...recommendations.map((r) => `Rec ${r.number}`),
          'Overdue recs',
          'Check',
          'Force ID',
          'Overrides (parser reads)',
          'Review',
        ],
      ],
    },
  );
  for (const row of [MATRIX.recTitleRow, MATRIX.deadlineRow, MATRIX.daysLeftRow]) {
    merges.push(range(row, 1, row, MATRIX.firstRecCol - 1));
  }
  formats.push(
    { range: range(MATRIX.recTitleRow, 1, MATRIX.daysLeftRow, 1), style: labelStyle },
    {
      range: range(MATRIX.recTitleRow, MATRIX.firstRecCol, MATRIX.daysLeftRow, lastRecCol),
      style: { fill: PALETTE.subHeaderFill, horizontal: 'center', vertical: 'middle', border: thinBorder() },
    },
    {
      range: range(MATRIX.recTitleRow, MATRIX.firstRecCol, MATRIX.recTitleRow, lastRecCol),
      style: { wrap: true, fontSize: 9 },
    },
    {
      range: range(MATRIX.deadlineRow, MATRIX.firstRecCol, MATRIX.deadlineRow, lastRecCol),
      style: { numberFormat: 'dd/mm/yyyy' },
    },
    {
      range: range(MATRIX.daysLeftRow, MATRIX.firstRecCol, MATRIX.daysLeftRow, lastRecCol),
      // The words carry the meaning: a negative count reads "12 days overdue", never just "-12".
      style: { numberFormat: '0" days left";0" days overdue";"Due today"', bold: true },
    },
    {
      range: range(MATRIX.headerRow, 1, MATRIX.headerRow, reviewCol),
      style: {
        fill: PALETTE.headerFill,
        fontColor: PALETTE.headerText,
        bold: true,
        wrap: true,
        vertical: 'middle',
        horizontal: 'center',
        border: thinBorder(),
      },
    },
    { range: range(MATRIX.headerRow, 1), style: { horizontal: 'left' } },
  );
  recommendations.forEach((r, i) => {
    const text = [
      `Recommendation ${r.number} (${r.addressee})`,
      r.text ?? r.summary,
      r.deadline ? `Deadline: ${ukDate(r.deadline)}` : 'Deadline: not known',
    ].join('\n');
    notes.push({ row: MATRIX.headerRow, col: MATRIX.firstRecCol + i, text });
  });

  // One row per force.
  const deadlineRef = (i: number) => address(MATRIX.deadlineRow, MATRIX.firstRecCol + i, true);
  const forceValues: CellValue[][] = rows.map(({ force, record }, r) => {
    const rowNumber = firstRow + r;
    const letter = record.letter;
    const statuses = recommendations.map((rec) => effectiveStatus(record.cells[String(rec.number)]));
    const overdueNow: string[] = [];
    const terms: string[] = [];
    recommendations.forEach((rec, i) => {
      if (!rec.deadline) return;
      const cellRef = address(rowNumber, MATRIX.firstRecCol + i);
      terms.push(`IF(AND(${cellRef}<>"Complete",${AS_OF_NAME}>${deadlineRef(i)}),"${rec.number} ","")`);
      if (statuses[i] !== 'Complete' && asOf > rec.deadline) overdueNow.push(String(rec.number));
    });
    const overdue: CellValue = terms.length
      ? {
          kind: 'formula',
          formula: `SUBSTITUTE(TRIM(${terms.join('&')})," ",", ")`,
          value: overdueNow.join(', '),
        }
      : null;
    const check = recommendations
      .filter((rec) => isLowConfidence(record.cells[String(rec.number)], lowConfidence))
      .map((rec) => String(rec.number))
      .join(', ');
    const cells = recommendations.map((rec) => ({ rec, cell: record.cells[String(rec.number)] }));
    const overrides = cells
      .filter(({ cell }) => cell.override)
      .map(({ rec, cell }) => `${rec.number} (parser: ${cell.status})`)
      .join('; ');
    const review = cells
      .filter(({ cell }) => needsReview(cell))
      .map(({ rec, cell }) => `${rec.number}: parser now reads ${cell.status}`)
      .join('; ');
    return [
      force.name,
      force.region,
      letter?.letterDate ? { kind: 'date', iso: letter.letterDate } : null,
      onTimeText(letter?.onTime ?? null, letter !== null, Boolean(letter?.letterDate)),
      ...statuses,
      overdue,
      check || null,
      force.id,
      overrides || null,
      review || null,
    ];
  });
  blocks.push({ row: firstRow, col: 1, values: forceValues });

  const statusBlock = range(firstRow, MATRIX.firstRecCol, lastRow, lastRecCol);
  formats.push(
    { range: range(firstRow, 1, lastRow, reviewCol), style: { vertical: 'middle', border: thinBorder() } },
    {
      range: range(firstRow, MATRIX.letterDateCol, lastRow, MATRIX.letterDateCol),
      style: { numberFormat: 'dd/mm/yyyy' },
    },
    {
      range: range(firstRow, MATRIX.onTimeCol, lastRow, MATRIX.onTimeCol),
      style: { horizontal: 'center' },
    },
    { range: statusBlock, style: { horizontal: 'center', bold: true } },
    {
      range: range(firstRow, overdueCol, lastRow, overdueCol),
      style: { fontColor: PALETTE.overdueText, bold: true, horizontal: 'center' },
    },
    { range: range(firstRow, checkCol, lastRow, checkCol), style: { horizontal: 'center' } },
    { range: range(firstRow, idCol, lastRow, idCol), style: { fontColor: PALETTE.mutedText } },
    { range: range(firstRow, overridesCol, lastRow, reviewCol), style: { wrap: true, fontSize: 9 } },
    {
      range: range(firstRow, reviewCol, lastRow, reviewCol),
      style: { fontColor: PALETTE.reviewText, bold: true },
    },
  );

  // Regions: alternate bands on the descriptive columns, and a heavier line where a region ends.
  let bandStart = firstRow;
  let band = 0;
  rows.forEach(({ force }, r) => {
    const next = rows[r + 1];
    if (next && next.force.region === force.region) return;
    const end = firstRow + r;
    if (band % 2 === 1) {
      for (const [from, to] of [
        [1, MATRIX.firstRecCol - 1],
        [overdueCol, reviewCol],
      ]) {
        formats.push({ range: range(bandStart, from, end, to), style: { fill: PALETTE.bandFill } });
      }
    }
    formats.push({
      range: range(end, 1, end, lastVisibleCol),
      style: { borderBottom: { style: 'medium', color: PALETTE.text } },
    });
    band++;
    bandStart = end + 1;
  });

  // Low-confidence cells: italic and a dashed border on top of the status colour, plus the Check column.
  rows.forEach(({ record, force }, r) => {
    recommendations.forEach((rec, i) => {
      const cell = record.cells[String(rec.number)];
      const row = firstRow + r;
      const col = MATRIX.firstRecCol + i;
      if (isLowConfidence(cell, lowConfidence)) {
        formats.push({
          range: range(row, col),
          style: { italic: true, border: { style: 'dashed', color: PALETTE.checkBorder } },
        });
      }
      if (cell.override) {
        formats.push({
          range: range(row, col),
          style: { border: { style: 'medium', color: PALETTE.overrideBorder } },
        });
      }
      const text = statusNote(
        cell,
        `${force.name}, Rec ${rec.number}`,
        lowConfidence,
        record.letter?.letterDate ?? null,
      );
      if (text) notes.push({ row, col, text });
    });
  });

  const names: NamedRange[] = [
    {
      name: NAMES.asOf,
      sheet: MATRIX_SHEET,
      range: range(MATRIX.asOfRow, 2),
      comment: 'The date days left, overdue flags and past-due commitments are counted from.',
    },
    {
      name: NAMES.matrix,
      sheet: MATRIX_SHEET,
      range: statusBlock,
      comment:
        'Status of each force (row) for each recommendation (column); what an analyst types here wins.',
    },
    {
      name: NAMES.recHeaders,
      sheet: MATRIX_SHEET,
      range: range(MATRIX.headerRow, MATRIX.firstRecCol, MATRIX.headerRow, lastRecCol),
      comment: 'The "Rec N" header above each column of OIC_Matrix.',
    },
    {
      name: NAMES.forceIds,
      sheet: MATRIX_SHEET,
      range: range(firstRow, idCol, lastRow, idCol),
      comment: 'The register id of the force on each row of OIC_Matrix, so rows can be matched after a sort.',
    },
    {
      name: NAMES.deadlines,
      sheet: MATRIX_SHEET,
      range: range(MATRIX.deadlineRow, MATRIX.firstRecCol, MATRIX.deadlineRow, lastRecCol),
      comment: 'Deadline of each recommendation column.',
    },
  ];

  const widths = [28, 23, 11, 9, ...recommendations.map(() => 16), 10, 8, 20, 26, 32];
  const forceRowHeights = forceValues
    .map((values, r) => ({ row: firstRow + r, height: rowHeight(values, widths) }))
    .filter((h): h is { row: number; height: number } => h.height !== null);
  const sheet: PlannedSheet = {
    name: MATRIX_SHEET,
    role: 'matrix',
    visibility: 'visible',
    tabColor: PALETTE.tabMatrix,
    columns: widths.map((width, i) => (i + 1 === idCol ? { width, hidden: true } : { width })),
    rowHeights: [
      { row: MATRIX.titleRow, height: 24 },
      { row: MATRIX.asOfRow, height: 30 },
      { row: MATRIX.keyRow, height: 30 },
      { row: MATRIX.recTitleRow, height: 36 },
      { row: MATRIX.headerRow, height: 28 },
      ...forceRowHeights,
    ],
    blocks,
    merges,
    formats,
    notes,
    validations: [
      {
        range: statusBlock,
        values: STATUSES,
        allowBlank: true,
        prompt: { title: 'Status', text: 'Pick one of the seven statuses.' },
        error: { title: 'Not a status', text: `Use one of: ${STATUSES.join(', ')}.` },
      },
    ],
    conditionalFormats: [statusRules(statusBlock)],
    freeze: { rows: MATRIX.headerRow, columns: 1 },
    autoFilter: range(MATRIX.headerRow, 1, lastRow, reviewCol),
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      area: range(1, 1, lastRow, lastVisibleCol),
      titleRows: { from: MATRIX.recTitleRow, to: MATRIX.headerRow },
    },
  };
  // The key is coloured directly, not by rule: it must show its colours whatever is typed elsewhere.
  STATUSES.forEach((status, i) => {
    sheet.formats.push({ range: range(MATRIX.keyRow, keyFirst + i), style: coloursOf(status) });
  });
  return { sheet, names };
}

function thinBorder() {
  return { style: 'thin' as const, color: PALETTE.border };
}
