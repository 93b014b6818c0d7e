import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  openBrowser,
  screenshot,
  signIn,
} from '../support/index.mjs';

test('a hub manager creates a week, solves it and publishes it', async (t) => {
  const { page, close } = await openBrowser();
  t.after(close);

  await signIn(page, 'manager', DEMO_PASSWORD);
  await page.goto('/rota');
  await page.getByRole('heading', { level: 1, name: 'Rota board' }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  await screenshot(page, 'rota-list');

  await page.getByRole('button', { name: 'New rota' }).click();
  const dialog = page.getByRole('dialog', { name: 'New rota' });
  const rotaName = `E2E week ${Date.now()}`;
  await dialog.getByRole('textbox', { name: 'Name' }).fill(rotaName);
  // The form starts on the coming Monday, the usual week to plan.
  await dialog.getByRole('button', { name: 'Create rota' }).click();

  await page.waitForURL(/\/rota\/\d+$/);
  await page.getByRole('heading', { level: 1, name: rotaName }).waitFor();
  const board = page.getByRole('table', { name: /Shifts by hub and day/ });
  await board.waitFor();
  assert.ok((await board.getByRole('rowheader').count()) > 0, 'the board has a row per hub');

  await page.getByRole('button', { name: 'Solve', exact: true }).click();
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  // A small rota may be solved before the board refreshes; otherwise watch it improve, then stop it.
  if (await stop.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
    await Promise.race([
      page.getByRole('img', { name: /Solver progress/ }).waitFor({ timeout: 30_000 }),
      page.getByRole('button', { name: 'Solve', exact: true }).waitFor({ timeout: 30_000 }),
    ]);
    await screenshot(page, 'rota-board-solving');
    await page.waitForTimeout(8_000);
    if (await stop.isVisible()) {
      await stop.click();
    }
  }
  await page.getByRole('button', { name: 'Solve', exact: true }).waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  await screenshot(page, 'rota-board');

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const publishDialog = page.getByRole('dialog', { name: 'Publish rota' });
  const publishButton = publishDialog.getByRole('button', { name: /^Publish version \d+$/ });
  await publishButton.waitFor({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  await screenshot(page, 'publish-preview');
  assert.ok(await publishButton.isEnabled(), 'a solved rota breaks no hard rule, so it can be published');
  await publishButton.click();
  await page.getByText(/^Version \d+ published$/).waitFor();
  await page.getByText(/^Published v\d+$/).first().waitFor();
});
