import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import type { ChartPlan } from '../../../src/plan/types';
import { chartLayout, drawChart, tickStep } from '../../../src/writers/xlsx/chart-image';
import { crc32, encodePng } from '../../../src/writers/xlsx/png';
import { samplePlan } from '../../plan/helpers';

/** Chunks of a PNG file, with each CRC checked against zlib's. */
function chunks(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('ascii');
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(zlibCrc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

/** Pixels back out of a PNG this encoder wrote (filter 0 rows). */
function decode(png: Buffer) {
  const parts = chunks(png);
  const ihdr = parts.find((c) => c.type === 'IHDR')!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const pixel = (x: number, y: number) => {
    const row = y * (width * 4 + 1);
    expect(raw[row]).toBe(0);
    const i = row + 1 + x * 4;
    return [raw[i], raw[i + 1], raw[i + 2]]
      .map((v) => v.toString(16).padStart(2, '0').toUpperCase())
      .join('');
  };
  return { width, height, bitDepth: ihdr[8], colourType: ihdr[9], pixel, types: parts.map((c) => c.type) };
}

describe('the PNG encoder', () => {
  it('writes a valid PNG of the given size whose pixels decode back unchanged', () => {
    const rgba = new Uint8Array(3 * 2 * 4);
    const colours = ['FF0000', '00FF00', '0000FF', '123456', 'FFFFFF', '000000'];
    colours.forEach((hex, i) => {
      rgba.set(
        [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16)),
        i * 4,
      );
      rgba[i * 4 + 3] = 255;
    });
    const png = decode(encodePng(3, 2, rgba));
    expect([png.width, png.height, png.bitDepth, png.colourType]).toEqual([3, 2, 8, 6]);
    expect(png.types).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([0, 1, 2, 3, 4, 5].map((i) => png.pixel(i % 3, Math.floor(i / 3)))).toEqual(colours);
  });

  it.each([
    [0, 1, 0],
    [2, 2, 15],
  ])('refuses %i × %i pixels given %i bytes', (w, h, n) => {
    expect(() => encodePng(w, h, new Uint8Array(n))).toThrow(/picture|bytes/);
  });

  it('computes the CRC-32 PNG uses', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('the chart picture', () => {
  const chart = samplePlan().sheets.find((s) => s.role === 'summary')!.charts![0];
  const { png } = drawChart(chart);
  const image = decode(png);
  const layout = chartLayout(chart);
  const mid = (i: number) => Math.round((layout.bars[i].top + layout.bars[i].bottom) / 2);
  /** A pixel inside a segment, away from its label and its edges. */
  const inside = (i: number, from: number, to: number) =>
    [Math.round((layout.x(from) + layout.x(to)) / 2), layout.bars[i].top + 2] as const;

  it('is the size the plan asks for', () => {
    expect([image.width, image.height]).toEqual([chart.width, chart.height]);
  });

  it('draws each segment in its status colour, as long as its count', () => {
    chart.categories.forEach((_, i) => {
      let sum = 0;
      for (const series of chart.series) {
        const v = series.values[i];
        if (v > 0) expect(image.pixel(...inside(i, sum, sum + v))).toBe(series.color);
        sum += v;
      }
      expect(sum).toBe(chart.max);
      expect(image.pixel(Math.round(layout.x(chart.max)) - 2, mid(i))).toBe(chart.series[6].color);
      expect(image.pixel(Math.round(layout.x(chart.max)) + 3, mid(i))).not.toBe(chart.series[6].color);
    });
  });

  it('keeps a white gap between neighbouring segments, so two of one colour stay apart', () => {
    const two: ChartPlan = {
      ...chart,
      categories: ['Rec 2'],
      series: chart.series.map((s, i) => ({ ...s, values: [i === 3 || i === 4 ? 10 : 0] })),
      max: 20,
    };
    const drawn = decode(drawChart(two).png);
    const l = chartLayout(two);
    const y = l.bars[0].top + 2;
    const boundary = Math.round(l.x(10));
    expect(drawn.pixel(boundary, y)).toBe('FFFFFF');
    expect(drawn.pixel(boundary - 3, y)).toBe('C00000');
    expect(drawn.pixel(boundary + 3, y)).toBe('C00000');
  });

  it.each([
    [43, 10],
    [8, 2],
    [3, 1],
    [120, 50],
    [0, 1],
  ])('spaces value ticks for a maximum of %i every %i', (max, step) => {
    expect(tickStep(max)).toBe(step);
  });
});
