/**
 * ExcelJS gives every note the same small box (two columns by four rows), which cuts off the evidence
 * a matrix note carries. It offers no setting for it, so this sizes the box from the note's own text,
 * by wrapping the one method that works out the box. If a later ExcelJS moves that method, notes keep
 * the default size rather than the file breaking.
 */

interface AnchorModel {
  anchor?: unknown;
  refAddress: { row: number; col: number };
  note?: { texts?: Array<{ text?: string }> };
}
type Rect = number[];
interface AnchorXform {
  prototype: {
    render(xmlStream: unknown, model: AnchorModel): void;
    getDefaultRect(ref: AnchorModel['refAddress']): Rect;
    __oicSized?: boolean;
  };
}

const CHARS_PER_LINE = 60;
const COLUMNS_WIDE = 4;
const LINES_PER_ROW = 1.25;
const MAX_ROWS = 40;

/** Rows of sheet a note box needs for its text, at the width this module gives it. */
export function noteRows(text: string): number {
  const lines = text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  return Math.min(MAX_ROWS, Math.max(4, Math.ceil(lines / LINES_PER_ROW) + 1));
}

export function sizeNotesToText(): void {
  let xform: AnchorXform;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    xform = require('exceljs/lib/xlsx/xform/comment/vml-anchor-xform') as AnchorXform;
  } catch {
    return;
  }
  const proto = xform.prototype;
  if (proto.__oicSized || typeof proto.render !== 'function' || typeof proto.getDefaultRect !== 'function')
    return;
  const original = proto.getDefaultRect;
  const originalRender = proto.render;
  proto.render = function render(this: AnchorXform['prototype'], xmlStream, model) {
    if (model.anchor) return originalRender.call(this, xmlStream, model);
    const text = (model.note?.texts ?? []).map((t) => t.text ?? '').join('');
    const rect = original.call(this, model.refAddress);
    const [l, lf, t, tf] = rect;
    const sized = [l, lf, t, tf, l + COLUMNS_WIDE, 0, t + noteRows(text), 0];
    (xmlStream as { leafNode(tag: string, attrs: null, text: string): void }).leafNode(
      'x:Anchor',
      null,
      sized.join(', '),
    );
  };
  proto.__oicSized = true;
}
