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

/** The gap count once the shown week's coverage has loaded (not a placeholder from another week). */
async function gapCount(page) {
  await page.waitForLoadState('networkidle');
  await gapsHeading(page).waitFor();
  await page.getByLabel('Updating').waitFor({ state: 'hidden' });
  const text = await gapsHeading(page).innerText();
  return Number(/\((\d+)\)/.exec(text)[1]);
}

test('an operations lead sees a gap appear when a clinician is marked absent', async (t) => {
  const manager = await apiSession('manager');
  t.after(() => manager.close());
  const rota = await ensurePublishedRota(manager);
  // Someone on a line staffed exactly at its minimum: without them that line becomes a new gap (a line already
  // short stays one gap, just a larger one).
  const filledAtMinimum = (shift) =>
    shift.assignments.find((assignment) => {
      const line = shift.requirements.find((requirement) => requirement.id === assignment.requirementId);
      return line && line.assigned === line.min;
    });
  const day = rota.days.find((candidate) => candidate.shifts.some(filledAtMinimum));
  assert.ok(day, 'the published rota has a line staffed at its minimum');
  const shift = day.shifts.find(filledAtMinimum);
  const absentee = filledAtMinimum(shift);

  const { page, close } = await openBrowser();
  t.after(close);
  await signIn(page, 'ops', DEMO_PASSWORD);
  // Straight to the rota's week (the week lives in the URL). Clicking "Next week" in a loop could overshoot on a
  // slow machine, when the label had not yet changed after a click, and land on a week with no rota (0 gaps).
  await page.goto(`/coverage?week=${rota.firstDate}`);
  await page.getByRole('heading', { level: 1, name: 'Coverage' }).waitFor();
  const target = new Date(`${rota.firstDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const shown = await page.getByText(/^Week of /).innerText();
  assert.ok(shown.replace(',', '').includes(target.replace(',', '')), `the rota's week is shown (${shown})`);
  await gapsHeading(page).waitFor();
  const gapsBefore = await gapCount(page);

  await manager.post(`/api/rotas/${rota.id}/absences`, {
    clinicianId: absentee.clinicianId,
    from: day.date,
    to: day.date,
    reason: 'E2E: off sick',
  });

  // The week is in the URL, so the reload shows the same week, now with the absence.
  const weekShown = await page.getByText(/^Week of /).innerText();
  await page.reload();
  await page.getByText(weekShown, { exact: true }).waitFor();
  const gapsAfter = await gapCount(page);
  assert.ok(gapsAfter > gapsBefore, `a gap appears (${gapsBefore} before, ${gapsAfter} after)`);
  const gapRegion = page.getByRole('region', { name: /^Gaps/ });
  await gapRegion.getByRole('row', { name: new RegExp(shift.hubName) }).first().waitFor();

  await expectNoAxeViolations(page);
  await screenshot(page, 'coverage');
});
