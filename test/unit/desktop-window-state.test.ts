import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  serializeWindowState,
  writeWindowState,
  type Rectangle,
} from '../../electron/main/window-state.ts';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 };
const external: Rectangle = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('window placement', () => {
  it('keeps a window that is on a display where it was', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 700 };
    expect(placeWindow(saved, [laptop])).toEqual(saved);
    const onExternal = { x: 2000, y: 0, width: 1600, height: 1000 };
    expect(placeWindow(onExternal, [laptop, external])).toEqual(onExternal);
  });

  it('centres the window on the primary display when its display is gone', () => {
    const onExternal = { x: 2000, y: 0, width: 1600, height: 1000 };
    const placed = placeWindow(onExternal, [laptop]);
    // Shrunk to the laptop's work area, and centred on it.
    expect(placed).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
    expect(placeWindow({ x: -5000, y: -5000, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 220,
      y: 88,
      width: 1000,
      height: 700,
    });
  });

  it('pulls back in a window whose title bar is off screen', () => {
    const placed = placeWindow({ x: 300, y: -500, width: 1000, height: 700 }, [laptop]);
    expect(placed).toEqual({ x: 220, y: 88, width: 1000, height: 700 });
    const sticking = placeWindow({ x: 1000, y: 500, width: 1000, height: 700 }, [laptop]);
    expect(sticking).toEqual({ x: 440, y: 175, width: 1000, height: 700 });
  });

  it('uses the default size, centred, on a first start', () => {
    expect(placeWindow(undefined, [{ x: 0, y: 0, width: 1920, height: 1040 }])).toEqual({
      x: 320,
      y: 110,
      ...DEFAULT_SIZE,
    });
    expect(placeWindow(undefined, [])).toEqual(DEFAULT_SIZE);
  });
});

describe('window-state.json', () => {
  it('round-trips, and ignores what it does not know', async () => {
    const state = {
      maximized: true,
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      view: 'entities' as const,
    };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
    expect(parseWindowState('garbage')).toEqual({ maximized: false });
    expect(parseWindowState('{"version":1,"view":"settings"}')).toEqual({ maximized: false });
    expect(parseWindowState('{"version":1,"bounds":{"x":0,"y":0,"width":-5,"height":3}}')).toEqual({
      maximized: false,
    });

    const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-window-'));
    try {
      const file = path.join(dir, 'window-state.json');
      expect(await readWindowState(file)).toEqual({ maximized: false });
      await writeWindowState(file, state);
      expect(await readWindowState(file)).toEqual(state);
      writeFileSync(file, '{');
      expect(await readWindowState(file)).toEqual({ maximized: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
