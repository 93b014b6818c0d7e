/**
 * End-to-end tests: starts the packaged app (unless E2E_BASE_URL points at a running one), runs
 * every e2e/specs/*.spec.mjs one after another with node's test runner against headless system
 * Chromium, stops the app, and exits non-zero if anything failed.
 *
 *   npm run e2e                    all specs against a freshly started jar
 *   npm run e2e -- sign-in         only specs whose file name contains "sign-in"
 *   E2E_BASE_URL=http://localhost:4173 npm run e2e    against an app that is already running
 *
 * Environment: HUBROTA_JAR (jar to start), CHROMIUM_PATH (default /usr/bin/chromium),
 * E2E_SCREENSHOT_DIR (default target/screenshots), CI=true (a missing Chromium is an error).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startApp } from './support/app-server.mjs';
import { CHROMIUM_PATH, FRONTEND_DIR, SCREENSHOT_DIR } from './support/config.mjs';

const SPECS_DIR = resolve(FRONTEND_DIR, 'e2e/specs');

async function main() {
  if (!existsSync(CHROMIUM_PATH)) {
    const message = `Chromium not found at ${CHROMIUM_PATH} (install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH).`;
    if (process.env.CI === 'true') {
      console.error(`E2E failed: ${message}`);
      return 1;
    }
    console.log(`E2E skipped: install chromium. ${message}`);
    return 0;
  }

  const specFiles = await findSpecFiles(process.argv.slice(2));
  if (specFiles.length === 0) {
    console.error(`No spec files matched in ${SPECS_DIR}.`);
    return 1;
  }

  const app = process.env.E2E_BASE_URL ? undefined : await startApp();
  const baseUrl = process.env.E2E_BASE_URL ?? app.baseUrl;
  const stopAppOnSignal = (signal) => {
    console.error(`Received ${signal}; stopping the app.`);
    Promise.resolve(app?.stop()).finally(() => process.exit(1));
  };
  process.once('SIGINT', stopAppOnSignal);
  process.once('SIGTERM', stopAppOnSignal);

  const failedSpecs = [];
  try {
    console.log(`Testing ${baseUrl}; screenshots go to ${SCREENSHOT_DIR}`);
    for (const specFile of specFiles) {
      const exitCode = await runSpec(specFile, baseUrl);
      if (exitCode !== 0) {
        failedSpecs.push(specFile);
      }
    }
  } finally {
    await app?.stop();
  }

  const passedCount = specFiles.length - failedSpecs.length;
  console.log(`\nE2E: ${passedCount} of ${specFiles.length} spec file(s) passed.`);
  for (const failedSpec of failedSpecs) {
    console.error(`  failed: ${failedSpec}`);
  }
  return failedSpecs.length === 0 ? 0 : 1;
}

async function findSpecFiles(nameFilters) {
  const names = (await readdir(SPECS_DIR)).filter((name) => name.endsWith('.spec.mjs')).sort();
  const selected = nameFilters.length === 0 ? names : names.filter((name) => nameFilters.some((filter) => name.includes(filter)));
  return selected.map((name) => join(SPECS_DIR, name));
}

function runSpec(specFile, baseUrl) {
  console.log(`\n▶ ${specFile.slice(FRONTEND_DIR.length + 1)}`);
  return new Promise((resolveExitCode) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', specFile], {
      cwd: FRONTEND_DIR,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: baseUrl },
    });
    child.once('exit', (code) => resolveExitCode(code ?? 1));
  });
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error) => {
    console.error(`E2E failed: ${error.message}`);
    process.exitCode = 1;
  },
);
