/** A1 addresses: the small part of Excel's reference syntax the fake needs. Zero-based, inclusive corners. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress extends Rect {
  sheet: string | null;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function corner(part: string): { r: number | null; c: number | null } | null {
  let m = CELL.exec(part);
  if (m) return { r: Number(m[2]) - 1, c: columnIndex(m[1]) };
  m = COLUMN.exec(part);
  if (m) return { r: null, c: columnIndex(m[1]) };
  m = ROW.exec(part);
  if (m) return { r: Number(m[1]) - 1, c: null };
  return null;
}

/** "A1", "B2:D9", "A:C", "3:5", "Sheet1!A1", "'OIC Data'!A1:A4". Null when it is not an address. */
export function parseAddress(address: string): ParsedAddress | null {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return null;
  // A lone column or row ("A" or "3") is not an address; "A:A" and "3:3" are.
  if (parts.length === 1 && (a.r === null || a.c === null)) return null;
  if ((a.r === null) !== (b.r === null) || (a.c === null) !== (b.c === null)) return null;
  const r0 = a.r ?? 0;
  const r1 = b.r ?? MAX_ROWS - 1;
  const c0 = a.c ?? 0;
  const c1 = b.c ?? MAX_COLUMNS - 1;
  const rect = {
    sheet,
    r0: Math.min(r0, r1),
    r1: Math.max(r0, r1),
    c0: Math.min(c0, c1),
    c1: Math.max(c0, c1),
  };
  if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS || rect.r0 < 0 || rect.c0 < 0) return null;
  return rect;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** As Excel gives Range.address: sheet-qualified, "A1" for one cell, "A1:B2" otherwise. */
export function formatAddress(sheet: string, rect: Rect): string {
  const from = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  const to = `${columnLetters(rect.c1)}${rect.r1 + 1}`;
  return `${quoteSheet(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
