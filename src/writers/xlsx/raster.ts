/**
 * An RGBA pixel buffer with the two things a bar chart needs: filled rectangles and short labels in a
 * 5 × 7 pixel font (digits and the few letters chart labels use; other characters leave a gap).
 */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background = 'FFFFFF',
  ) {
    this.pixels = new Uint8Array(width * height * 4);
    this.fillRect(0, 0, width, height, background);
  }

  /** Fills the pixels from (x, y), w wide and h high, clipped to the picture. Colour is RRGGBB. */
  fillRect(x: number, y: number, w: number, h: number, colour: string): void {
    const [r, g, b] = rgb(colour);
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) {
      for (let xx = x0; xx < x1; xx++) {
        const i = (yy * this.width + xx) * 4;
        this.pixels[i] = r;
        this.pixels[i + 1] = g;
        this.pixels[i + 2] = b;
        this.pixels[i + 3] = 255;
      }
    }
  }

  /** RRGGBB of one pixel. */
  pixel(x: number, y: number): string {
    const i = (Math.floor(y) * this.width + Math.floor(x)) * 4;
    return [0, 1, 2].map((k) => this.pixels[i + k].toString(16).padStart(2, '0').toUpperCase()).join('');
  }

  /** Draws text with its top-left corner at (x, y); each font pixel is `scale` pixels square. */
  text(x: number, y: number, text: string, colour: string, scale = 2): void {
    let cx = x;
    for (const ch of text) {
      const glyph = GLYPHS[ch];
      if (glyph) {
        glyph.forEach((row, gy) => {
          for (let gx = 0; gx < 5; gx++) {
            if (row[gx] === '1') this.fillRect(cx + gx * scale, y + gy * scale, scale, scale, colour);
          }
        });
      }
      cx += ADVANCE * scale;
    }
  }
}

/** Width of a glyph cell, with its one-pixel gap. */
const ADVANCE = 6;
export const GLYPH_HEIGHT = 7;

export function textWidth(text: string, scale = 2): number {
  return text.length ? (text.length * ADVANCE - 1) * scale : 0;
}

function rgb(hex: string): [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const GLYPHS: Record<string, readonly string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  F: ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
  c: ['00000', '00000', '01110', '10000', '10000', '10001', '01110'],
  e: ['00000', '00000', '01110', '10001', '11111', '10000', '01110'],
  o: ['00000', '00000', '01110', '10001', '10001', '10001', '01110'],
  r: ['00000', '00000', '10110', '11001', '10000', '10000', '10000'],
  s: ['00000', '00000', '01111', '10000', '01110', '00001', '11110'],
  '%': ['11001', '11010', '00010', '00100', '01000', '01011', '10011'],
};
