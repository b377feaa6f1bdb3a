import { effectiveStatus } from '../../src/dataset/build';
import { refreshDataset } from '../../src/dataset/refresh';
import {
  cellText,
  editsFromSheet,
  readSheetInput,
  warnDaysFromSheet,
  type MatrixValues,
  type ReasonValues,
} from '../../src/dataset/sheet-input';
import type { Dataset } from '../../src/dataset/types';
import { defaultRegister } from '../../src/report/forces';
import { getReport } from '../../src/report/report';
import { response, sampleResponses } from './fixtures';

const register = defaultRegister();
const report = getReport();
const RECS = ['2', '4', '8', '9'];

function stored(): Dataset {
  const { dataset } = refreshDataset({
    previous: null,
    outcomes: [
      ...sampleResponses().map((r) => ({
        location: r.source,
        ok: true as const,
        response: r,
        contentHash: r.source,
      })),
      {
        location: 'letters/unsigned.txt',
        ok: true as const,
        response: {
          ...response(null, ['Planned', 'Planned', 'Planned', 'Planned']),
          source: 'letters/unsigned.txt',
        },
        contentHash: 'u',
      },
    ],
    report,
    register,
    now: '2025-08-01T09:00:00Z',
  });
  const dorset = dataset.forces.find((f) => f.forceId === 'dorset')!;
  dorset.cells['4'].override = {
    status: 'Complete',
    reason: 'Seen the plan',
    by: 'J Smith',
    at: '2025-08-02T09:00:00Z',
    parserStatus: 'In progress',
  };
  return dataset;
}

/** The values a host would give for the matrix's names, rows in the order given (as after a sort). */
function matrixOf(ds: Dataset, order = ds.forces.map((f) => f.forceId)): MatrixValues {
  const byId = new Map(ds.forces.map((f) => [f.forceId, f]));
  return {
    recHeaders: [RECS.map((r) => `Rec ${r}`)],
    statuses: order.map((id) => RECS.map((r) => effectiveStatus(byId.get(id)!.cells[r]))),
    forceIds: order.map((id) => [id]),
  };
}

function reasonsOf(ds: Dataset): ReasonValues {
  const rows = ds.forces.flatMap((f) =>
    RECS.map((r) => [f.forceId, Number(r), f.cells[r].override?.reason ?? '']),
  );
  return {
    forceIds: rows.map((r) => [r[0]]),
    recs: rows.map((r) => [r[1]]),
    reasons: rows.map((r) => [r[2]]),
  };
}

const typeAt = (m: MatrixValues, forceId: string, rec: string, value: unknown) => {
  const row = m.forceIds.findIndex((r) => r[0] === forceId);
  (m.statuses[row] as unknown[])[RECS.indexOf(rec)] = value;
};
const reasonAt = (v: ReasonValues, forceId: string, rec: string, value: unknown) => {
  const row = v.forceIds.findIndex((r, i) => r[0] === forceId && String(v.recs[i][0]) === rec);
  (v.reasons[row] as unknown[])[0] = value;
};

