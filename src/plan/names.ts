/**
 * The workbook's defined names. Formulas use them, and code that reads a workbook back (the ExcelJS
 * reader, the Office.js reader, the OIC.* functions) finds its cells through them, never by position:
 * an analyst may sort, filter or insert rows, and the spreadsheet program moves the names with the cells.
 */
export const NAMES = {
  /** The date days left, overdue flags and due dates count from (one cell). */
  asOf: 'OIC_AsOf',
  /** The matrix's status block: a row per force, a column per recommendation. */
  matrix: 'OIC_Matrix',
  /** "Rec N" above each column of the status block (one row). */
  recHeaders: 'OIC_RecHeaders',
  /** The force id of each row of the status block (one column, hidden). */
  forceIds: 'OIC_ForceIds',
  /** Each recommendation's deadline (one row, above the status block). */
  deadlines: 'OIC_Deadlines',
  /** The commitments warning window in days, which the analyst sets (one cell). */
  warnDays: 'OIC_WarnDays',
  /** The Evidence sheet's force id, recommendation number and override reason columns (one column each). */
  evidenceForceIds: 'OIC_EvidenceForceIds',
  evidenceRecs: 'OIC_EvidenceRecs',
  overrideReasons: 'OIC_OverrideReasons',
  /** The Sources sheet's location and force columns (one column each). */
  sourceLocations: 'OIC_SourceLocations',
  sourceForces: 'OIC_SourceForces',
} as const;
