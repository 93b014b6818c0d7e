import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** Settings shared by the runner and the specs; every one can be overridden by an environment variable. */
export const FRONTEND_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? resolve(FRONTEND_DIR, 'target/screenshots');

export const APP_LOG_FILE = resolve(FRONTEND_DIR, 'target/e2e/app.log');

export const DEFAULT_JAR_PATH = resolve(FRONTEND_DIR, '../backend/target/hub-rota.jar');

export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** Chromium flags for a quiet, sandbox-free headless run in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** WCAG 2.2 level AA, as axe-core tags it. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The URL the specs test against; the runner sets it after starting the app. */
export function baseUrl() {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error('E2E_BASE_URL is not set: run the specs through `npm run e2e`.');
  }
  return url.replace(/\/$/, '');
}
