import type { ForceRegister } from '../report/forces';
import { range } from './cells';
import { PALETTE } from './colours';
import type { PlanContext } from './context';
import { headerStyle } from './evidence';
import { statusRules } from './matrix';
import type { CellValue, PlannedSheet } from './types';

/** Excel reserves the name "History" (for its own change tracking) and refuses a sheet of that name. */
export const HISTORY_SHEET = 'Status history';

const HEADERS = ['When (UTC)', 'Force', 'Rec', 'From', 'To', 'By', 'Source'] as const;
const WIDTHS = [17, 28, 6, 14, 14, 16, 40];
const col = (h: (typeof HEADERS)[number]) => HEADERS.indexOf(h) + 1;

const BY_TEXT = { parser: 'Parser', override: 'Analyst override' } as const;

/**
 * Every recorded change of a cell's status, oldest first, newest last. The rows come from the dataset's
 * append-only history, so a refresh adds rows below and never rewrites the ones above.
 */
export function planHistory(ctx: PlanContext, register: ForceRegister): PlannedSheet {
  const values: CellValue[][] = [[...HEADERS]];
  for (const h of ctx.dataset.history) {
    values.push([
      { kind: 'date', iso: h.at },
      register.byId(h.forceId)?.name ?? h.forceId,
      Number(h.recommendation),
      h.from ?? '(none)',
      h.to,
      BY_TEXT[h.by],
      h.source,
    ]);
  }
  const last = Math.max(values.length, 2);
  const statuses = range(2, col('From'), last, col('To'));
  return {
    name: HISTORY_SHEET,
    role: 'history',
    visibility: 'visible',
    tabColor: PALETTE.tabHistory,
    columns: WIDTHS.map((width) => ({ width })),
    blocks: [{ row: 1, col: 1, values, textColumns: [col('Source') - 1] }],
    merges: [],
    formats: [
      { range: range(1, 1, 1, HEADERS.length), style: headerStyle() },
      { range: range(2, 1, last, HEADERS.length), style: { vertical: 'top' } },
      {
        range: range(2, col('When (UTC)'), last, col('When (UTC)')),
        style: { numberFormat: 'dd/mm/yyyy hh:mm' },
      },
      { range: range(2, col('Rec'), last, col('Rec')), style: { horizontal: 'center' } },
      { range: statuses, style: { horizontal: 'center', bold: true } },
    ],
    notes: [
      {
        row: 1,
        col: 1,
        text:
          'Every change of a status, newest last: a refresh adds rows here and never changes the rows above. ' +
          '"By" says whether the letter (Parser) or an analyst (Analyst override) made the change.',
      },
    ],
    validations: [],
    conditionalFormats: [statusRules(statuses)],
    freeze: { rows: 1, columns: 0 },
    autoFilter: range(1, 1, last, HEADERS.length),
    print: {
      orientation: 'portrait',
      fitToWidth: true,
      area: range(1, 1, last, HEADERS.length),
      titleRows: { from: 1, to: 1 },
    },
  };
}
