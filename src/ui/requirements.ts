/**
 * The Office requirement sets the add-in uses, with what needs each. The manifest declares exactly these
 * (a test holds it to that), and the task pane checks them at start so an older Excel gets a plain message.
 */
export interface RequirementSet {
  name: string;
  minVersion: string;
  why: string;
}

export const REQUIREMENT_SETS: readonly RequirementSet[] = [
  {
    name: 'SharedRuntime',
    minVersion: '1.1',
    why: 'one runtime for the pane, the ribbon commands and the functions; Office.addin startup and showAsTaskpane',
  },
  {
    name: 'CustomFunctionsRuntime',
    minVersion: '1.2',
    why: 'OIC.* errors that say what was not recognised (CustomFunctions.Error with a message)',
  },
  {
    name: 'ExcelApi',
    minVersion: '1.4',
    why: 'getItemOrNullObject and getUsedRangeOrNullObject to read the data stored in the workbook',
  },
];

/** The sets an Excel lacks, by the check Office gives (Office.context.requirements.isSetSupported). */
export function missingSets(isSupported: (name: string, minVersion: string) => boolean): RequirementSet[] {
  return REQUIREMENT_SETS.filter((s) => !isSupported(s.name, s.minVersion));
}
