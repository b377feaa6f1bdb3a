import type { SourceRecord } from '../dataset/types';
import type { ForceRegister } from '../report/forces';
import { range } from './cells';
import { blockRowHeights } from './row-height';
import { PALETTE } from './colours';
import type { PlanContext } from './context';
import { headerStyle } from './evidence';
import { NAMES } from './names';
import type { CellValue, FormatRange, NamedRange, PlannedSheet } from './types';

export const SOURCES_SHEET = 'Sources';

const HEADERS = [
  'Force',
  'Kind',
  'Location',
  'Read at (UTC)',
  'Result',
  'Message',
  'Reader notes',
  'Content hash (SHA-256)',
] as const;
const WIDTHS = [28, 9, 40, 17, 9, 50, 40, 34];
const col = (h: (typeof HEADERS)[number]) => HEADERS.indexOf(h) + 1;

const RESULT_TEXT: Record<SourceRecord['result'], string> = {
  ok: 'Read',
  error: 'Error',
  pending: 'Not read yet',
};

/**
 * One row per source read, in the order read, with what came of it. Where the reader could not tell a
 * letter's force, the Force cell is an input: the analyst types the force and the next refresh uses it.
 */
export function planSources(
  ctx: PlanContext,
  register: ForceRegister,
): { sheet: PlannedSheet; names: NamedRange[] } {
  const values: CellValue[][] = [[...HEADERS]];
  for (const s of ctx.dataset.sources) {
    values.push([
      s.forceId ? (register.byId(s.forceId)?.name ?? s.forceId) : null,
      s.kind,
      s.location,
      s.readAt ? { kind: 'date', iso: s.readAt } : null,
      RESULT_TEXT[s.result],
      s.message,
      s.notes,
      s.contentHash,
    ]);
  }
  const last = Math.max(values.length, 2);
  const result = range(2, col('Result'), last, col('Result'));
  const inputs: FormatRange[] = [];
  ctx.dataset.sources.forEach((s, i) => {
    if (!s.forceId)
      inputs.push({
        range: range(2 + i, col('Force')),
        style: { fill: PALETTE.inputFill, numberFormat: '@' },
      });
  });
  const names: NamedRange[] = [
    {
      name: NAMES.sourceLocations,
      sheet: SOURCES_SHEET,
      range: range(2, col('Location'), last, col('Location')),
      comment: 'Where each source is: a path, a web address or "bundled:<file>".',
    },
    {
      name: NAMES.sourceForces,
      sheet: SOURCES_SHEET,
      range: range(2, col('Force'), last, col('Force')),
      comment: "Each source's force; for a letter the reader could not place, the analyst types it here.",
    },
  ];
  const sheet: PlannedSheet = {
    name: SOURCES_SHEET,
    role: 'sources',
    visibility: 'visible',
    tabColor: PALETTE.tabSources,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: blockRowHeights(values.slice(1), WIDTHS, 2),
    blocks: [
      {
        row: 1,
        col: 1,
        values,
        textColumns: [
          col('Location'),
          col('Message'),
          col('Reader notes'),
          col('Content hash (SHA-256)'),
        ].map((c) => c - 1),
      },
    ],
    merges: [],
    formats: [
      { range: range(1, 1, 1, HEADERS.length), style: headerStyle() },
      { range: range(2, 1, last, HEADERS.length), style: { vertical: 'top', wrap: true } },
      {
        range: range(2, col('Read at (UTC)'), last, col('Read at (UTC)')),
        style: { numberFormat: 'dd/mm/yyyy hh:mm' },
      },
      { range: result, style: { bold: true, horizontal: 'center' } },
      ...inputs,
    ],
    notes: [
      {
        row: 1,
        col: col('Force'),
        text:
          'Where the reader could not tell which force a letter is from, the Force cell is blank and shaded: ' +
          'type the force (its name or id), then refresh.',
      },
    ],
    validations: [],
    conditionalFormats: [
      { range: result, rules: [{ kind: 'textEquals', text: 'Error', fill: 'FFC7CE', fontColor: '9C0006' }] },
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
  return { sheet, names };
}
