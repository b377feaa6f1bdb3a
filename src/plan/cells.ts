import type { Range } from './types';

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function address(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(col)}${d}${row}`;
}

export function rangeAddress(range: Range, absolute = false): string {
  const tl = address(range.top, range.left, absolute);
  if (range.top === range.bottom && range.left === range.right) return tl;
  return `${tl}:${address(range.bottom, range.right, absolute)}`;
}

export function range(top: number, left: number, bottom = top, right = left): Range {
  return { top, left, bottom, right };
}

/** A sheet name as a formula or defined name needs it: quoted, with quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const DAY_MS = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/**
 * Excel's serial number for an ISO date or date-time (1900 date system; 1899-12-30 is day 0). A time
 * is read as written (a trailing Z or offset is taken as UTC) and becomes the fraction of the day.
 */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH_1899_12_30) / DAY_MS);
  if (iso.length <= 10) return days;
  const ms = Date.parse(iso) - Date.UTC(y, m - 1, d);
  return Number.isFinite(ms) ? days + ms / DAY_MS : days;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return isoToSerial(to) - isoToSerial(from);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2025-07-31 → 31/07/2025 */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** 2025-07-31 → 31 July 2025 */
export function ukLongDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** An Excel DATE() call for an ISO date: the form that reads the same in every locale. */
export function excelDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `DATE(${y},${m},${d})`;
}
