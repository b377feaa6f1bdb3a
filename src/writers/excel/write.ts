/// <reference types="office-js" />
import type { SheetPlan } from '../../plan/types';
import { packBatches, workUnits } from './batches';
import {
  boxAddress,
  isTempSheetName,
  prepareWorkbook,
  type PreparedSheet,
  type PreparedWorkbook,
} from './prepare';
import { queueBlock, queueDress, queueFrame } from './queue';
import { loadTyped, typedValues, type WorkbookSnapshot } from './read';

/**
 * Writes a sheet plan into the open workbook so that a failure at any point leaves the workbook as it was:
 *
 *  1. Every sheet is written under a temporary name, hidden, in one batch (more only if the data would pass
 *     Excel's 5 MB request limit), with screen updating and calculation suspended. The same batch reads the
 *     analyst's input cells again: if they changed while the sources were read, the plan is worked out again
 *     from what is there now and written afresh, so nothing typed meanwhile is lost.
 *  2. One more batch swaps them in: the plan's names are pointed at the new sheets, the old sheets go, the
 *     new ones take their names and places, calculation is restored.
 *
 * If step 1 fails, the temporary sheets are removed and the old ones were never touched. Formulas on the new
 * sheets refer to each other by their temporary names, and Excel carries those references through the
 * renames; the plan's defined names are moved, never deleted, so formulas that use them never break.
 * Formulas an analyst wrote against the old sheets' cells by address do break (#REF!): the plan's names and
 * the OIC.* functions are the way to refer to the matrix.
 */

export interface WriteOptions {
  /** Whether this Excel has notes (ExcelApi 1.18). */
  notes: boolean;
  /** Largest batch to send, in estimated bytes; Excel on the web refuses requests over 5 MB. */
  batchBytes?: number;
  /** How many times to start again when the analyst types during a refresh; after that, write anyway. */
  maxRounds?: number;
}

export interface WriteReport<T> {
  /** What compute gave for the round that was written. */
  result: T;
  /** How many times the plan was written (more than one when the analyst typed during the refresh). */
  rounds: number;
  /** Syncs the write took (the read's are not counted here). */
  syncs: number;
  /** Sheets of the analyst's that had a name the plan needed, and what they are called now. */
  renamed: Array<{ from: string; to: string }>;
  /** Notes left out because this Excel has no notes. */
  notesLeftOut: number;
}

export class WorkbookWriteError extends Error {
  constructor(
    message: string,
    /** True when the workbook is as it was before the write began. */
    readonly untouched: boolean,
  ) {
    super(message);
    this.name = 'WorkbookWriteError';
  }
}

/** Under Excel on the web's 5 MB request limit, with room for the estimate to fall short. */
const DEFAULT_BATCH_BYTES = 4.5 * 1024 * 1024;

function lower(s: string): string {
  return s.toLowerCase();
}

function detail(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.trim().replace(/[.\s]+$/, '');
}

/** A name for an analyst's sheet that stands where the plan needs its name: "Summary (2)", never taken. */
function freeName(name: string, taken: Set<string>): string {
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(lower(candidate))) {
      taken.add(lower(candidate));
      return candidate;
    }
  }
}

/**
 * Whether a sheet of the workbook is one this add-in wrote: it carries the add-in's marker, or (for a
 * workbook written before markers, or by the command line) the workbook holds the add-in's data and no
 * sheet carries a marker, and the sheet has a name the plan writes.
 */
function ownership(snapshot: WorkbookSnapshot, planned: Set<string>): (name: string) => boolean {
  const markers = snapshot.sheets.some((s) => s.marker !== null && !isTempSheetName(s.name));
  const marked = new Set(snapshot.sheets.filter((s) => s.marker !== null).map((s) => lower(s.name)));
  return (name) =>
    marked.has(lower(name)) || (!markers && snapshot.dataset !== null && planned.has(lower(name)));
}

