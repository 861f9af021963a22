import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileDurably } from '../core/disk/durable-file.ts';
import { VIEWS, type ViewId } from '../common/commands/menu-commands.ts';

/**
 * The window's size, position, maximized state and last view, kept in the profile
 * (window-state.json) and restored at start, clamped to a display that is still there. Nothing
 * here imports Electron, so it is unit-tested in plain Node.
 */
export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the window must lie on a display for the saved position to be kept. */
const VISIBLE_MIN = { width: 160, height: 80 } as const;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const RectangleSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

const WindowStateSchema = z.object({
  version: z.literal(1),
  bounds: RectangleSchema.optional(),
  maximized: z.boolean().default(false),
  view: z.enum(VIEWS).optional(),
});

export interface WindowState {
  /** The normal (not maximized) bounds; none: centred on the primary display. */
  bounds?: Rectangle;
  maximized: boolean;
  view?: ViewId;
}

export function parseWindowState(text: string): WindowState {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return { maximized: false };
    const { bounds, maximized, view } = parsed.data;
    return {
      maximized,
      ...(bounds === undefined ? {} : { bounds }),
      ...(view === undefined ? {} : { view }),
    };
  } catch {
    return { maximized: false };
  }
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify({ version: 1, ...state }, null, 1) + '\n';
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Where the window opens, given the displays' work areas (the primary one first):
 * the saved bounds when a usable part of the window (its title bar included) is on a display,
 * shrunk to fit that display; else the saved size (or the default) centred on the primary
 * display, shrunk to fit it.
 */
export function placeWindow(
  saved: Rectangle | undefined,
  workAreas: readonly Rectangle[],
): Rectangle | { width: number; height: number } {
  const primary = workAreas[0];
  const fit = (size: { width: number; height: number }, area: Rectangle) => ({
    width: Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width)),
    height: Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height)),
  });
  if (saved !== undefined) {
    // The title bar: the top 40 px of the window must be reachable to move it.
    const titleBar = { ...saved, height: Math.min(saved.height, 40) };
    const home = workAreas.find((area) => {
      const visible = overlap(saved, area);
      const bar = overlap(titleBar, area);
      return (
        visible.width >= Math.min(VISIBLE_MIN.width, saved.width) &&
        visible.height >= Math.min(VISIBLE_MIN.height, saved.height) &&
        bar.height > 0
      );
    });
    if (home !== undefined) {
      const size = fit(saved, home);
      // Keep it on that display: move it back in where it sticks out.
      const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - size.width);
      const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - size.height);
      return { x, y, ...size };
    }
  }
  const size = saved ?? DEFAULT_SIZE;
  if (primary === undefined) return { width: size.width, height: size.height };
  const fitted = fit(size, primary);
  return {
    x: primary.x + Math.round((primary.width - fitted.width) / 2),
    y: primary.y + Math.round((primary.height - fitted.height) / 2),
    ...fitted,
  };
}

export async function readWindowState(file: string): Promise<WindowState> {
  try {
    return parseWindowState(await readFile(file, 'utf8'));
  } catch {
    return { maximized: false };
  }
}

export function writeWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileDurably(file, serializeWindowState(state));
}
