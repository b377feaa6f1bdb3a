/// <reference types="office-js" />
import { DATA_SHEET_NAME, decodeDataset } from '../../dataset/storage';
import type { Dataset } from '../../dataset/types';

/**
 * Reads the dataset the workbook carries (see dataset/storage.ts); null when the workbook has none yet.
 * Two syncs: whether the sheet exists must be known before its cells can be asked for.
 */
export async function readStoredDataset(context: Excel.RequestContext): Promise<Dataset | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(DATA_SHEET_NAME);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getRange('A:A').getUsedRangeOrNullObject(true);
  used.load('values');
  await context.sync();
  return decodeDataset(used.isNullObject ? [] : used.values.map((row) => row[0]));
}
