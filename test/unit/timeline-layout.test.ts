import { describe, expect, it } from 'vitest';
import {
  MAX_SCALE,
  MIN_SCALE,
  ROWS,
  boxAt,
  clearOfUnitName,
  estimateLabelWidth,
  unitNameRoom,
  dayNumber,
  daySpan,
  fitView,
  isoOfDay,
  layoutLanes,
  sortForLanes,
  tickUnit,
  ticks,
  visibleBoxes,
  zoomAt,
  type LaneInput,
} from '../../renderer/views/timeline/layout.ts';

const d = dayNumber;

function item(id: string, start: string, end: string, labelWidth = 0): LaneInput {
  return { id, ...daySpan({ start, end }), labelWidth };
}

/** No two boxes of a lane overlap (bar plus label when labelled). */
function overlaps(items: LaneInput[], scale: number, maxLanes?: number) {
  const layout = layoutLanes(sortForLanes(items), { scale, gap: 0, minWidth: 6, maxLanes });
  const widths = new Map(items.map((i) => [i.id, i.labelWidth]));
  const bad: string[] = [];
  for (const a of layout.boxes) {
    for (const b of layout.boxes) {
      if (a === b || a.lane !== b.lane) continue;
      const label = (box: typeof a) => (box.labelled && !box.labelInside ? widths.get(box.id)! : 0);
      const aEnd = a.x + a.width + label(a);
      const bEnd = b.x + b.width + label(b);
      if (a.x < bEnd && b.x < aEnd) bad.push(`${a.id}/${b.id}`);
    }
  }
  return { layout, bad };
}

describe('timeline days', () => {
  it('count days since 1970 and back', () => {
    expect(d('1970-01-01')).toBe(0);
    expect(d('2021-03-16')).toBe(18702);
    expect(isoOfDay(18702)).toBe('2021-03-16');
    expect(d('2021-02-30')).toBe(d('2021-03-02'));
    expect(Number.isNaN(d('March'))).toBe(true);
  });

  it('make a span of every day a range covers, both ends included', () => {
    expect(daySpan({ start: '2021-03-16', end: '2021-03-17' })).toEqual({
      start: d('2021-03-16'),
      end: d('2021-03-18'),
    });
    // A month-precision event spans its whole month: 31 days, not one.
    const march = daySpan({ start: '2021-03-01', end: '2021-03-31' });
    expect(march.end - march.start).toBe(31);
  });
});

