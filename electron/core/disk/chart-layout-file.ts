/**
 * The link chart's last force-directed layout, kept in the notebook's cache folder
 * (CHART_LAYOUT_FILE) so that reopening the chart, even after a restart, skips ForceAtlas2: the
 * page keeps the positions under its layout input's key and uses them only for that key.
 * Derived and rebuildable: a missing or damaged file is no layout, never an error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { relationInputs, type KeptChartLayout } from '../../common/api/relation-api.ts';
import { CHART_LAYOUT_FILE } from './notebook-layout.ts';
import { writeFileDurably } from './durable-file.ts';

export async function readKeptLayout(folder: string): Promise<KeptChartLayout | null> {
  let text: string;
  try {
    text = await readFile(join(folder, CHART_LAYOUT_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = relationInputs.keepChartLayout.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function keepLayout(folder: string, layout: KeptChartLayout): Promise<void> {
  return writeFileDurably(join(folder, CHART_LAYOUT_FILE), JSON.stringify(layout));
}
