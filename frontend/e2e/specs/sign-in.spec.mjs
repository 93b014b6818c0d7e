import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations, openBrowser, screenshot } from '../support/index.mjs';

test('a signed-out visitor is sent from / to an accessible sign-in page', async (t) => {
  const { page, close } = await openBrowser();
  t.after(close);

  await page.goto('/');
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.waitForLoadState('networkidle');

  assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB');
  assert.equal(await page.title(), 'Sign in · Hub Rota');
  assert.ok(await page.getByLabel('Username').isVisible(), 'the username field has a label');
  assert.ok(await page.getByLabel(/^Password/).isVisible(), 'the password field has a label');

  await expectNoAxeViolations(page);
  await screenshot(page, 'sign-in');
});
