/**
 * The time axis's bars, drawn on one canvas (issue #8). As one element each, ~1,650 bars in view
 * cost 50-60 ms of CPU per zoom step in React, style, layout and paint, and every scroll of the
 * event list beside them repainted them all. The bars look as they did as elements: a tint with
 * a border in the type's colour, a solid tick for a single day seen from afar, hatched with a
 * dashed border when only the month or the year is known, fading edges when approximate, paler
 * when the event is only possible. Colours come from the theme's custom properties.
 */
import { BUILT_IN_EVENT_TYPES } from '../../../electron/common/model/event.ts';
import type { LaneBox, LaneRows, Precision } from './layout.ts';

export type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb`, `rgb(…)` or `rgba(…)` (what a canvas gives back for any colour). */
export function parseColor(value: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (hex !== null) {
    const digits = hex[1]!;
    const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value.trim());
  if (rgb === null) return null;
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

/** CSS `color-mix(in srgb, a weight, b)`, weight from 0 to 1. */
export function mix(a: Rgb, b: Rgb, weight: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(a[i]! * weight + b[i]! * (1 - weight))) as unknown as Rgb;
}

export function cssColor([r, g, b]: Rgb, alpha = 1): string {
  return alpha === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export type BarKind = 'point' | 'span' | 'hatched' | 'fading';

/** How a bar shows how precisely its date is known. */
export function barKind(precision: Precision, width: number): BarKind {
  if (precision === 'month' || precision === 'year') return 'hatched';
  if (precision === 'approximate') return 'fading';
  return width < 10 ? 'point' : 'span';
}

/** The longest start of `text` (with an ellipsis when cut) that fits in `maxWidth` pixels. */
export function fitLabel(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + '…') <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : text.slice(0, low).trimEnd() + '…';
}

export interface AxisBar {
  box: LaneBox;
  label: string;
  labelWidth: number;
  /** `evt-meeting`…: the colour. */
  typeClass: string;
  precision: Precision;
  possible: boolean;
}

export interface AxisScene {
  /** CSS pixels of the visible lanes. */
  width: number;
  height: number;
  /** Pixels from day 0 to the left edge, and how far the lanes are scrolled down. */
  leftPx: number;
  scrollTop: number;
  rows: LaneRows;
  compact: boolean;
  bars: readonly AxisBar[];
  selectedId: string | null;
  hoveredId: string | null;
}

interface Theme {
  types: Map<string, Rgb>;
  surface: Rgb;
  text: string;
  faint: string;
  accent: string;
  font: string;
}

/** Room between a label and the edges of its box, as `.tl-label`'s padding. */
const LABEL_PADDING = 6;
/** The hatching's period along the bar, for stripes 4 px wide at 135° as the CSS had. */
const HATCH = 11;

export class AxisPainter {
  private readonly ctx: CanvasRenderingContext2D;
  private theme: Theme | null = null;
  private readonly patterns = new Map<string, CanvasPattern>();
  private readonly labels = new Map<string, string>();

  constructor(private readonly canvas: HTMLCanvasElement) {
    this.ctx = canvas.getContext('2d')!;
  }

  /** Read the colours again (the theme changed). */
  forgetTheme(): void {
    this.theme = null;
    this.patterns.clear();
  }

  draw(scene: AxisScene): void {
    const { canvas, ctx } = this;
    const dpr = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(scene.width * dpr);
    const pixelHeight = Math.round(scene.height * dpr);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
      canvas.style.width = `${scene.width}px`;
      canvas.style.height = `${scene.height}px`;
    }
    const theme = (this.theme ??= this.readTheme());
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, scene.width, scene.height);
    ctx.textBaseline = 'middle';
    let selected: AxisBar | undefined;
    for (const bar of scene.bars) {
      if (bar.box.id === scene.selectedId) selected = bar;
      else this.drawBar(bar, scene, theme, dpr);
    }
    // Last, so that its ring is above its neighbours.
    if (selected !== undefined) this.drawBar(selected, scene, theme, dpr);
  }

  private readTheme(): Theme {
    const style = getComputedStyle(this.canvas);
    const { ctx } = this;
    const color = (name: string): Rgb => {
      ctx.fillStyle = '#000';
      ctx.fillStyle = style.getPropertyValue(name).trim();
      return parseColor(String(ctx.fillStyle)) ?? [128, 128, 128];
    };
    return {
      types: new Map(BUILT_IN_EVENT_TYPES.map((type) => [`evt-${type}`, color(`--evt-${type}`)])),
      surface: color('--bg-surface'),
      text: cssColor(color('--text')),
      faint: cssColor(color('--text-faint')),
      accent: cssColor(color('--accent')),
      font: `${style.getPropertyValue('--text-sm').trim() || '12px'} ${style.getPropertyValue('--font-ui').trim() || 'sans-serif'}`,
    };
  }

  private drawBar(bar: AxisBar, scene: AxisScene, theme: Theme, dpr: number): void {
    const { ctx } = this;
    const { box } = bar;
    const snap = (v: number) => Math.round(v * dpr) / dpr;
    const x = snap(box.x - scene.leftPx);
    const w = Math.max(snap(box.x - scene.leftPx + box.width) - x, 1 / dpr);
    const y = scene.rows.top + box.lane * scene.rows.row - scene.scrollTop;
    const h = scene.rows.height;
    const radius = scene.compact ? 1 : 3;
    const color = theme.types.get(bar.typeClass) ?? theme.types.get('evt-other')!;
    const selected = box.id === scene.selectedId;
    const hovered = box.id === scene.hoveredId;

    ctx.globalAlpha = bar.possible ? 0.6 : 1;
    if (selected) {
      this.fillRound(x - 4, y - 4, w + 8, h + 8, radius + 4, theme.accent);
      this.fillRound(x - 2, y - 2, w + 4, h + 4, radius + 2, cssColor(theme.surface));
    } else if (hovered) {
      this.fillRound(x - 1, y - 1, w + 2, h + 2, radius + 1, cssColor(color));
    }
    switch (barKind(bar.precision, box.width)) {
      case 'point':
        this.fillRound(x, y, w, h, radius, cssColor(color));
        break;
      case 'span':
        this.fillRound(x, y, w, h, radius, cssColor(mix(color, theme.surface, 0.3)));
        this.strokeRound(x, y, w, h, radius, cssColor(color), false);
        break;
      case 'hatched':
        ctx.save();
        // The stripes start at the bar, not at the canvas, so they move with it.
        ctx.translate(x, y);
        this.fillRound(0, 0, w, h, radius, this.hatch(color, theme.surface, dpr));
        ctx.restore();
        this.strokeRound(x, y, w, h, radius, cssColor(color), true);
        break;
      case 'fading': {
        const tint = mix(color, theme.surface, 0.55);
        const gradient = ctx.createLinearGradient(x, 0, x + w, 0);
        const edge = Math.min(0.3, 16 / w);
        gradient.addColorStop(0, cssColor(tint, 0));
        gradient.addColorStop(edge, cssColor(tint));
        gradient.addColorStop(Math.max(0.7, 1 - edge), cssColor(tint));
        gradient.addColorStop(1, cssColor(tint, 0));
        this.fillRound(x, y, w, h, radius, gradient);
        break;
      }
    }
    ctx.globalAlpha = 1;

    if (!box.labelled) return;
    const left = box.labelInside ? x + 1 + LABEL_PADDING : x + w + LABEL_PADDING;
    const room = box.labelInside ? w - 2 - 2 * LABEL_PADDING : bar.labelWidth - 2 * LABEL_PADDING;
    if (room <= 0) return;
    ctx.font = `${bar.possible ? 'italic ' : ''}${selected ? '600 ' : ''}${theme.font}`;
    const text = this.fit(bar.label, room);
    ctx.fillStyle = theme.text;
    // 'middle' sits about a pixel above where CSS centres a line of text.
    ctx.fillText(text, left, y + h / 2 + 1);
    if (hovered) {
      ctx.fillStyle = theme.faint;
      ctx.fillRect(left, snap(y + h / 2 + 7), ctx.measureText(text).width, 1);
    }
  }

  private fillRound(
    x: number,
    y: number,
    w: number,
    h: number,
    radius: number,
    style: string | CanvasGradient | CanvasPattern,
  ): void {
    const { ctx } = this;
    ctx.fillStyle = style;
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, Math.min(radius, w / 2, h / 2));
    ctx.fill();
  }

  /** A 1 px border inside the box, as CSS draws it. */
  private strokeRound(
    x: number,
    y: number,
    w: number,
    h: number,
    radius: number,
    color: string,
    dashed: boolean,
  ): void {
    if (w < 3) return;
    const { ctx } = this;
    ctx.strokeStyle = color;
    ctx.lineWidth = 1;
    ctx.setLineDash(dashed ? [3, 3] : []);
    ctx.beginPath();
    ctx.roundRect(
      x + 0.5,
      y + 0.5,
      w - 1,
      h - 1,
      Math.max(0, Math.min(radius, w / 2, h / 2) - 0.5),
    );
    ctx.stroke();
    ctx.setLineDash([]);
  }

  /** Stripes at 135° in two tints of the colour, in a tile sharp at this pixel ratio. */
  private hatch(color: Rgb, surface: Rgb, dpr: number): CanvasPattern {
    const key = `${color.join()}/${dpr}`;
    const cached = this.patterns.get(key);
    if (cached !== undefined) return cached;
    const size = Math.round(HATCH * dpr);
    const tile = document.createElement('canvas');
    tile.width = size;
    tile.height = size;
    const t = tile.getContext('2d')!;
    t.fillStyle = cssColor(mix(color, surface, 0.1));
    t.fillRect(0, 0, size, size);
    t.fillStyle = cssColor(mix(color, surface, 0.3));
    // Bands where (x + y) mod size < size / 2: the tile repeats without a seam.
    for (let k = -1; k <= 2; k++) {
      const a = k * size;
      const b = a + size / 2;
      t.beginPath();
      t.moveTo(a, 0);
      t.lineTo(b, 0);
      t.lineTo(b - 2 * size, 2 * size);
      t.lineTo(a - 2 * size, 2 * size);
      t.fill();
    }
    const pattern = this.ctx.createPattern(tile, 'repeat')!;
    pattern.setTransform(new DOMMatrix().scale(1 / dpr));
    this.patterns.set(key, pattern);
    return pattern;
  }

  /** `fitLabel` with the canvas's font, remembered: the same labels come back every frame. */
  private fit(label: string, room: number): string {
    const key = `${this.ctx.font}\n${Math.floor(room)}\n${label}`;
    let text = this.labels.get(key);
    if (text === undefined) {
      if (this.labels.size > 20_000) this.labels.clear();
      text = fitLabel(label, room, (s) => this.ctx.measureText(s).width);
      this.labels.set(key, text);
    }
    return text;
  }
}