export async function writeWorkbook<T extends { plan: SheetPlan }>(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  compute: (snapshot: WorkbookSnapshot) => T,
  options: WriteOptions,
): Promise<WriteReport<T>> {
  const wb = context.workbook;
  const maxRounds = options.maxRounds ?? 3;
  const restoreMode = snapshot.calculationMode;
  let current = snapshot;
  let syncs = 0;
  // Temporary sheets known to exist: left by an earlier refresh that stopped, or by the previous round.
  let leftovers = snapshot.sheets.filter((s) => isTempSheetName(s.name)).map((s) => s.name);
  let started = false;
  let swapping = false;

  const sync = async () => {
    syncs += 1;
    await context.sync();
  };

  try {
    for (let round = 1; ; round++) {
      // Everything is worked out before anything is sent: a plan Excel would refuse fails here.
      const result = compute(current);
      const prepared = prepareWorkbook(result.plan, { notes: options.notes });
      const budget = options.batchBytes ?? DEFAULT_BATCH_BYTES;
      const batches = packBatches(workUnits(prepared, budget), prepared, budget);

      const sheets = new Map<number, Excel.Worksheet>();
      let recheck: ReturnType<typeof loadTyped> = [];
      for (let b = 0; b < batches.length; b++) {
        wb.application.suspendScreenUpdatingUntilNextSync();
        if (b === 0) {
          if (restoreMode !== 'Manual') wb.application.calculationMode = 'Manual';
          for (const name of leftovers) wb.worksheets.getItem(name).delete();
          // Read before writing, in the same batch: what the analyst's cells hold at this moment.
          recheck = loadTyped(context, current.names);
        }
        for (const unit of batches[b]) {
          const p = prepared.sheets[unit.sheet];
          if (unit.kind === 'frame') {
            const sheet = wb.worksheets.add(p.tempName);
            sheet.visibility = 'Hidden';
            sheets.set(unit.sheet, sheet);
            queueFrame(sheet, p);
          } else if (unit.kind === 'block') {
            queueBlock(sheets.get(unit.sheet)!, unit.block, p.font);
          } else {
            queueDress(sheets.get(unit.sheet)!, p);
          }
        }
        started = true;
        await sync();
      }
      leftovers = prepared.sheets.map((s) => s.tempName);

      const fresh = typedValues(recheck);
      if (round < maxRounds && JSON.stringify(fresh) !== JSON.stringify(current.typed)) {
        current = { ...current, typed: fresh };
        continue;
      }

      const renamed = queueSwap(context, current, prepared, sheets, restoreMode);
      swapping = true;
      await sync();
      const notesLeftOut = options.notes ? 0 : result.plan.sheets.reduce((n, s) => n + s.notes.length, 0);
      return { result, rounds: round, syncs, renamed, notesLeftOut };
    }
  } catch (err) {
    if (swapping) {
      // Part of the swap may have applied: the new sheets must stay, since the old ones may be gone. The
      // next refresh reads the data from whichever sheet holds it and finishes the job.
      await restoreCalculation(context, restoreMode);
      throw new WorkbookWriteError(
        `The new sheets were written but putting them in place stopped part-way (${detail(err)}). Nothing is lost: refresh again to finish.`,
        false,
      );
    }
    if (!started) {
      throw new WorkbookWriteError(`The workbook was not changed: ${detail(err)}.`, true);
    }
    const cleaned = await cleanUp(context, restoreMode);
    throw new WorkbookWriteError(
      cleaned
        ? `Writing the new sheets failed, so the workbook was left as it was: ${detail(err)}.`
        : `Writing the new sheets failed (${detail(err)}), and the half-written sheets named "~OIC new …" could not be removed: delete them, or refresh again.`,
      cleaned,
    );
  }
}

/** The second batch: new names in, old sheets out. Returns the analyst's sheets it had to rename. */
function queueSwap(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  prepared: PreparedWorkbook,
  sheets: Map<number, Excel.Worksheet>,
  restoreMode: string,
): Array<{ from: string; to: string }> {
  const wb = context.workbook;
  const planned = new Set(prepared.sheets.map((s) => lower(s.name)));
  const ours = ownership(snapshot, planned);
  const existingNames = new Set(snapshot.names.map(lower));
  const taken = new Set([...snapshot.sheets.map((s) => lower(s.name)), ...planned]);
  const renamed: Array<{ from: string; to: string }> = [];
  const sheetOf = (p: PreparedSheet) => sheets.get(prepared.sheets.indexOf(p))!;

  wb.application.suspendScreenUpdatingUntilNextSync();
  // Visible first: a workbook must keep a visible sheet while the old ones go.
  for (const p of prepared.sheets) if (p.visible) sheetOf(p).visibility = 'Visible';

  // The names move to the new sheets before the old ones go, so they never point at a deleted sheet.
  for (const n of prepared.names) {
    if (existingNames.has(lower(n.name))) {
      const item = wb.names.getItem(n.name);
      item.formula = n.tempReference;
      item.comment = n.comment;
    } else {
      const target = sheets.get(n.sheet)!;
      wb.names.add(n.name, target.getRange(boxAddress(n.box)), n.comment);
    }
  }

  let activeGoes = snapshot.dataset === null || snapshot.activeSheet === null;
  for (const p of prepared.sheets) {
    const existing = snapshot.sheets.find((s) => lower(s.name) === lower(p.name));
    if (!existing) continue;
    if (snapshot.activeSheet !== null && lower(snapshot.activeSheet) === lower(existing.name))
      activeGoes = true;
    if (ours(existing.name)) {
      wb.worksheets.getItem(existing.name).delete();
    } else {
      const to = freeName(existing.name, taken);
      wb.worksheets.getItem(existing.name).name = to;
      renamed.push({ from: existing.name, to });
    }
  }

  // The data sheet takes its name first: it is what a later refresh reads.
  const order = [...prepared.sheets].sort((a, b) => Number(b.role === 'data') - Number(a.role === 'data'));
  for (const p of order) sheetOf(p).name = p.name;
  prepared.sheets.forEach((p, i) => (sheetOf(p).position = i));
  const first = prepared.sheets.find((p) => p.visible);
  if (first && activeGoes) sheetOf(first).activate();
  if (restoreMode !== 'Manual') wb.application.calculationMode = restoreMode as Excel.CalculationMode;
  return renamed;
}

async function restoreCalculation(context: Excel.RequestContext, restoreMode: string): Promise<void> {
  if (restoreMode === 'Manual') return;
  try {
    context.workbook.application.calculationMode = restoreMode as Excel.CalculationMode;
    await context.sync();
  } catch {
    // Excel refused again; the analyst can set calculation back under Formulas, and the message says to refresh.
  }
}

/**
 * After a failed batch: calculation back as it was and every temporary sheet gone. Two syncs, since which
 * temporary sheets exist is known only after asking. False if that fails too.
 */
async function cleanUp(context: Excel.RequestContext, restoreMode: string): Promise<boolean> {
  const wb = context.workbook;
  try {
    if (restoreMode !== 'Manual') wb.application.calculationMode = restoreMode as Excel.CalculationMode;
    const sheets = wb.worksheets.load('items/name');
    await context.sync();
    for (const s of sheets.items) if (isTempSheetName(s.name)) s.delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
