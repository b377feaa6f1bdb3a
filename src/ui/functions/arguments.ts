import { STATUSES, type Status } from '../../parse/types';
import type { ForceRegister } from '../../report/forces';
import type { Force, Recommendation, ReportDefinition } from '../../report/types';
import { invalidValue, notAvailable, ok, type Answer } from './answer';

/** How a cell argument is shown back in a message: text in quotes, anything else as Excel would show it. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return String(value);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

// 2, "2", "R2", "r 2", "Rec 2", "Rec. 2", "Recommendation 2", "Recommendation no. 2".
const RECOMMENDATION_TEXT = /^(?:r|rec\.?|recommendation)?\s*(?:no\.?\s*)?(\d{1,3})$/i;

/** The recommendation number an argument names, before checking the report has it. */
export function recommendationNumber(value: unknown): Answer<number> {
  if (isBlank(value)) return invalidValue('No recommendation given: use its number, such as 2 or "R2".');
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value > 0) return ok(value);
    return invalidValue(`${shown(value)} is not a recommendation number: use a whole number, such as 2.`);
  }
  if (typeof value === 'string') {
    const m = RECOMMENDATION_TEXT.exec(value.trim());
    if (m) return ok(Number(m[1]));
  }
  return invalidValue(
    `${shown(value)} is not recognised as a recommendation: use 2, "2", "R2", "Rec 2" or "Recommendation 2".`,
  );
}

/** A recommendation of the report, by any of the accepted spellings. */
export function findRecommendation(report: ReportDefinition, value: unknown): Answer<Recommendation> {
  const number = recommendationNumber(value);
  if (!number.ok) return number;
  const rec = report.recommendations.find((r) => r.number === number.value);
  if (rec) return ok(rec);
  const numbers = report.recommendations.map((r) => r.number);
  return notAvailable(
    `The report has no recommendation ${number.value}: its recommendations are ${Math.min(...numbers)} to ${Math.max(...numbers)}.`,
  );
}

/** A recommendation a force's letter answers (one for chief constables). */
export function findForceRecommendation(report: ReportDefinition, value: unknown): Answer<Recommendation> {
  const rec = findRecommendation(report, value);
  if (!rec.ok || rec.value.forChiefConstables) return rec;
  const forForces = report.recommendations.filter((r) => r.forChiefConstables).map((r) => r.number);
  return notAvailable(
    `Recommendation ${rec.value.number} is for the ${rec.value.addressee}, not chief constables; forces have a status on ${listAnd(forForces.map(String))} only.`,
  );
}

/** A force by name, id or common alias, in any case. */
export function findForce(register: ForceRegister, value: unknown): Answer<Force> {
  if (isBlank(value))
    return invalidValue('No force given: use its name, such as "Dorset" or "Avon and Somerset".');
  if (typeof value !== 'string') {
    return invalidValue(`${shown(value)} is not a force: give a force's name, such as "Dorset".`);
  }
  const force = register.find(value);
  if (force) return ok(force);
  return notAvailable(`Force ${shown(value)} is not recognised: give a force's name, id or a common alias.`);
}

const STATUS_BY_KEY = new Map<string, Status>(STATUSES.map((s) => [statusKey(s), s]));

function statusKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

/** A status by its name, ignoring case, spaces and hyphens ("in-progress", "NO RESPONSE"). */
export function findStatus(value: unknown): Answer<Status> {
  if (isBlank(value)) return invalidValue(`No status given: use one of ${listOr([...STATUSES])}.`);
  const status = typeof value === 'string' ? STATUS_BY_KEY.get(statusKey(value)) : undefined;
  if (status) return ok(status);
  return invalidValue(`${shown(value)} is not a status: use one of ${listOr([...STATUSES])}.`);
}

/** A date serial given to a function; whole days count, any time of day is dropped. */
export function dateSerial(value: unknown, what: string): Answer<number> {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return invalidValue(`${what} ${shown(value)} is not a date: give a date or its serial number.`);
  }
  return ok(Math.floor(value));
}

export function listAnd(items: string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function listOr(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
