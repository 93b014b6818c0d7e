import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  apiSession,
  DEMO_PASSWORD,
  ensurePublishedRota,
  expectNoAxeViolations,
  openBrowser,
  screenshot,
  signIn,
} from '../support/index.mjs';

const gapsHeading = (page) => page.getByRole('heading', { level: 2, name: /^Gaps \(\d+\)$/ });

async function gapCount(page) {
  await page.waitForLoadState('networkidle');
  const text = await gapsHeading(page).innerText();
  return Number(/\((\d+)\)/.exec(text)[1]);
}

test('an operations lead sees a gap appear when a clinician is marked absent', async (t) => {
  const manager = await apiSession('manager');
  t.after(() => manager.close());
  const rota = await ensurePublishedRota(manager);
  const day = rota.days.find((candidate) => candidate.shifts.some((shift) => shift.assignments.length > 0));
  assert.ok(day, 'the published rota has someone on shift');
  const shift = day.shifts.find((candidate) => candidate.assignments.length > 0);
  const absentee = shift.assignments[0];

  const { page, close } = await openBrowser();
  t.after(close);
  await signIn(page, 'ops', DEMO_PASSWORD);
  await page.goto('/coverage');
  await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
  // Move to the rota's week.
  for (let step = 0; step < 8; step += 1) {
    const shown = await page.getByText(/^Week of /).innerText();
    const target = new Date(`${rota.firstDate}T12:00:00Z`).toLocaleDateString('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    if (shown.replace(',', '').includes(target.replace(',', ''))) {
      break;
    }
    await page.getByRole('button', { name: 'Next week' }).click();
  }
  await gapsHeading(page).waitFor();
  const gapsBefore = await gapCount(page);

  await manager.post(`/api/rotas/${rota.id}/absences`, {
    clinicianId: absentee.clinicianId,
    from: day.date,
    to: day.date,
    reason: 'E2E: off sick',
  });

  await page.reload();
  await gapsHeading(page).waitFor();
  const gapsAfter = await gapCount(page);
  assert.ok(gapsAfter > gapsBefore, `a gap appears (${gapsBefore} before, ${gapsAfter} after)`);
  const gapRegion = page.getByRole('region', { name: /^Gaps/ });
  await gapRegion.getByRole('row', { name: new RegExp(shift.hubName) }).first().waitFor();

  await expectNoAxeViolations(page);
  await screenshot(page, 'coverage');
});
