import { layoutPages, type TextPiece } from '../../src/source/pdf-layout';

/** Pieces for lines of text at 11pt, 14pt apart, starting at y; `gapBefore` adds space above a line. */
function lines(
  specs: Array<string | { text: string; gapBefore?: number; x?: number; size?: number }>,
  top = 770,
) {
  const out: TextPiece[] = [];
  let y = top + 14;
  for (const spec of specs) {
    const s = typeof spec === 'string' ? { text: spec } : spec;
    const size = s.size ?? 11;
    y -= 14 + (s.gapBefore ?? 0);
    out.push({ str: s.text, x: s.x ?? 72, y, width: s.text.length * 5.5, height: size });
  }
  return out;
}

const FULL = 'x'.repeat(80); // 440pt wide: a wrapped line
describe('laying out PDF text', () => {
  test('puts lines one a line and separates paragraphs at wider gaps', () => {
    const page = lines([
      'Dear Home Secretary',
      { text: 'First line of a paragraph', gapBefore: 10 },
      'and its second line',
    ]);
    expect(layoutPages([page])).toBe('Dear Home Secretary\n\nFirst line of a paragraph\nand its second line');
  });

  test('joins pieces of one line left to right, adding spaces only where there is a gap', () => {
    const page: TextPiece[] = [
      { str: 'Secretary', x: 132, y: 700, width: 48, height: 11 },
      { str: 'Home', x: 72, y: 700, width: 28, height: 11 },
      { str: 'Office', x: 102.5, y: 700, width: 26, height: 11 }, // 2.5pt gap: a word space
      { str: 'ing', x: 180, y: 700, width: 15, height: 11 }, // abutting: same word
      { str: '2', x: 195.5, y: 703, width: 4, height: 7 }, // a footnote mark, raised
    ];
    expect(layoutPages([page])).toBe('Home Office Secretarying2');
  });

  test('marks a wide gap on a line, a column or tab stop, with " | "', () => {
    const page: TextPiece[] = [
      { str: 'Recommendation 8', x: 72, y: 700, width: 90, height: 11 },
      { str: 'Accepted', x: 300, y: 700, width: 45, height: 11 },
    ];
    expect(layoutPages([page])).toBe('Recommendation 8 | Accepted');
  });

  test('starts a paragraph where the text size changes', () => {
    const page = lines([{ text: 'Recommendation 2', size: 14 }, 'By 30 April 2026, chief constables should']);
    expect(layoutPages([page])).toBe('Recommendation 2\n\nBy 30 April 2026, chief constables should');
  });

  test('drops running headers and page-numbered footers repeated on every page', () => {
    const page = (n: number, body: string[]) => [
      { str: 'OFFICIAL', x: 277, y: 806, width: 40, height: 9 },
      ...lines(body),
      { str: `Page ${n} of 3`, x: 270, y: 30, width: 46, height: 9 },
    ];
    const text = layoutPages([page(1, ['One.']), page(2, ['Two.']), page(3, ['Three.'])]);
    expect(text).toBe('One.\n\nTwo.\n\nThree.');
  });

  test('keeps a line that repeats at the top of pages but not on all of them', () => {
    const page = (top: string, body: string) =>
      lines([top, { text: body, gapBefore: 10 }, `and more of ${body}`]);
    const pages = [page('Response', 'A.'), page('Response', 'B.'), page('Other', 'C.')];
    expect(layoutPages(pages)).toBe(
      'Response\n\nA.\nand more of A.\n\nResponse\n\nB.\nand more of B.\n\nOther\n\nC.\nand more of C.',
    );
  });

  test('drops lone page numbers even on a one-page letter', () => {
    const page = [...lines(['Dear Home Secretary']), { str: '- 1 -', x: 290, y: 30, width: 15, height: 9 }];
    expect(layoutPages([page])).toBe('Dear Home Secretary');
  });

  test('keeps a paragraph whole across a page break when the last line is wrapped mid-sentence', () => {
    const text = layoutPages([lines([FULL, `${'y'.repeat(78)} the`]), lines(['rest of the sentence.'])]);
    expect(text).toBe(`${FULL}\n${'y'.repeat(78)} the\nrest of the sentence.`);
  });

  test('starts a new paragraph after a page break when the last line is short', () => {
    const text = layoutPages([lines([FULL, 'Yours sincerely']), lines(['Police and Crime Commissioner'])]);
    expect(text).toBe(`${FULL}\nYours sincerely\n\nPolice and Crime Commissioner`);
  });

  test('starts a new paragraph after a page break when the last line ends a sentence, full or not', () => {
    const text = layoutPages([lines([FULL, `${'z'.repeat(78)}.`]), lines(['The next paragraph.'])]);
    expect(text).toBe(`${FULL}\n${'z'.repeat(78)}.\n\nThe next paragraph.`);
  });

  test('starts a new paragraph after a page break when the next word would have fitted', () => {
    const text = layoutPages([lines([FULL, 'w'.repeat(66)]), lines(['As required by statute'])]);
    expect(text).toBe(`${FULL}\n${'w'.repeat(66)}\n\nAs required by statute`);
  });

  test('keeps a list together across a page break', () => {
    const text = layoutPages([
      lines(['We will:', { text: '- train officers', gapBefore: 10 }]),
      lines(['- share intelligence']),
    ]);
    expect(text).toBe('We will:\n\n- train officers\n- share intelligence');
  });

  test('gives nothing for pages with no text', () => {
    expect(layoutPages([[], [{ str: '   ', x: 72, y: 700, width: 10, height: 11 }]])).toBe('');
  });
});
