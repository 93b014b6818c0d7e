import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_PASSWORD, expectNoAxeViolations, openBrowser, screenshot, signIn } from '../support/index.mjs';

test('an administrator browses the directory and sees every bad row of a refused CSV import', async (t) => {
  const { page, close } = await openBrowser();
  t.after(close);

  await signIn(page, 'admin', DEMO_PASSWORD);
  await page.goto('/admin');
  const clinicians = page.getByRole('table', { name: 'Clinicians' });
  await clinicians.waitFor();
  assert.ok((await clinicians.getByRole('row').count()) > 1, 'the demo clinicians are listed');
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  await screenshot(page, 'admin-clinicians');

  await page.getByRole('tab', { name: 'Import CSV' }).click();
  const csv = [
    'code,name,role,skills,practice_code,baseline_weekly_hours,max_travel_minutes,commitments',
    'E2E1,Dr Bad Role,SURGEON,,NOPE,37.5,30,',
    'E2E2,Dr Too Many Hours,GP,,NOPE,99,30,',
  ].join('\n');
  await page.locator('input[type="file"]').setInputFiles({ name: 'clinicians.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import clinicians' }).click();

  const errors = page.getByRole('table', { name: 'Problems found in the file' });
  await errors.waitFor();
  assert.ok((await errors.getByRole('row').count()) >= 3, 'both bad rows are reported');
  await expectNoAxeViolations(page);
  await screenshot(page, 'admin-import-errors');
});
