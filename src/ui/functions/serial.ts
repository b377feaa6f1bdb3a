/**
 * Excel date serials: whole days since 1899-12-30 (day 0), so 1 January 1900 is 2 and 31 December 2025 is
 * 46022. Excel's fictitious 29 February 1900 only shifts serials below 61, which no date here reaches.
 */
const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01, the Unix epoch. */
const EPOCH_SERIAL = 25_569;

/** An ISO date (YYYY-MM-DD) as a serial; null when the text is not such a date. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY + EPOCH_SERIAL;
}

/** A serial's calendar date as ISO (YYYY-MM-DD); any time of day in the serial is dropped. */
export function serialToIso(serial: number): string {
  return new Date((Math.floor(serial) - EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's serial by the calendar of the machine Excel runs on, which is the day the analyst sees. */
export function todaySerial(now: Date = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY + EPOCH_SERIAL;
}
