import { cellAt, createFakeExcel, FakeOfficeError, findSheet, referencesTo } from './excel-fake';

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (err) {
    return err as FakeOfficeError;
  }
  throw new Error('expected the promise to reject');
}

describe('strict fake Excel: borders, merges and hidden columns', () => {
  it('draws edges and inside lines per cell and reads them back where cells agree', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
    for (const index of [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideHorizontal',
      'InsideVertical',
    ]) {
      const b = range.format.borders.getItem(index);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#bfbfbf';
    }
    range.format.borders.getItem('EdgeBottom').weight = 'Medium';
    const bottom = range.format.borders.getItem('EdgeBottom').load('style, weight, color');
    const inside = range.format.borders.getItem('InsideHorizontal').load('weight');
    await ctx.sync();
    expect([bottom.style, bottom.weight, bottom.color, inside.weight]).toEqual([
      'Continuous',
      'Medium',
      '#BFBFBF',
      'Thin',
    ]);
    expect(cellAt(excel.state, 'Sheet1', 'B2')?.format.borders).toEqual({
      top: { style: 'Continuous', weight: 'Thin', color: '#BFBFBF' },
      bottom: { style: 'Continuous', weight: 'Thin', color: '#BFBFBF' },
      left: { style: 'Continuous', weight: 'Thin', color: '#BFBFBF' },
      right: { style: 'Continuous', weight: 'Thin', color: '#BFBFBF' },
    });
    expect(cellAt(excel.state, 'Sheet1', 'C3')?.format.borders?.bottom?.weight).toBe('Medium');
  });

  it('refuses a border style or weight Excel does not have', async () => {
    const excel = createFakeExcel();
    const err = await rejection(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.borders.getItem('EdgeTop').style =
          'thin';
      }),
    );
    expect(err.code).toBe('InvalidArgument');
  });

  it('merges keeping the top-left value and refuses to merge over a merged area', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').values = [['title', 'x', 'y']];
      sheet.getRange('A1:C1').merge(false);
    });
    const sheet = findSheet(excel.state, 'Sheet1')!;
    expect(sheet.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 2 }]);
    expect(cellAt(excel.state, 'Sheet1', 'A1')?.value).toBe('title');
    expect(cellAt(excel.state, 'Sheet1', 'B1')).toBeUndefined();
    const err = await rejection(
      excel.run(async (ctx) => ctx.workbook.worksheets.getItem('Sheet1').getRange('B1:D1').merge(false)),
    );
    expect(err.code).toBe('InvalidArgument');
  });

  it('hides columns and reads back whether all of a range is hidden', async () => {
    const excel = createFakeExcel();
    const ctx = excel.newContext();
    const sheet = ctx.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('C:D').columnHidden = true;
    const cd = sheet.getRange('C1:D1').load('columnHidden');
    const bc = sheet.getRange('B1:C1').load('columnHidden');
    await ctx.sync();
    expect([cd.columnHidden, bc.columnHidden]).toEqual([true, false]);
  });
});

describe('strict fake Excel: names, renames and deletes', () => {
  it('gives the range a name points to, and a null range where it points nowhere', async () => {
    const excel = createFakeExcel({ sheets: ['Matrix'] });
    const ctx = excel.newContext();
    const sheet = ctx.workbook.worksheets.getItem('Matrix');
    sheet.getRange('A1:B2').values = [
      [1, 2],
      [3, 4],
    ];
    ctx.workbook.names.add('Block', sheet.getRange('A1:B2'), '');
    ctx.workbook.names.add('Constant', '=42', '');
    await ctx.sync();
    const block = ctx.workbook.names.getItem('block').getRangeOrNullObject().load('values, address');
    const constant = ctx.workbook.names.getItem('Constant').getRangeOrNullObject();
    const all = ctx.workbook.names.load('items/name, items/formula');
    await ctx.sync();
    expect(block.values).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(block.address).toBe('Matrix!A1:B2');
    expect(constant.isNullObject).toBe(true);
    expect(all.items.map((n) => [n.name, n.formula])).toEqual([
      ['Block', '=Matrix!$A$1:$B$2'],
      ['Constant', '=42'],
    ]);
    ctx.workbook.names.getItem('Constant').getRange();
    expect((await rejection(ctx.sync())).code).toBe('InvalidArgument');
  });

  it('makes formulas and names follow a renamed sheet, and breaks them when it is deleted', async () => {
    const excel = createFakeExcel({ sheets: ['Sheet1', 'Data'] });
    await excel.run(async (ctx) => {
      const data = ctx.workbook.worksheets.getItem('Data');
      ctx.workbook.names.add('Cell', data.getRange('B2'), '');
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').formulas = [
        ['=COUNTIF(Data!$A$1:$A$9,"Data!A1")'],
        ['=Cell+1'],
      ];
      data.name = 'My data';
    });
    expect(cellAt(excel.state, 'Sheet1', 'A1')?.formula).toBe(`=COUNTIF('My data'!$A$1:$A$9,"Data!A1")`);
    expect(excel.state.names.get('cell')?.formula).toBe(`='My data'!$B$2`);
    expect(referencesTo(cellAt(excel.state, 'Sheet1', 'A1')!.formula!, 'my data')).toEqual(['$A$1:$A$9']);
    await excel.run(async (ctx) => ctx.workbook.worksheets.getItem('My data').delete());
    expect(cellAt(excel.state, 'Sheet1', 'A1')?.formula).toBe('=COUNTIF(#REF!,"Data!A1")');
    expect(excel.state.names.get('cell')?.formula).toBe('=#REF!');
  });

  it('fails an operation the test asks to fail, keeping what came before it', async () => {
    const excel = createFakeExcel();
    excel.failWhen((op) => op.action === 'set:values' && op.target.includes('A2'));
    const err = await rejection(
      excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['kept']];
        sheet.getRange('A2').values = [['failed']];
        sheet.getRange('A3').values = [['dropped']];
      }),
    );
    expect(err.code).toBe('GeneralException');
    expect(cellAt(excel.state, 'Sheet1', 'A1')?.value).toBe('kept');
    expect(cellAt(excel.state, 'Sheet1', 'A2')).toBeUndefined();
    expect(cellAt(excel.state, 'Sheet1', 'A3')).toBeUndefined();
    excel.failWhen(null);
  });
});

