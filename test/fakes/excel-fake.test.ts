import { cellAt, createFakeExcel, FakeOfficeError, findSheet, UNCALCULATED } from './excel-fake';

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (err) {
    return err as FakeOfficeError;
  }
  throw new Error('expected the promise to reject');
}

describe('strict fake Excel: load and sync', () => {
  it('throws PropertyNotLoaded when a property is read without load', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      await ctx.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('throws PropertyNotLoaded when a property is loaded but not yet synced', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
    range.load('values');
    expect(() => range.values).toThrow(
      /call the load method on the containing object and call "context.sync\(\)"/,
    );
    await ctx.sync();
    expect(range.values).toEqual([['', '']]);
  });

  it('loads nested properties by path and refuses unknown ones at sync', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
    range.load('format/fill/color, format/font/bold, address');
    await ctx.sync();
    expect(range.format.fill.color).toBe('#FFFFFF');
    expect(range.format.font.bold).toBe(false);
    expect(range.address).toBe('Sheet1!A1');
    expect(() => range.format.font.color).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('colour');
    expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
  });

  it('makes written values visible after sync, to this and later contexts', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:C3').values = [
        ['a', 1],
        [true, 'b'],
      ];
      await ctx.sync();
    });
    const values = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:C3').load('values');
      await ctx.sync();
      return range.values;
    });
    expect(values).toEqual([
      ['', '', ''],
      ['', 'a', 1],
      ['', true, 'b'],
    ]);
    expect(cellAt(excel.state, 'Sheet1', 'C2')?.value).toBe(1);
  });

  it('leaves nothing written until sync', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
    expect(cellAt(excel.state, 'Sheet1', 'A1')).toBeUndefined();
    await ctx.sync();
    expect(cellAt(excel.state, 'Sheet1', 'A1')?.value).toBe('x');
  });

  it('counts syncs and measures each batch in bytes', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A3').values = [['one'], ['two'], ['three']];
      await ctx.sync();
      sheet.getRange('B1').values = [['x']];
    });
    expect(excel.stats.syncs).toBe(2);
    expect(excel.stats.batches.map((b) => b.operations)).toEqual([3, 2]);
    expect(excel.stats.batches[0].bytes).toBeGreaterThan(
      JSON.stringify([['one'], ['two'], ['three']]).length,
    );
    expect(excel.stats.largestBatchBytes).toBe(Math.max(...excel.stats.batches.map((b) => b.bytes)));
  });

  it('refuses a batch over the payload limit', async () => {
    const excel = createFakeExcel({ payloadLimitBytes: 1000 });
    const err = await rejection(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x'.repeat(2000)]];
      }),
    );
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(cellAt(excel.state, 'Sheet1', 'A1')).toBeUndefined();
  });

  it('applies a failing batch up to the failure and drops the rest', async () => {
    const excel = createFakeExcel();
    const err = await rejection(
      excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['before']];
        sheet.getRange('A2:A3').values = [['only one row']];
        sheet.getRange('A4').values = [['after']];
      }),
    );
    expect(err.code).toBe('InvalidArgument');
    expect(err.message).toMatch(/doesn't match the size or dimensions of the range/);
    expect(cellAt(excel.state, 'Sheet1', 'A1')?.value).toBe('before');
    expect(cellAt(excel.state, 'Sheet1', 'A4')).toBeUndefined();
  });

  it('shows a written value on the proxy at once, as Office.js does', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
    range.values = [['x']];
    expect(range.values).toEqual([['x']]);
  });
});

describe('strict fake Excel: objects that may not exist', () => {
  it('tells a missing sheet by isNullObject, readable only after sync', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('OIC Data');
    const present = ctx.workbook.worksheets.getItemOrNullObject('sheet1');
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
  });

  it('fails the sync on getItem of a missing sheet', async () => {
    const excel = createFakeExcel();
    const err = await rejection(
      excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('Nope').load('name')),
    );
    expect(err.code).toBe('ItemNotFound');
  });

  it('loads a null object without failing, leaving its properties unreadable', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const used = ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject().load('address');
    await ctx.sync();
    expect(used.isNullObject).toBe(true);
    expect(() => used.address).toThrow(expect.objectContaining({ code: 'ItemNotFound' }));
  });

  it('fails an operation on a null object', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
    await ctx.sync();
    missing.getRange('A1').values = [['x']];
    expect((await rejection(ctx.sync())).code).toBe('ItemNotFound');
  });

  it('gives a null used range for an empty sheet, and the block in use otherwise', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const sheet = ctx.workbook.worksheets.getItem('Sheet1');
    const before = sheet.getUsedRangeOrNullObject(true);
    await ctx.sync();
    expect(before.isNullObject).toBe(true);
    sheet.getRange('B2:C4').values = [
      ['a', ''],
      ['', ''],
      ['', 'z'],
    ];
    const after = sheet.getUsedRangeOrNullObject(true).load('address, rowCount, values');
    await ctx.sync();
    expect(after.address).toBe('Sheet1!B2:C4');
    expect(after.rowCount).toBe(3);
  });
});