describe('working out what an analyst typed in the matrix', () => {
  it('finds nothing in a workbook nobody edited', () => {
    const ds = stored();
    expect(editsFromSheet(ds, matrixOf(ds), reasonsOf(ds), null)).toEqual({ edits: [], problems: [] });
  });

  it.each([
    {
      name: 'a new status over the parser reading',
      force: 'gwent',
      rec: '2',
      typed: 'Complete',
      edit: { forceId: 'gwent', recommendation: '2', status: 'Complete', reason: null, by: 'A Analyst' },
    },
    {
      name: 'a status in other case that is the same word',
      force: 'gwent',
      rec: '2',
      typed: 'planned',
      edit: null,
    },
    {
      name: 'spaces around an unchanged status',
      force: 'gwent',
      rec: '2',
      typed: '  Planned ',
      edit: null,
    },
    {
      name: 'a word that is not a status (the refresh refuses it and says so)',
      force: 'gwent',
      rec: '2',
      typed: 'Done-ish',
      edit: { forceId: 'gwent', recommendation: '2', status: 'Done-ish', reason: null, by: 'A Analyst' },
    },
    {
      name: 'an emptied cell that held an override (clears it)',
      force: 'dorset',
      rec: '4',
      typed: '',
      edit: { forceId: 'dorset', recommendation: '4', status: null, by: 'A Analyst' },
    },
    {
      name: 'an emptied cell without an override (nothing to clear)',
      force: 'gwent',
      rec: '2',
      typed: null,
      edit: null,
    },
    {
      name: "the parser's reading typed over an override (the refresh clears it)",
      force: 'dorset',
      rec: '4',
      typed: 'In progress',
      edit: {
        forceId: 'dorset',
        recommendation: '4',
        status: 'In progress',
        reason: 'Seen the plan',
        by: 'A Analyst',
      },
    },
  ])('$name', ({ force, rec, typed, edit }) => {
    const ds = stored();
    const m = matrixOf(ds);
    typeAt(m, force, rec, typed);
    const out = editsFromSheet(ds, m, reasonsOf(ds), 'A Analyst');
    expect(out.edits).toEqual(edit ? [edit] : []);
    expect(out.problems).toEqual([]);
  });

  it('matches rows to forces by the hidden id column, so a sorted matrix reads the same', () => {
    const ds = stored();
    const sorted = matrixOf(ds, [...ds.forces.map((f) => f.forceId)].reverse());
    typeAt(sorted, 'suffolk', '9', 'Complete');
    expect(editsFromSheet(ds, sorted, null, null).edits).toEqual([
      { forceId: 'suffolk', recommendation: '9', status: 'Complete', by: null },
    ]);
  });

  it('takes the reason typed on the Evidence sheet with a new override', () => {
    const ds = stored();
    const m = matrixOf(ds);
    const reasons = reasonsOf(ds);
    typeAt(m, 'gwent', '8', 'In progress');
    reasonAt(reasons, 'gwent', '8', '  Training began in July ');
    expect(editsFromSheet(ds, m, reasons, null).edits).toEqual([
      {
        forceId: 'gwent',
        recommendation: '8',
        status: 'In progress',
        reason: 'Training began in July',
        by: null,
      },
    ]);
  });

  it.each([
    ['a changed reason', 'Seen the signed plan', 'Seen the signed plan'],
    ['an emptied reason', '', null],
  ])('reads %s under an override that stays as an edit of the reason', (_n, typed, reason) => {
    const ds = stored();
    const reasons = reasonsOf(ds);
    reasonAt(reasons, 'dorset', '4', typed);
    expect(editsFromSheet(ds, matrixOf(ds), reasons, null).edits).toEqual([
      { forceId: 'dorset', recommendation: '4', status: 'Complete', reason, by: null },
    ]);
  });

  it('says so when a reason is typed for a cell with no override, rather than drop it silently', () => {
    const ds = stored();
    const reasons = reasonsOf(ds);
    reasonAt(reasons, 'gwent', '4', 'Why not');
    const out = editsFromSheet(ds, matrixOf(ds), reasons, null);
    expect(out.edits).toEqual([]);
    expect(out.problems).toEqual([
      expect.stringMatching(/^Evidence: the reason typed for gwent, Rec 4 was not kept/),
    ]);
  });

  it.each([
    ['a row whose force id was cleared', '', /row 3 of the status block has lost its hidden force id/],
    [
      'a row naming an unknown force',
      'atlantis',
      /names force "atlantis", which this workbook does not hold/,
    ],
  ])('reports %s and reads the other rows', (_n, id, message) => {
    const ds = stored();
    const m = matrixOf(ds);
    (m.forceIds[2] as unknown[])[0] = id;
    typeAt(m, 'gwent', '2', 'Complete');
    const out = editsFromSheet(ds, m, null, null);
    expect(out.edits).toHaveLength(1);
    expect(out.problems).toEqual([
      expect.stringMatching(message),
      expect.stringMatching(/no row for .*; its cells were kept as they were/),
    ]);
  });

  it('reads only the first of two rows for one force', () => {
    const ds = stored();
    const m = matrixOf(ds);
    (m.forceIds[1] as unknown[])[0] = m.forceIds[0][0];
    expect(editsFromSheet(ds, m, null, null).problems[0]).toMatch(
      /has more than one row; only the first was read/,
    );
  });
});

