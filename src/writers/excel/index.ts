/**
 * The Office.js writer of the sheet plan: read what the workbook holds (readWorkbook), then write a plan
 * into it (writeWorkbook). Only the task pane imports this.
 */
export { readWorkbook, workbookValues, TYPED_NAMES, type WorkbookSnapshot, type SheetInfo } from './read';
export { writeWorkbook, WorkbookWriteError, type WriteOptions, type WriteReport } from './write';
export { PlanNotWritableError, TEMP_SHEET_PREFIX } from './prepare';
export { MARKER_KEY } from './queue';
