/**
 * The Network section's picture as PNG, for the Word export (Word shows SVG only from 2016 on,
 * and only beside a PNG). resvg draws the SVG the section already makes, without a DOM or a
 * browser, from its prebuilt binary; the system's fonts draw the labels.
 */
import { Resvg } from '@resvg/resvg-js';

export interface Png {
  data: Buffer;
  /** The picture's size in CSS pixels (the bitmap has twice as many, for print). */
  width: number;
  height: number;
}

export function networkPng(svg: string): Png {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { data: rendered.asPng(), width: rendered.width / 2, height: rendered.height / 2 };
}