describe('strict fake Excel: how cells read what is written', () => {
  it.each([
    ['=SUM(A1:A2)', UNCALCULATED, '=SUM(A1:A2)'],
    ['+44 1234', UNCALCULATED, '=+44 1234'],
    ['- will be done', UNCALCULATED, '=- will be done'],
    ['@risk', UNCALCULATED, '=@risk'],
    ["'=not a formula", '=not a formula', '=not a formula'],
    ['007', 7, 7],
    ['-2.5', -2.5, -2.5],
    ['TRUE', true, true],
    ['31/12/2025', 46022, 46022],
    ['Planned', 'Planned', 'Planned'],
  ])('reads %p as Excel reads typed input', async (input, value, formula) => {
    const excel = createFakeExcel();
    const [values, formulas] = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[input]];
      range.load('values, formulas');
      await ctx.sync();
      return [range.values, range.formulas];
    });
    expect(values).toEqual([[value]]);
    expect(formulas).toEqual([[formula]]);
  });

  it('keeps text as written in a cell formatted as text first', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.numberFormat = [['@', '@']];
      range.values = [['=HYPERLINK("http://x")', '007']];
    });
    expect(cellAt(excel.state, 'Sheet1', 'A1')).toMatchObject({
      value: '=HYPERLINK("http://x")',
      formula: null,
    });
    expect(cellAt(excel.state, 'Sheet1', 'B1')?.value).toBe('007');
  });

  it('leaves a cell as it is where the values array holds null', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [['a', 'b']];
      await ctx.sync();
      range.values = [[null, 'c']];
    });
    expect(cellAt(excel.state, 'Sheet1', 'A1')?.value).toBe('a');
    expect(cellAt(excel.state, 'Sheet1', 'B1')?.value).toBe('c');
  });

  it('uses an evaluator for formula cells when given one', async () => {
    const excel = createFakeExcel({ evaluate: (f) => (f === '=1+1' ? 2 : '#NAME?') });
    const values = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.formulas = [['=1+1', '=X()']];
      range.load('values');
      await ctx.sync();
      return range.values;
    });
    expect(values).toEqual([[2, '#NAME?']]);
  });
});