describe('strict fake Excel: charts, page layout, custom properties, note sizes', () => {
  it('draws a chart from a block with a series per column after the first', async () => {
    const excel = createFakeExcel({ sheets: ['Summary'] });
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Summary');
      sheet.getRange('A1:C3').values = [
        ['Rec', 'Complete', 'Planned'],
        ['Rec 2', 1, 2],
        ['Rec 4', 3, 4],
      ];
      const chart = sheet.charts.add('BarStacked', sheet.getRange('A1:C3'), 'Columns');
      chart.title.text = 'Status by recommendation';
      chart.series.getItemAt(1).format.fill.setSolidColor('#FFC000');
      chart.series.getItemAt(1).dataLabels.showValue = true;
      chart.series.getItemAt(1).dataLabels.format.font.color = '#000000';
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.valueAxis.maximum = 43;
      chart.legend.position = 'Bottom';
      chart.setPosition('E1', 'K20');
    });
    const [chart] = findSheet(excel.state, 'Summary')!.charts;
    expect(chart).toMatchObject({
      type: 'BarStacked',
      title: 'Status by recommendation',
      categoryAxis: { reversePlotOrder: true },
      valueAxis: { maximum: 43 },
      legend: { position: 'Bottom' },
      position: { r0: 0, c0: 4, r1: 19, c1: 10 },
    });
    expect(chart.series.map((s) => [s.name, s.fill, s.dataLabels.showValue])).toEqual([
      ['Complete', null, false],
      ['Planned', '#FFC000', true],
    ]);
    const missing = await rejection(
      excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Summary');
        sheet.charts.add('BarStacked', sheet.getRange('A1:C3'), 'Columns').series.getItemAt(2);
      }),
    );
    expect(missing.code).toBe('ItemNotFound');
  });

  it('sets print orientation, fit, area and title rows, refusing title rows that are not whole rows', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('Sheet1').pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea('A1:H50');
      layout.setPrintTitleRows('4:7');
    });
    expect(findSheet(excel.state, 'Sheet1')!.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: { r0: 0, c0: 0, r1: 49, c1: 7 },
      titleRows: { from: 3, to: 6 },
    });
    const err = await rejection(
      excel.run(async (ctx) =>
        ctx.workbook.worksheets.getItem('Sheet1').pageLayout.setPrintTitleRows('A4:B7'),
      ),
    );
    expect(err.code).toBe('InvalidArgument');
  });

  it('keeps custom properties with a sheet, readable as null where absent', async () => {
    const excel = createFakeExcel({ sheets: ['Mine', 'Theirs'] });
    const ctx = excel.newContext();
    ctx.workbook.worksheets.getItem('Mine').customProperties.add('OIC Tracker', 'matrix');
    const mine = ctx.workbook.worksheets.getItem('Mine').customProperties.getItemOrNullObject('oic tracker');
    const theirs = ctx.workbook.worksheets
      .getItem('Theirs')
      .customProperties.getItemOrNullObject('OIC Tracker');
    mine.load('value');
    theirs.load('value');
    await ctx.sync();
    expect(mine.value).toBe('matrix');
    expect(theirs.isNullObject).toBe(true);
  });

  it('sizes a note, and refuses a size on a comment', async () => {
    const excel = createFakeExcel();
    await excel.run(async (ctx) => {
      const note = ctx.workbook.worksheets.getItem('Sheet1').notes.add('B2', 'Evidence');
      note.width = 300;
      note.height = 120;
    });
    expect(findSheet(excel.state, 'Sheet1')!.notes[0]).toMatchObject({ width: 300, height: 120 });
    const err = await rejection(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').comments.add('C3', 'x').width = 10;
      }),
    );
    expect(err.code).toBe('InvalidArgument');
  });
});
