import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DESKTOP_VIEWPORT, PHONE_VIEWPORT, SCREENSHOT_DIR } from './config.mjs';

const SIZES = [
  ['desktop', DESKTOP_VIEWPORT],
  ['phone', PHONE_VIEWPORT],
];

/** Saves `<name>-desktop.png` (1280×800) and `<name>-phone.png` (390×844) of the whole page. */
export async function screenshot(page, name) {
  const originalViewport = page.viewportSize();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  for (const [label, viewport] of SIZES) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${label}.png`), fullPage: true, animations: 'disabled' });
  }
  if (originalViewport) {
    await page.setViewportSize(originalViewport);
  }
}