describe('strict fake Excel: formats and sheet features', () => {
  it('sets fills and fonts per cell and reports null where cells differ', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const sheet = ctx.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:B1').format.fill.color = '#c00000';
    sheet.getRange('A1').format.font.bold = true;
    const both = sheet.getRange('A1:B1').load('format/fill/color, format/font/bold');
    await ctx.sync();
    expect(both.format.fill.color).toBe('#C00000');
    expect(both.format.font.bold).toBeNull();
    sheet.getRange('A1').format.fill.color = 'not a colour';
    expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
  });

  it('sets column widths and row heights', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A:B').format.columnWidth = 120;
      sheet.getRange('3:3').format.rowHeight = 30;
    });
    const sheet = findSheet(excel.state, 'Sheet1')!;
    expect([sheet.columnWidths.get(0), sheet.columnWidths.get(1), sheet.rowHeights.get(2)]).toEqual([
      120, 120, 30,
    ]);
  });

  it("adds, hides, renames and deletes sheets within Excel's rules", async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const data = ctx.workbook.worksheets.add('OIC Data');
      data.visibility = 'Hidden';
      ctx.workbook.worksheets.add('Matrix');
    });
    expect(excel.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Sheet1', 'Visible'],
      ['OIC Data', 'Hidden'],
      ['Matrix', 'Visible'],
    ]);
    const dup = await rejection(excel.run(async (ctx) => void ctx.workbook.worksheets.add('oic data')));
    expect(dup.code).toBe('ItemAlreadyExists');
    const bad = await rejection(excel.run(async (ctx) => void ctx.workbook.worksheets.add('A/B')));
    expect(bad.code).toBe('InvalidArgument');
    await excel.run(async (ctx) => ctx.workbook.worksheets.getItem('Matrix').delete());
    const lastVisible = await rejection(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
      }),
    );
    expect(lastVisible.code).toBe('InvalidOperation');
  });

  it('loads the sheets of the workbook as a collection', async () => {
    const excel = createFakeExcel({ sheets: ['Matrix', 'Summary'] });
    const names = await excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name, items/visibility');
      await ctx.sync();
      return sheets.items.map((s) => `${s.name}:${s.visibility}`);
    });
    expect(names).toEqual(['Matrix:Visible', 'Summary:Visible']);
  });

  it('records conditional formats with their rule and format', async () => {
    const excel = createFakeExcel();
    const count = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:E44');
      const cf = range.conditionalFormats.add('ContainsText');
      cf.textComparison.rule = { operator: 'Contains', text: 'Complete' };
      cf.textComparison.format.fill.color = '#4472C4';
      const custom = range.conditionalFormats.add('Custom');
      (custom.custom.rule as { formula: string }).formula = '=B2="Planned"';
      custom.custom.format.font.color = '#000000';
      const n = range.conditionalFormats.getCount();
      await ctx.sync();
      return n.value;
    });
    expect(count).toBe(2);
    const sheet = findSheet(excel.state, 'Sheet1')!;
    expect(sheet.conditionalFormats.map((c) => [c.type, c.rule, c.format])).toEqual([
      ['Custom', { formula: '=B2="Planned"' }, { fontColor: '#000000' }],
      ['ContainsText', { operator: 'Contains', text: 'Complete' }, { fill: '#4472C4' }],
    ]);
    const wrongPart = await rejection(
      excel.run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom');
        cf.textComparison.format.fill.color = '#FFFFFF';
      }),
    );
    expect(wrongPart.code).toBe('InvalidArgument');
  });

  it('records list validations, notes, names, frozen panes and filters', async () => {
    const excel = createFakeExcel({ sheets: ['Matrix'] });
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Matrix');
      const statuses = sheet.getRange('B2:B44');
      statuses.dataValidation.rule = {
        list: { inCellDropDown: true, source: 'Complete,In progress,Planned' },
      };
      sheet.notes.add('B2', 'Override by AB');
      ctx.workbook.names.add('OIC_Matrix', sheet.getRange('A1:E44'), 'The matrix');
      sheet.freezePanes.freezeRows(1);
      sheet.autoFilter.apply(sheet.getRange('A1:E44'));
    });
    const sheet = findSheet(excel.state, 'Matrix')!;
    expect(sheet.validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: 'Complete,In progress,Planned' },
    });
    expect(sheet.notes).toEqual([expect.objectContaining({ row: 1, column: 1, content: 'Override by AB' })]);
    expect(excel.state.names.get('oic_matrix')?.formula).toBe('=Matrix!$A$1:$E$44');
    expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
    expect(sheet.autoFilter?.rect).toEqual({ r0: 0, c0: 0, r1: 43, c1: 4 });

    const twice = await rejection(
      excel.run(async (ctx) => void ctx.workbook.worksheets.getItem('Matrix').notes.add('B2', 'again')),
    );
    expect(twice.code).toBe('InvalidArgument');
    const badName = await rejection(
      excel.run(async (ctx) => void ctx.workbook.names.add('A1', '=Matrix!A1')),
    );
    expect(badName.code).toBe('InvalidArgument');
  });

  it('logs what the application was asked to do', async () => {
    const excel = createFakeExcel();
    const mode = await excel.run(async (ctx) => {
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      ctx.workbook.application.calculationMode = 'Manual';
      ctx.workbook.application.calculate('Full');
      ctx.workbook.application.load('calculationMode');
      await ctx.sync();
      return ctx.workbook.application.calculationMode;
    });
    expect(mode).toBe('Manual');
    expect(excel.state.applicationLog).toEqual(['suspendScreenUpdatingUntilNextSync', 'calculate:Full']);
  });
});