describe('timeline lanes', () => {
  it('put events that do not overlap in one lane, and overlapping ones in separate lanes', () => {
    const items = [
      item('a', '2021-03-01', '2021-03-31'),
      item('b', '2021-03-16', '2021-03-17'),
      item('c', '2021-04-02', '2021-04-02'),
      item('d', '2021-03-20', '2021-04-05'),
    ];
    const { layout, bad } = overlaps(items, 10);
    expect(bad).toEqual([]);
    const lane = (id: string) => layout.byId.get(id)!.lane;
    expect(lane('a')).toBe(0);
    expect(lane('b')).toBe(1);
    expect(lane('c')).toBe(0);
    expect(lane('d')).toBe(1);
    expect(layout.laneCount).toBe(2);
  });

  it('draw a month-precision event wider than a day event at the same scale', () => {
    const layout = layoutLanes(
      sortForLanes([
        item('month', '2021-03-01', '2021-03-31'),
        item('day', '2021-03-16', '2021-03-16'),
      ]),
      { scale: 4 },
    );
    expect(layout.byId.get('month')!.width).toBe(124);
    expect(layout.byId.get('day')!.width).toBe(6); // the narrowest bar: 1 day at 4 px is 4 px
  });

  it('keep labels clear of the next event, and drop them when they would need too many lanes', () => {
    const items = Array.from({ length: 50 }, (_, i) =>
      item(`e${i}`, isoOfDay(d('2021-01-01') + i), isoOfDay(d('2021-01-01') + i), 120),
    );
    const labelled = overlaps(items, 20, 100);
    expect(labelled.bad).toEqual([]);
    expect(labelled.layout.compact).toBe(false);
    expect(labelled.layout.laneCount).toBe(7); // 20 px bar + 120 px label = 7 days

    const compact = overlaps(items, 20, 5);
    expect(compact.bad).toEqual([]);
    expect(compact.layout.compact).toBe(true);
    expect(compact.layout.laneCount).toBe(1);
  });

  it('never overlap, whatever the input', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const base = d('2020-01-01');
    const items = Array.from({ length: 400 }, (_, i) => {
      const start = base + Math.floor(random() * 700);
      const length = random() < 0.7 ? 0 : Math.floor(random() * 60);
      return item(`r${i}`, isoOfDay(start), isoOfDay(start + length), Math.floor(random() * 150));
    });
    for (const scale of [0.05, 0.5, 3, 40]) expect(overlaps(items, scale, 1000).bad).toEqual([]);
  });

  it('put a label inside a bar wide enough to hold it, and after a narrow one', () => {
    const layout = layoutLanes(
      sortForLanes([
        item('wide', '2021-03-01', '2021-03-31', 100),
        item('next', '2021-04-02', '2021-04-02', 100),
        item('narrow', '2021-05-01', '2021-05-01', 100),
      ]),
      { scale: 10 },
    );
    expect(layout.byId.get('wide')!.labelInside).toBe(true);
    expect(layout.byId.get('narrow')!.labelInside).toBe(false);
    // The wide bar's label takes no room after it: the next event shares its lane.
    expect(layout.byId.get('next')!.lane).toBe(0);
  });

  it('keep only the boxes in view', () => {
    const items = sortForLanes([
      item('in', '2021-03-10', '2021-03-10', 50),
      item('label-in', '2021-03-01', '2021-03-01', 200),
      item('out', '2021-06-01', '2021-06-01', 50),
    ]);
    const layout = layoutLanes(items, { scale: 10 });
    const widths = new Map(items.map((i) => [i.id, i.labelWidth]));
    const left = d('2021-03-05') * 10;
    const shown = visibleBoxes(layout, widths, left, left + 400).map((b) => b.id);
    expect(shown.sort()).toEqual(['in', 'label-in']);
  });

  it('find the bar or label under the pointer, with a little slack', () => {
    const items = sortForLanes([
      item('a', '2021-03-01', '2021-03-10', 60),
      item('b', '2021-03-05', '2021-03-05', 60),
    ]);
    const layout = layoutLanes(items, { scale: 10 });
    const widths = new Map(items.map((i) => [i.id, i.labelWidth]));
    const a = layout.byId.get('a')!;
    const b = layout.byId.get('b')!;
    const middle = (lane: number) => ROWS.top + lane * ROWS.row + ROWS.height / 2;
    const at = (x: number, y: number) => boxAt(layout, widths, x, y, ROWS)?.id ?? null;
    expect(at(a.x + 5, middle(a.lane))).toBe('a');
    expect(at(b.x + 1, middle(b.lane))).toBe('b');
    // b is one day wide: its label, drawn after it, is part of it.
    expect(b.labelInside).toBe(false);
    expect(at(b.x + b.width + 30, middle(b.lane))).toBe('b');
    expect(at(b.x + b.width + 59, middle(b.lane))).toBe('b');
    expect(at(b.x + b.width + 70, middle(b.lane))).toBeNull();
    // Just outside the bar counts; the space between lanes and before the first does not.
    expect(at(a.x - 1, middle(a.lane))).toBe('a');
    expect(at(a.x - 5, middle(a.lane))).toBeNull();
    expect(at(a.x + 5, ROWS.top + ROWS.height + 3)).toBeNull();
    expect(at(a.x + 5, ROWS.top * 2 + ROWS.row * 5)).toBeNull();
  });

  // How fast: `npm run bench` (timeline_zoom_frame_ms, 2,000 events), not a timed test here.
  it('lay out 2,000 events at every zoom, each once, none overlapping', () => {
    const base = d('2019-01-01');
    const items = Array.from({ length: 2000 }, (_, i) =>
      item(
        `x${i}`,
        isoOfDay(base + ((i * 37) % 1100)),
        isoOfDay(base + ((i * 37) % 1100) + (i % 5)),
        140,
      ),
    );
    for (const scale of [0.05, 0.4, 2, 10, 60]) {
      const { layout, bad } = overlaps(items, scale);
      expect(new Set(layout.boxes.map((box) => box.id)).size, `at ${scale}`).toBe(2000);
      expect(layout.boxes, `at ${scale}`).toHaveLength(2000);
      expect(bad, `at ${scale}`).toEqual([]);
    }
  });
});

