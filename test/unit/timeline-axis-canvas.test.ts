import { describe, expect, it } from 'vitest';
import {
  barKind,
  cssColor,
  fitLabel,
  mix,
  parseColor,
} from '../../renderer/views/timeline/axis-canvas.ts';

describe('timeline axis drawing', () => {
  it('reads the colours a canvas gives back', () => {
    expect(parseColor('#0072b2')).toEqual([0, 114, 178]);
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('rgba(30, 32, 36, 0.5)')).toEqual([30, 32, 36]);
    expect(parseColor('rgb(1 2 3)')).toEqual([1, 2, 3]);
    expect(parseColor('var(--x)')).toBeNull();
  });

  it('mixes as color-mix in srgb does', () => {
    // color-mix(in srgb, #0072b2 30%, #ffffff)
    expect(mix([0, 114, 178], [255, 255, 255], 0.3)).toEqual([179, 213, 232]);
    expect(cssColor([1, 2, 3])).toBe('rgb(1, 2, 3)');
    expect(cssColor([1, 2, 3], 0)).toBe('rgba(1, 2, 3, 0)');
  });

  it('shows how precisely a date is known', () => {
    expect(barKind('day', 40)).toBe('span');
    expect(barKind('day', 6)).toBe('point');
    expect(barKind('month', 6)).toBe('hatched');
    expect(barKind('year', 400)).toBe('hatched');
    expect(barKind('approximate', 40)).toBe('fading');
  });

  it('cuts a label that does not fit, with an ellipsis', () => {
    const measure = (s: string) => s.length * 7;
    expect(fitLabel('Talks in Tokyo', 200, measure)).toBe('Talks in Tokyo');
    expect(fitLabel('Talks in Tokyo', 49, measure)).toBe('Talks…');
    expect(measure(fitLabel('Talks in Tokyo', 60, measure))).toBeLessThanOrEqual(60);
    expect(fitLabel('Talks', 5, measure)).toBe('');
  });
});
