import { effectiveStatus } from '../../dataset/build';
import type { CellRecord, Dataset, ForceRecord } from '../../dataset/types';
import type { Status } from '../../parse/types';
import type { ForceRegister } from '../../report/forces';
import type { Force, Recommendation, ReportDefinition } from '../../report/types';
import { notAvailable, ok, type Answer, type CellScalar } from './answer';
import { dateSerial, findForce, findForceRecommendation, findRecommendation, findStatus } from './arguments';
import { isoToSerial } from './serial';

/** Why there is no dataset to answer from, in words for the cell's error message. */
export const NO_DATA_MESSAGE = 'There is no OIC data in this workbook yet: open OIC Tracker and press Build.';

/** Lookups are memoised per argument value; the cap keeps a sheet of distinct junk from growing it forever. */
const MEMO_LIMIT = 4096;

function memo<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * The answers of the OIC.* functions, as pure lookups over one report, the force register and (for the
 * functions about forces' responses) one dataset. Built once per dataset; every lookup is a map access, so
 * a sheet of thousands of STATUS cells recalculates quickly.
 */
export class OicFunctions {
  private readonly forceMemo = new Map<string, Answer<Force>>();
  private readonly recMemo = new Map<unknown, Answer<Recommendation>>();
  private readonly forceRecMemo = new Map<unknown, Answer<Recommendation>>();
  private readonly byForce = new Map<string, ForceRecord>();
  /** Per recommendation (and '*' for any of them): how many forces hold each status. */
  private readonly counts = new Map<string, Map<Status, number>>();

  constructor(
    readonly report: ReportDefinition,
    readonly register: ForceRegister,
    /** Null when the workbook holds no data yet; `dataError` then says why, if it is not just unbuilt. */
    readonly dataset: Dataset | null,
    private readonly dataError: string | null = null,
  ) {
    if (dataset) this.index(dataset);
  }

  private index(dataset: Dataset): void {
    const any = new Map<Status, number>();
    this.counts.set('*', any);
    for (const record of dataset.forces) {
      this.byForce.set(record.forceId, record);
      const seen = new Set<Status>();
      for (const [rec, cell] of Object.entries(record.cells)) {
        const status = effectiveStatus(cell);
        let perRec = this.counts.get(rec);
        if (!perRec) this.counts.set(rec, (perRec = new Map()));
        perRec.set(status, (perRec.get(status) ?? 0) + 1);
        seen.add(status);
      }
      for (const status of seen) any.set(status, (any.get(status) ?? 0) + 1);
    }
  }

  private force(value: unknown): Answer<Force> {
    if (typeof value !== 'string') return findForce(this.register, value);
    return memo(this.forceMemo, value, () => findForce(this.register, value));
  }

  private recommendation(value: unknown): Answer<Recommendation> {
    return memo(this.recMemo, value, () => findRecommendation(this.report, value));
  }

  private forceRecommendation(value: unknown): Answer<Recommendation> {
    return memo(this.forceRecMemo, value, () => findForceRecommendation(this.report, value));
  }

  private noData<T>(): Answer<T> {
    return notAvailable(this.dataError ?? NO_DATA_MESSAGE);
  }

  private cell(
    forceValue: unknown,
    recValue: unknown,
  ): Answer<{ force: Force; rec: Recommendation; cell: CellRecord }> {
    const force = this.force(forceValue);
    if (!force.ok) return force;
    const rec = this.forceRecommendation(recValue);
    if (!rec.ok) return rec;
    if (!this.dataset) return this.noData();
    const cell = this.byForce.get(force.value.id)?.cells[String(rec.value.number)];
    if (!cell) {
      return notAvailable(
        `The data in this workbook has nothing for ${force.value.name} on recommendation ${rec.value.number}.`,
      );
    }
    return ok({ force: force.value, rec: rec.value, cell });
  }

  /** Days from `asOf` to the recommendation's deadline; negative once it has passed. */
  daysLeft(recValue: unknown, asOf: unknown): Answer<number> {
    const due = this.deadline(recValue);
    if (!due.ok) return due;
    const from = dateSerial(asOf, 'The date');
    if (!from.ok) return from;
    return ok(due.value - from.value);
  }

  /** The recommendation's deadline as a date serial; #N/A where the report gives none. */
  deadline(recValue: unknown): Answer<number> {
    const rec = this.recommendation(recValue);
    if (!rec.ok) return rec;
    const serial = rec.value.deadline ? isoToSerial(rec.value.deadline) : null;
    if (serial === null) return notAvailable(`Recommendation ${rec.value.number} has no known deadline.`);
    return ok(serial);
  }

  /** The recommendation's wording, or its summary where the full wording is not known. */
  recommendationText(recValue: unknown): Answer<string> {
    const rec = this.recommendation(recValue);
    if (!rec.ok) return rec;
    return ok(rec.value.text ?? rec.value.summary);
  }

  status(forceValue: unknown, recValue: unknown): Answer<string> {
    const found = this.cell(forceValue, recValue);
    return found.ok ? ok(effectiveStatus(found.value.cell)) : found;
  }

  /** The letter's sentences that decided the status, one after another; empty where there are none. */
  evidence(forceValue: unknown, recValue: unknown): Answer<string> {
    const found = this.cell(forceValue, recValue);
    return found.ok ? ok(found.value.cell.evidence.join(' ')) : found;
  }

  /** How many forces have the status on the recommendation; without one, on at least one recommendation. */
  countStatus(statusValue: unknown, recValue: unknown): Answer<number> {
    const status = findStatus(statusValue);
    if (!status.ok) return status;
    let key = '*';
    if (recValue !== null && recValue !== undefined && recValue !== '') {
      const rec = this.forceRecommendation(recValue);
      if (!rec.ok) return rec;
      key = String(rec.value.number);
    }
    if (!this.dataset) return this.noData();
    return ok(this.counts.get(key)?.get(status.value) ?? 0);
  }

  /** The 43 forces' names, in register order, as one column. */
  forces(): Answer<string[][]> {
    return ok(this.register.forces.map((f) => [f.name]));
  }

  /**
   * Forces by recommendations: a header row, then one row per force with its status on each recommendation
   * asked for (all the chief constables' recommendations when none are given).
   */
  matrix(recsValue: unknown): Answer<CellScalar[][]> {
    const recs = this.matrixRecommendations(recsValue);
    if (!recs.ok) return recs;
    if (!this.dataset) return this.noData();
    const rows: CellScalar[][] = [['Force', ...recs.value.map((r) => `Rec ${r.number}`)]];
    for (const force of this.register.forces) {
      const cells = this.byForce.get(force.id)?.cells;
      rows.push([
        force.name,
        ...recs.value.map((r) => (cells?.[String(r.number)] ? effectiveStatus(cells[String(r.number)]) : '')),
      ]);
    }
    return ok(rows);
  }

  private matrixRecommendations(value: unknown): Answer<Recommendation[]> {
    const given = flattenArgument(value).flatMap((v) => (typeof v === 'string' ? v.split(/[,;]/) : [v]));
    const wanted = given.filter((v) => !(typeof v === 'string' && v.trim() === ''));
    if (!wanted.length) return ok(this.report.recommendations.filter((r) => r.forChiefConstables));
    const recs: Recommendation[] = [];
    for (const v of wanted) {
      const rec = this.forceRecommendation(typeof v === 'string' ? v.trim() : v);
      if (!rec.ok) return rec;
      if (!recs.includes(rec.value)) recs.push(rec.value);
    }
    return ok(recs);
  }

  /** The date of the force's letter, as a serial. */
  responseDate(forceValue: unknown): Answer<number> {
    const letter = this.letter(forceValue);
    if (!letter.ok) return letter;
    const serial = letter.value.letter.letterDate ? isoToSerial(letter.value.letter.letterDate) : null;
    if (serial === null) return notAvailable(`The letter from ${letter.value.force.name} carries no date.`);
    return ok(serial);
  }

  /** Whether the force's letter came within the statutory response window. */
  onTime(forceValue: unknown): Answer<boolean> {
    const letter = this.letter(forceValue);
    if (!letter.ok) return letter;
    const onTime = letter.value.letter.onTime;
    if (onTime === null) {
      return notAvailable(
        `The letter from ${letter.value.force.name} carries no date, so whether it was on time is not known.`,
      );
    }
    return ok(onTime);
  }

  private letter(forceValue: unknown): Answer<{ force: Force; letter: NonNullable<ForceRecord['letter']> }> {
    const force = this.force(forceValue);
    if (!force.ok) return force;
    if (!this.dataset) return this.noData();
    const letter = this.byForce.get(force.value.id)?.letter;
    if (!letter)
      return notAvailable(`There is no response letter from ${force.value.name} in this workbook's data.`);
    return ok({ force: force.value, letter });
  }
}

/** A range argument arrives as rows of cells, a single value as itself; either way, the values in order. */
function flattenArgument(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [value];
  return value
    .flatMap((row) => (Array.isArray(row) ? row : [row]))
    .filter((v) => v !== null && v !== undefined);
}
