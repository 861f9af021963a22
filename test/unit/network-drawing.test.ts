import { describe, expect, it } from 'vitest';
import {
  forceLayout,
  forceLayoutWarmUp,
  layoutKey,
} from '../../electron/common/chart/network-layout.ts';
import { labelWidth, networkSvg, shapeOf } from '../../electron/common/chart/network-svg.ts';

const ring = (n: number) => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}` })),
  links: Array.from({ length: n }, (_, i) => ({ source: `n${i}`, target: `n${(i + 1) % n}` })),
});

describe('the network layout (ForceAtlas2)', () => {
  it('places every node, the same way each time, and apart from each other', () => {
    const first = forceLayout(ring(30));
    expect(first.size).toBe(30);
    expect(forceLayout(ring(30))).toEqual(first);
    const points = [...first.values()];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(
          Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
        ).toBeGreaterThan(1);
  });

  it('lays a large graph out the same after the worker’s warm-up as without it', () => {
    // A kept layout is used for its key only if laying the graph out again gives the same.
    const large = ring(520);
    const cold = forceLayout(large);
    let steps = 0;
    for (const _ of forceLayoutWarmUp()) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(forceLayout(large)).toEqual(cold);
  });

  it('knows a layout by all it reads: the same input, the same key; any change, another', () => {
    const input = { ...ring(30), pinned: {} };
    const key = layoutKey(input);
    expect(layoutKey(structuredClone(input))).toBe(key);
    const changed = [
      { ...input, nodes: input.nodes.slice(1) },
      { ...input, nodes: input.nodes.map((n, i) => (i === 4 ? { ...n, size: 30 } : n)) },
      { ...input, links: input.links.slice(0, -1) },
      { ...input, links: [...input.links, { source: 'n1', target: 'n7' }] },
      { ...input, pinned: { n3: { x: 1, y: 2 } } },
      { ...input, pinned: { n3: { x: 1, y: 3 } } },
    ];
    const keys = new Set([key, ...changed.map(layoutKey)]);
    expect(keys.size).toBe(changed.length + 1);
  });

  it('keeps pinned nodes where the analyst put them', () => {
    const positions = forceLayout({ ...ring(10), pinned: { n3: { x: 500, y: -200 } } });
    expect(positions.get('n3')).toEqual({ x: 500, y: -200 });
    expect(positions.get('n4')).not.toEqual({ x: 500, y: -200 });
  });

  it('draws neighbours closer than nodes far apart on the ring', () => {
    const at = forceLayout(ring(20));
    const gap = (a: string, b: string) =>
      Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    expect(gap('n0', 'n1')).toBeLessThan(gap('n0', 'n10'));
  });
});

describe('the layout of a small chart', () => {
  /** Two stars of 12 and 6 linked entities (one star's centre much mentioned) and a pair. */
  const nodes = [
    { id: 'hub', size: 60 },
    ...Array.from({ length: 11 }, (_, i) => ({ id: `a${i}`, size: 24 })),
    { id: 'kishi', size: 30 },
    ...Array.from({ length: 5 }, (_, i) => ({ id: `b${i}`, size: 24 })),
    { id: 'x', size: 24 },
    { id: 'y', size: 24 },
  ];
  const links = [
    ...Array.from({ length: 11 }, (_, i) => ({ source: 'hub', target: `a${i}` })),
    { source: 'a0', target: 'a1' },
    ...Array.from({ length: 5 }, (_, i) => ({ source: 'kishi', target: `b${i}` })),
    { source: 'x', target: 'y' },
  ];
  const at = forceLayout({ nodes, links });
  const size = new Map(nodes.map((n) => [n.id, n.size]));

  it('keeps every two nodes at least a diameter apart', () => {
    for (const [a, p] of at)
      for (const [b, q] of at)
        if (a < b)
          expect(Math.hypot(p.x - q.x, p.y - q.y), `${a} and ${b}`).toBeGreaterThanOrEqual(
            Math.max(size.get(a)!, size.get(b)!),
          );
  });

  it('sets the groups side by side, not over each other', () => {
    const box = (prefix: string, centre: string) => {
      const points = [...at].filter(([id]) => id === centre || id.startsWith(prefix));
      // Each node's own extent, and a diameter more for the labels around the group.
      const room = ([id]: [string, unknown]) => size.get(id)! / 2 + 24;
      return {
        left: Math.min(...points.map((p) => p[1].x - room(p))),
        right: Math.max(...points.map((p) => p[1].x + room(p))),
        top: Math.min(...points.map((p) => p[1].y - room(p))),
        bottom: Math.max(...points.map((p) => p[1].y + room(p))),
      };
    };
    const boxes = [box('a', 'hub'), box('b', 'kishi'), box('x', 'y')];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const apart = p.right < q.left || q.right < p.left || p.bottom < q.top || q.bottom < p.top;
        expect(apart, `groups ${i} and ${j}`).toBe(true);
      }
  });
});

describe('the network as SVG', () => {
  const nodes = [
    {
      id: 'a',
      label: 'Kishi & <Co>',
      x: 0,
      y: 0,
      size: 20,
      shape: shapeOf('person'),
      colour: '#c00',
    },
    {
      id: 'b',
      label: 'LDP',
      x: 100,
      y: 50,
      size: 30,
      shape: shapeOf('organization'),
      colour: '#0c0',
    },
    { id: 'c', label: 'Weapon', x: -50, y: 80, size: 20, shape: shapeOf('weapon'), colour: '#888' },
  ];
  const colours = { text: '#111', line: '#999', ground: '#fff' };

  it('draws each node in its type’s shape with its name, escaped, and each link labelled', () => {
    const svg = networkSvg(
      nodes,
      [
        { source: 'a', target: 'b', label: 'member-of', width: 2, directed: true, dashed: false },
        { source: 'b', target: 'c', label: 'Summit', width: 1, directed: false, dashed: true },
        { source: 'a', target: 'gone', label: 'x', width: 1, directed: false, dashed: false },
      ],
      colours,
      'Network',
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-86 -26 217 148.7"/);
    expect(svg).toContain('<circle cx="0" cy="0" r="10" fill="#c00"/>');
    expect(svg).toContain('<rect x="85" y="35" width="30" height="30"');
    expect(svg).toMatch(/<polygon points="[^"]+" fill="#888"\/>/);
    expect(svg).toContain('>Kishi &amp; &lt;Co&gt;</text>');
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('>member-of</text>');
  });

  it('keeps every name and label inside the picture, and draws no empty label', () => {
    const long = 'Severgroup Limited Liability Company';
    const svg = networkSvg(
      [
        { ...nodes[0]!, label: long },
        { ...nodes[1]!, x: 40, y: 0 },
      ],
      [{ source: 'a', target: 'b', label: '', width: 1, directed: false, dashed: true }],
      colours,
      'Network',
    );
    const [left, top, width, height] = /viewBox="([^"]+)"/
      .exec(svg)![1]!
      .split(' ')
      .map(Number) as [number, number, number, number];
    // The long name is centred under its node at x = 0, 11 px letters about 6 px wide.
    expect(left).toBeLessThanOrEqual(-(long.length * 6) / 2);
    expect(left + width).toBeGreaterThanOrEqual((long.length * 6) / 2);
    expect(top + height).toBeGreaterThanOrEqual(10 + 13);
    expect(svg.match(/<text /g)).toHaveLength(2);
  });
});

describe('the layout of a picture whose names are all printed', () => {
  it('keeps every name clear of the other nodes and names', () => {
    const names = ['Severgroup Limited Liability Company', 'Alexey Mordashov', 'E.O.', 'RosGeo'];
    const star = {
      nodes: names.map((name, i) => ({ id: `n${i}`, size: 24, label: labelWidth(name) })),
      links: names.slice(1).map((_, i) => ({ source: 'n0', target: `n${i + 1}` })),
    };
    const at = forceLayout(star);
    const box = (i: number) => {
      const p = at.get(`n${i}`)!;
      const half = Math.max(24, labelWidth(names[i]!)) / 2;
      return { left: p.x - half, right: p.x + half, top: p.y - 12, bottom: p.y + 12 + 16 };
    };
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const [p, q] = [box(i), box(j)];
        const apart = p.right < q.left || q.right < p.left || p.bottom < q.top || q.bottom < p.top;
        expect(apart, `${names[i]} and ${names[j]}`).toBe(true);
      }
  });
});
