import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Pictures for people (a review, the README's image): taken only when DOSSIER_SHOTS names a
 * folder (`DOSSIER_SHOTS=/tmp/shots npx playwright test timeline`); an ordinary run writes none.
 * The pictures a test compares are screenshots.spec.ts's (toHaveScreenshot).
 */
export const SHOTS = process.env.DOSSIER_SHOTS;

/** The page as it is now, as `<name>.png` in DOSSIER_SHOTS; nothing without it. */
export async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS === undefined) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/**
 * Resolves once the CSS transitions and animations running in the page have finished (endless
 * ones aside), so that what is painted, for a screenshot or a contrast check, is the final state.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}
