import { DATA_SHEET_NAME, encodeDataset } from '../../../src/dataset/storage';
import { readStoredDataset } from '../../../src/ui/functions/workbook-dataset';
import { createFakeExcel, type FakeExcel } from '../../fakes/excel-fake';
import { makeDataset } from '../dataset-fixture';

type Ctx = Parameters<typeof readStoredDataset>[0];

function read(excel: FakeExcel) {
  return excel.run((ctx) => readStoredDataset(ctx as unknown as Ctx));
}

async function storeChunks(excel: FakeExcel, chunks: string[]) {
  await excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.add(DATA_SHEET_NAME);
    sheet.visibility = 'Hidden';
    const range = sheet.getRangeByIndexes(0, 0, chunks.length, 1);
    range.numberFormat = chunks.map(() => ['@']);
    range.values = chunks.map((c) => [c]);
  });
}

describe('reading the dataset a workbook carries', () => {
  it('gives null for a workbook that was never built, in one sync', async () => {
    const excel = createFakeExcel();
    expect(await read(excel)).toBeNull();
    expect(excel.stats.syncs).toBe(1);
  });

  it('reads back a dataset stored in several chunks, in two syncs', async () => {
    const dataset = makeDataset({
      dorset: { cells: { '2': { status: 'Planned', evidence: ['x'.repeat(70_000)] } } },
    });
    const chunks = encodeDataset(dataset);
    expect(chunks.length).toBeGreaterThan(2);
    const excel = createFakeExcel();
    await storeChunks(excel, chunks);
    excel.resetStats();
    expect(await read(excel)).toEqual(dataset);
    expect(excel.stats.syncs).toBe(2);
  });

  it('says why when the stored data has been damaged', async () => {
    const excel = createFakeExcel();
    await storeChunks(excel, ['{"version":1,"forc']);
    await expect(read(excel)).rejects.toThrow(/does not hold valid data/);
  });

  it('says the sheet is empty when it holds nothing', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1', DATA_SHEET_NAME] });
    await expect(read(excel)).rejects.toThrow(/sheet is empty/);
  });
});
