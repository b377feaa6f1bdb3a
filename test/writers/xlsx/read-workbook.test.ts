import ExcelJS from 'exceljs';
import { encodeDataset } from '../../../src/dataset/storage';
import { NAMES } from '../../../src/plan';
import { renderXlsx } from '../../../src/writers/xlsx/write';
import {
  definedNames,
  readStoredDataset,
  readWorkbookInput,
  WorkbookReadError,
} from '../../../src/writers/xlsx/read-workbook';
import { register, sampleDataset, samplePlan } from '../../plan/helpers';

async function written() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(samplePlan())) as never);
  return wb;
}

describe('reading back a workbook the tracker wrote', () => {
  it('finds the stored dataset and, with nothing typed, no edits and no problems', async () => {
    const wb = await written();
    const input = readWorkbookInput(wb, { file: 'm.xlsx', register });
    expect(input.stored).toEqual(sampleDataset());
    expect(input.edits).toEqual([]);
    expect(input.problems).toEqual([]);
    // The warning window cell holds the default, which is now stored as the analyst's setting.
    expect(input.previous.settings).toEqual({ warnDays: 45 });
  });

  it('reads a status typed over the matrix, with the person named as the one refreshing', async () => {
    const wb = await written();
    const ws = wb.getWorksheet('OIC Matrix')!;
    const ids = definedNames(wb).get(NAMES.forceIds)!;
    for (let r = ids.top; r <= ids.bottom; r++)
      if (ws.getCell(r, ids.left).value === 'cleveland') ws.getCell(r, 6).value = 'Planned';
    expect(readWorkbookInput(wb, { file: 'm.xlsx', register, by: 'J Smith' }).edits).toEqual([
      { forceId: 'cleveland', recommendation: '4', status: 'Planned', reason: null, by: 'J Smith' },
    ]);
  });

  it.each([
    ["'OIC Matrix'!$E$8:$H$50", { sheet: 'OIC Matrix', top: 8, left: 5, bottom: 50, right: 8 }],
    ['Commitments!$D$1', { sheet: 'Commitments', top: 1, left: 4, bottom: 1, right: 4 }],
    ["'Bob''s sheet'!$AA$2:$AB$3", { sheet: "Bob's sheet", top: 2, left: 27, bottom: 3, right: 28 }],
  ])('reads the defined name %s', (ref, place) => {
    const wb = new ExcelJS.Workbook();
    wb.definedNames.model = [{ name: 'X', ranges: [ref] }];
    expect(definedNames(wb).get('X')).toEqual(place);
  });

  it('joins data chunks a spreadsheet program saved as rich text', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('OIC Data');
    const json = encodeDataset(sampleDataset()).join('');
    ws.getCell(1, 1).value = { richText: [{ text: json.slice(0, 100) }, { text: json.slice(100) }] };
    expect(readStoredDataset(wb, 'm.xlsx')).toEqual(sampleDataset());
  });

  it.each([
    [
      'an empty data sheet',
      () => undefined,
      /m\.xlsx: The "OIC Data" sheet is empty\. Nothing was changed\./,
    ],
    [
      'data of another version',
      (ws: ExcelJS.Worksheet) => (ws.getCell(1, 1).value = '{"version":99}'),
      /holds data of version 99/,
    ],
  ])('refuses %s, naming the file', (_n, fill, message) => {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('OIC Data'));
    expect(() => readStoredDataset(wb, 'm.xlsx')).toThrow(WorkbookReadError);
    expect(() => readStoredDataset(wb, 'm.xlsx')).toThrow(message);
  });
});
