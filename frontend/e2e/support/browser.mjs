import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { baseUrl, CHROMIUM_ARGS, CHROMIUM_PATH, DESKTOP_VIEWPORT } from './config.mjs';

/**
 * Launches the system Chromium with a fresh profile, pointed at the app under test.
 * Call `close()` when done: it closes the browser and deletes the profile.
 */
export async function openBrowser() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'hub-rota-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: baseUrl(),
    viewport: DESKTOP_VIEWPORT,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
