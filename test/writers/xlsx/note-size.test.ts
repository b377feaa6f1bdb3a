import { noteRows, sizeNotesToText } from '../../../src/writers/xlsx/note-size';

describe('note boxes', () => {
  it.each([
    ['one line', 4],
    [Array(12).fill('a line').join('\n'), 11],
    ['x'.repeat(600), 9],
    [Array(200).fill('a line').join('\n'), 40],
  ])('give %#: a box tall enough for the text, within limits', (text, rows) => {
    expect(noteRows(text)).toBe(rows);
  });

  it("are sized from the note's text when ExcelJS writes them", () => {
    sizeNotesToText();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Anchor = require('exceljs/lib/xlsx/xform/comment/vml-anchor-xform');
    const written: string[] = [];
    const stream = { leafNode: (_tag: string, _attrs: unknown, text: string) => written.push(text) };
    const text = Array(12).fill('a line').join('\n');
    new Anchor().render(stream, { refAddress: { row: 10, col: 5 }, note: { texts: [{ text }] } });
    const [left, , top, , right, , bottom] = written[0].split(', ').map(Number);
    expect(right - left).toBe(4);
    expect(bottom - top).toBe(noteRows(text));
  });

  it('keeps an anchor ExcelJS already has', () => {
    sizeNotesToText();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Anchor = require('exceljs/lib/xlsx/xform/comment/vml-anchor-xform');
    const written: string[] = [];
    const stream = { leafNode: (_tag: string, _attrs: unknown, text: string) => written.push(text) };
    new Anchor().render(stream, {
      anchor: { left: 1, top: 2, right: 3, bottom: 4 },
      refAddress: { row: 1, col: 1 },
    });
    expect(written).toEqual(['1, 0, 2, 0, 3, 0, 4, 0']);
  });
});
