import { STATUS_COLOURS, PALETTE, contrastRatio, relativeLuminance } from '../../src/plan/colours';
import { STATUSES } from '../../src/parse/types';
import { samplePlan } from './helpers';

describe('contrastRatio', () => {
  it.each([
    ['000000', 'FFFFFF', 21],
    ['FFFFFF', '000000', 21],
    ['777777', '777777', 1],
    ['767676', 'FFFFFF', 4.54],
  ])('gives %s on %s a ratio of %d', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it('measures luminance on the WCAG scale', () => {
    expect(relativeLuminance('FFFFFF')).toBeCloseTo(1, 5);
    expect(relativeLuminance('000000')).toBe(0);
  });
});

describe('status colours', () => {
  it.each([
    ['Complete', 'Blue'],
    ['In progress', 'Green'],
    ['Planned', 'Amber'],
    ['Acknowledged', 'Red'],
    ['Not accepted', 'Red'],
    ['Not mentioned', 'Red'],
    ['No response', 'Grey'],
  ])('puts %s in the %s band (DESIGN.md)', (status, band) => {
    expect(STATUS_COLOURS[status as keyof typeof STATUS_COLOURS].band).toBe(band);
  });

  it.each(STATUSES)('keeps "%s" readable on its fill (contrast at least 4.5:1)', (status) => {
    const { fill, fontColor } = STATUS_COLOURS[status];
    expect(contrastRatio(fill, fontColor)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the other text the plan draws on a fill readable, wherever it sits', () => {
    const plan = samplePlan();
    const pairs: Array<[string, string]> = [];
    for (const s of plan.sheets) {
      for (const cf of s.conditionalFormats) for (const r of cf.rules) pairs.push([r.fill, r.fontColor]);
      for (const f of s.formats) {
        if (f.style.fill) pairs.push([f.style.fill, f.style.fontColor ?? PALETTE.text]);
      }
    }
    // Overdue text sits on white rows and on banded rows.
    pairs.push([PALETTE.white, PALETTE.overdueText], [PALETTE.bandFill, PALETTE.overdueText]);
    expect(pairs.length).toBeGreaterThan(20);
    for (const [fill, text] of pairs)
      expect({ fill, text, ok: contrastRatio(fill, text) >= 4.5 }).toEqual({ fill, text, ok: true });
  });
});
