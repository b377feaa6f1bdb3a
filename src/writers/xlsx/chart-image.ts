import type { ChartPlan } from '../../plan/types';
import { encodePng } from './png';
import { GLYPH_HEIGHT, Raster, textWidth } from './raster';

const SCALE = 2;
const TEXT = '262626';
const GRID = 'D9D9D9';
const AXIS = '595959';
const GAP = 'FFFFFF';

/** Where the picture's parts fall, so tests can look at the pixels that matter. */
export interface ChartLayout {
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  /** Top and bottom pixel of each category's bar. */
  bars: Array<{ top: number; bottom: number }>;
  /** x of a value on the value axis. */
  x(value: number): number;
}

export function chartLayout(chart: ChartPlan): ChartLayout {
  const labelWidth = Math.max(0, ...chart.categories.map((c) => textWidth(c, SCALE)));
  const plotLeft = labelWidth + 20;
  const plotRight = chart.width - 24;
  const plotTop = 12;
  const plotBottom = chart.height - (GLYPH_HEIGHT * SCALE * 2 + 22);
  const band = (plotBottom - plotTop) / Math.max(1, chart.categories.length);
  const thickness = Math.min(48, band * 0.66);
  const bars = chart.categories.map((_, i) => {
    const top = Math.round(plotTop + band * i + (band - thickness) / 2);
    return { top, bottom: Math.round(top + thickness) };
  });
  const max = chart.max > 0 ? chart.max : 1;
  return {
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    bars,
    x: (v) => plotLeft + (v / max) * (plotRight - plotLeft),
  };
}

/** A tick step of 1, 2 or 5 times a power of ten that gives about five ticks. */
export function tickStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
}

/**
 * Draws a stacked bar chart as a PNG: a bar per category, a segment per series in the series' colour,
 * a white gap between segments (so neighbouring segments of one colour stay apart), the count on each
 * segment wide enough to hold it, category labels on the left and a value axis with ticks below.
 * The title and the legend are cells beside the picture, which spreadsheet programs draw better.
 */
export function drawChart(chart: ChartPlan): { png: Buffer; raster: Raster; layout: ChartLayout } {
  const raster = new Raster(chart.width, chart.height);
  const layout = chartLayout(chart);
  const { plotLeft, plotRight, plotTop, plotBottom, bars, x } = layout;
  const step = tickStep(chart.max);

  for (let v = 0; v <= chart.max; v += step)
    raster.fillRect(Math.round(x(v)), plotTop, 1, plotBottom - plotTop, GRID);
  raster.fillRect(plotLeft, plotTop, 1, plotBottom - plotTop + 4, AXIS);
  raster.fillRect(plotLeft, plotBottom, plotRight - plotLeft + 1, 1, AXIS);

  chart.categories.forEach((category, i) => {
    const { top, bottom } = bars[i];
    const labelY = Math.round((top + bottom) / 2 - (GLYPH_HEIGHT * SCALE) / 2);
    raster.text(plotLeft - 12 - textWidth(category, SCALE), labelY, category, TEXT, SCALE);
    let sum = 0;
    for (const series of chart.series) {
      const value = series.values[i] ?? 0;
      if (value <= 0) continue;
      const x0 = Math.round(x(sum));
      const x1 = Math.round(x(sum + value));
      raster.fillRect(x0, top, x1 - x0, bottom - top, series.color);
      if (sum > 0) raster.fillRect(x0, top, 1, bottom - top, GAP);
      const label = String(value);
      const w = textWidth(label, SCALE);
      if (x1 - x0 >= w + 4 && bottom - top >= GLYPH_HEIGHT * SCALE + 4) {
        raster.text(Math.round((x0 + x1 - w) / 2) + 1, labelY, label, series.labelColor, SCALE);
      }
      sum += value;
    }
  });

  const tickY = plotBottom + 8;
  for (let v = 0; v <= chart.max; v += step) {
    const label = String(v);
    raster.fillRect(Math.round(x(v)), plotBottom, 1, 5, AXIS);
    raster.text(Math.round(x(v) - textWidth(label, SCALE) / 2), tickY, label, TEXT, SCALE);
  }
  const axisTitle = 'Forces';
  raster.text(
    Math.round((plotLeft + plotRight - textWidth(axisTitle, SCALE)) / 2),
    tickY + GLYPH_HEIGHT * SCALE + 6,
    axisTitle,
    TEXT,
    SCALE,
  );
  return { png: encodePng(chart.width, chart.height, raster.pixels), raster, layout };
}