describe('the other things typed in a workbook', () => {
  it('assigns an unplaced letter to the force typed on the Sources sheet, by name, alias or id', () => {
    const ds = stored();
    for (const typed of ['Kent', 'kent', 'Kent Police']) {
      const { previous, problems } = readSheetInput(
        ds,
        {
          matrix: matrixOf(ds),
          sources: {
            locations: ds.sources.map((s) => [s.location]),
            forces: ds.sources.map((s) => [
              s.location === 'letters/unsigned.txt' ? typed : (s.forceId ?? ''),
            ]),
          },
        },
        { register },
      );
      expect(problems).toEqual([]);
      expect(previous.sources.find((s) => s.location === 'letters/unsigned.txt')!.forceId).toBe('kent');
      expect(ds.sources.find((s) => s.location === 'letters/unsigned.txt')!.forceId).toBeNull();
    }
  });

  it.each([
    [
      'a force that does not exist',
      'letters/unsigned.txt',
      'Atlantis',
      /"Atlantis", typed for letters\/unsigned.txt, is not one of the 43 forces/,
    ],
    [
      'a force typed over one the reader found',
      'bundled:gwent.txt',
      'Kent',
      /was read as Gwent; the force typed for it \("Kent"\) was not used/,
    ],
    [
      'a row for a source the workbook never read',
      'letters/new.txt',
      'Kent',
      /"letters\/new.txt" is not a source this workbook has read/,
    ],
  ])('refuses %s and says why', (_n, location, typed, message) => {
    const ds = stored();
    const { previous, problems } = readSheetInput(
      ds,
      { matrix: matrixOf(ds), sources: { locations: [[location]], forces: [[typed]] } },
      { register },
    );
    expect(problems).toEqual([expect.stringMatching(message)]);
    expect(previous.sources).toEqual(ds.sources);
  });

  it.each([
    [30, 30, null],
    ['60', 60, null],
    [0, 0, null],
    [12.5, null, /whole number of days from 0 to 3650; "12.5" was not used and the default kept/],
    ['soon', null, /"soon" was not used/],
    [-3, null, /"-3" was not used/],
    [null, null, /"" was not used/],
  ])('reads the warning window %j', (typed, days, problem) => {
    const out = warnDaysFromSheet(typed, undefined);
    expect(out.warnDays).toBe(days);
    if (problem) expect(out.problem).toMatch(problem);
    else expect(out.problem).toBeNull();
  });

  it('stores a changed warning window with the dataset to refresh from', () => {
    const ds = stored();
    const { previous } = readSheetInput(ds, { matrix: matrixOf(ds), warnDays: 14 }, { register });
    expect(previous.settings).toEqual({ warnDays: 14 });
  });
});

describe('cell values as hosts give them', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['Complete', 'Complete'],
    [45, '45'],
    [true, 'true'],
    [{ richText: [{ text: 'Comp' }, { text: 'lete' }] }, 'Complete'],
    [{ formula: 'A1', result: 'Planned' }, 'Planned'],
    [{ formula: 'A1' }, ''],
    [{ error: '#N/A' }, ''],
    [{ text: 'link', hyperlink: 'http://example.com' }, 'link'],
    [new Date('2025-12-31T00:00:00Z'), '2025-12-31'],
  ])('reads %j as %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
