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
    minVersion: '1.12',
    why:
      "writing the matrix: sheets marked as the add-in's own (worksheet custom properties, 1.12), print " +
      'layout, auto filter and screen updating held while writing (1.9), drop-downs and calculation held ' +
      '(1.8), frozen panes and tab colours (1.7), status colour rules (1.6); reading the stored data (1.4). ' +
      'Notes on cells need 1.18 and are left out, with a word in the summary, where Excel lacks it',
  },
];

/** The sets an Excel lacks, by the check Office gives (Office.context.requirements.isSetSupported). */
export function missingSets(isSupported: (name: string, minVersion: string) => boolean): RequirementSet[] {
  return REQUIREMENT_SETS.filter((s) => !isSupported(s.name, s.minVersion));
}
