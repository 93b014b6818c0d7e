import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiSession, DEMO_PASSWORD, expectNoAxeViolations, openBrowser, screenshot, signIn } from '../support/index.mjs';

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

test('an administrator adds a practice, is told when someone else changed it meanwhile, reloads, saves and deletes it', async (t) => {
  const { page, close } = await openBrowser();
  t.after(close);
  const api = await apiSession('admin');
  t.after(() => api.close());
  const code = `E2E${Date.now().toString(36).toUpperCase()}`;

  await signIn(page, 'admin', DEMO_PASSWORD);
  await page.goto('/admin');
  await page.getByRole('tab', { name: 'Practices' }).click();
  await page.getByRole('table', { name: 'Practices' }).waitFor();

  await page.getByRole('button', { name: 'Add practice' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Add practice' });
  await addDialog.getByRole('button', { name: 'Add practice' }).click();
  await addDialog.getByText('Enter a code').waitFor();
  await addDialog.getByLabel('Code').fill(code);
  await addDialog.getByLabel('Name').fill('E2E Surgery');
  await addDialog.getByLabel('Locality').fill('Blyth');
  await addDialog.getByLabel('List size').fill('4200');
  await addDialog.getByLabel('Latitude').fill('55.12');
  await addDialog.getByLabel('Longitude').fill('-1.51');
  await expectNoAxeViolations(page);
  await screenshot(page, 'admin-add-practice');
  await addDialog.getByRole('button', { name: 'Add practice' }).click();
  await addDialog.waitFor({ state: 'detached' });
  const row = page.getByRole('row', { name: new RegExp(`^${code} E2E Surgery Blyth 4,200`) });
  await row.waitFor();

  await page.getByRole('button', { name: 'Edit E2E Surgery' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit E2E Surgery' });
  await editDialog.getByLabel('List size').fill('4300');
  // Someone else saves the practice while this dialog is open.
  const stored = (await api.get('/api/practices')).find((practice) => practice.code === code);
  const { id, version, ...fields } = stored;
  await api.put(`/api/admin/practices/${id}`, { ...fields, version, name: 'E2E Medical Group' });

  await editDialog.getByRole('button', { name: 'Save practice' }).click();
  const stale = editDialog.getByRole('alert');
  await stale.getByText('This record was changed by someone else').waitFor();
  await screenshot(page, 'admin-stale-practice');
  await stale.getByRole('button', { name: 'Reload' }).click();
  await stale.waitFor({ state: 'detached' });
  assert.equal(await editDialog.getByLabel('Name').inputValue(), 'E2E Medical Group', 'reload shows the other change');
  await editDialog.getByLabel('List size').fill('4300');
  await editDialog.getByRole('button', { name: 'Save practice' }).click();
  await editDialog.waitFor({ state: 'detached' });
  await page.getByRole('row', { name: new RegExp(`^${code} E2E Medical Group Blyth 4,300`) }).waitFor();

  await page.getByRole('button', { name: 'Delete E2E Medical Group' }).click();
  const deleteDialog = page.getByRole('dialog', { name: `Delete practice ${code} E2E Medical Group?` });
  await deleteDialog.getByRole('button', { name: 'Delete' }).click();
  await deleteDialog.waitFor({ state: 'detached' });
  await page.getByRole('row', { name: new RegExp(`^${code} `) }).waitFor({ state: 'detached' });
});