describe('timeline zoom and ticks', () => {
  it('zoom around a point and stay within years..days', () => {
    const view = { origin: 1000, scale: 2 };
    const zoomed = zoomAt(view, 2, 300);
    expect(zoomed.scale).toBe(4);
    // The day under the pointer stays under it.
    expect(view.origin + 300 / view.scale).toBeCloseTo(zoomed.origin + 300 / zoomed.scale);
    expect(zoomAt(view, 1e9, 0).scale).toBe(MAX_SCALE);
    expect(zoomAt(view, 1e-9, 0).scale).toBe(MIN_SCALE);
  });

  it('fit every event in the width', () => {
    const spans = [
      daySpan({ start: '2021-01-01', end: '2021-01-01' }),
      daySpan({ start: '2021-12-01', end: '2021-12-31' }),
    ];
    const view = fitView(spans, 1000);
    const first = (spans[0]!.start - view.origin) * view.scale;
    const last = (spans[1]!.end - view.origin) * view.scale;
    expect(first).toBeGreaterThan(0);
    expect(last).toBeLessThan(1000);
  });

  it("fit the last events' labels too, so that Fit all cuts no title at the right edge", () => {
    const spans = [
      { ...daySpan({ start: '2018-01-01', end: '2018-12-31' }), labelWidth: 200 },
      { ...daySpan({ start: '2032-03-14', end: '2032-03-14' }), labelWidth: 220 },
      { ...daySpan({ start: '2032-03-15', end: '2032-03-15' }), labelWidth: 180 },
    ];
    const width = 940;
    const view = fitView(spans, width);
    const layout = layoutLanes(sortForLanes(spans.map((s, i) => ({ id: String(i), ...s }))), {
      scale: view.scale,
    });
    for (const box of layout.boxes) {
      const label = box.labelled && !box.labelInside ? spans[Number(box.id)]!.labelWidth : 0;
      const right = box.x - view.origin * view.scale + box.width + label;
      expect(right).toBeLessThanOrEqual(width);
      expect(box.x - view.origin * view.scale).toBeGreaterThan(0);
    }
    // A label wider than the view does not squeeze the bars to nothing.
    const huge = fitView([spans[0]!, { ...spans[1]!, labelWidth: 5000 }], width);
    expect((spans[1]!.end - spans[0]!.start) * huge.scale).toBeGreaterThan(width / 5);
  });

  it('count years far out, months in between, days close in', () => {
    expect(tickUnit(0.05).unit).toBe('years');
    expect(tickUnit(1).unit).toBe('months');
    expect(tickUnit(60)).toEqual({ unit: 'days', step: 1 });
    const yearTicks = ticks(d('2019-06-01'), d('2023-06-01'), 0.2).map((t) => t.label);
    expect(yearTicks).toEqual(['2020', '2021', '2022', '2023']);
    const monthTicks = ticks(d('2021-01-15'), d('2021-04-15'), 3).map((t) => t.label);
    expect(monthTicks).toEqual(['Feb', 'Mar', 'Apr']);
    const dayTicks = ticks(d('2021-03-15'), d('2021-03-18'), 80).map((t) => t.label);
    expect(dayTicks).toEqual(['15', '16', '17', '18']);
    expect(ticks(d('2021-02-27'), d('2021-03-02'), 80).find((t) => t.major)?.label).toBe(
      'Mar 2021',
    );
  });

  it('show no label under the unit name at the right end of the axis, at any zoom', () => {
    const width = 884;
    const origin = d('2000-01-01');
    // 73 px a year: 2011 and 2012 would end under "YEARS"; their lines stay.
    const years = ticks(origin, origin + width / 0.2, 0.2);
    const clear = clearOfUnitName(years, origin, 0.2, width, 'Years');
    expect(clear.map((t) => t.day)).toEqual(years.map((t) => t.day));
    expect(clear.map((t) => t.label).slice(-3)).toEqual(['2010', '', '']);
    for (const scale of [0.01, 0.05, 0.2, 1, 3, 20, 80]) {
      const name = tickUnit(scale).unit;
      const shown = clearOfUnitName(
        ticks(origin, origin + width / scale, scale),
        origin,
        scale,
        width,
        name,
      ).filter((t) => t.label !== '');
      expect(shown.length, `labels at ${scale} px a day`).toBeGreaterThan(1);
      for (const tick of shown)
        expect((tick.day - origin) * scale + estimateLabelWidth(tick.label)).toBeLessThanOrEqual(
          width - unitNameRoom(name),
        );
    }
  });

  it('keep day labels clear of the month’s wider label', () => {
    const labels = (from: string, to: string, scale: number) =>
      ticks(d(from), d(to), scale).map((t) => t.label);
    // Weeks at about 15 px a day: Monday the 5th would sit under “Aug 2024”.
    expect(labels('2024-07-28', '2024-08-20', 14.8)).toEqual(['29', 'Aug 2024', '12', '19']);
    // Days at 60 px: the 2nd gives way, the 28th before the month does not need to.
    expect(labels('2021-02-26', '2021-03-04', 60)).toEqual([
      '26',
      '27',
      '28',
      'Mar 2021',
      '3',
      '4',
    ]);
    // A day label right before the month's, with no room for it, gives way.
    expect(labels('2021-02-26', '2021-03-04', 20)).not.toContain('28');
  });
});
