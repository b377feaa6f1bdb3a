import { quoteSheet } from './a1';
import type { WorkbookState } from './state';

/**
 * What Excel does to formulas when a sheet is renamed or deleted: references to a renamed sheet follow it,
 * references to a deleted one become #REF!. Applied to every cell formula and every defined name, so a
 * writer that swaps sheets is tested against the same consequences it would meet in Excel.
 */
const SHEET_REF =
  /(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/g;

/** Rewrites the parts of a formula outside string literals. */
function outsideStrings(formula: string, rewrite: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join('');
}

function rewriteSheetRefs(formula: string, sheet: string, replace: (ref: string) => string): string {
  const target = sheet.toLowerCase();
  return outsideStrings(formula, (part) =>
    part.replace(SHEET_REF, (whole, quoted: string | undefined, bare: string | undefined, ref: string) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? '');
      return name.toLowerCase() === target ? replace(ref) : whole;
    }),
  );
}

function everyFormula(wb: WorkbookState, edit: (formula: string) => string): void {
  for (const sheet of wb.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula !== null) cell.formula = edit(cell.formula);
    for (const n of sheet.names.values()) n.formula = edit(n.formula);
  }
  for (const n of wb.names.values()) n.formula = edit(n.formula);
}

export function followRename(wb: WorkbookState, from: string, to: string): void {
  everyFormula(wb, (f) => rewriteSheetRefs(f, from, (ref) => `${quoteSheet(to)}!${ref}`));
}

export function breakReferences(wb: WorkbookState, deleted: string): void {
  everyFormula(wb, (f) => rewriteSheetRefs(f, deleted, () => '#REF!'));
}

/** References a formula makes to cells of a sheet, for tests: "'OIC Matrix'!$E$8:$E$50" → ["$E$8:$E$50"]. */
export function referencesTo(formula: string, sheet: string): string[] {
  const found: string[] = [];
  rewriteSheetRefs(formula, sheet, (ref) => {
    found.push(ref);
    return ref;
  });
  return found;
}
