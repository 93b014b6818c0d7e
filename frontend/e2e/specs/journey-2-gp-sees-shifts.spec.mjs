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

/** A clinician with a login who has a shift in the published rota. */
async function clinicianOnRota() {
  const manager = await apiSession('manager');
  const admin = await apiSession('admin');
  try {
    const rota = await ensurePublishedRota(manager);
    const assigned = new Set(rota.days.flatMap((day) => day.shifts.flatMap((shift) => shift.assignments.map((a) => a.clinicianId))));
    const users = await admin.get('/api/admin/users');
    const user = users.find((candidate) => candidate.clinicianId != null && assigned.has(candidate.clinicianId));
    assert.ok(user, 'some clinician on the published rota has a login');
    return user.username;
  } finally {
    await manager.close();
    await admin.close();
  }
}

test('a GP sees their published shifts and downloads their calendar feed', async (t) => {
  const username = await clinicianOnRota();
  const { page, context, close } = await openBrowser();
  t.after(close);

  await signIn(page, username, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/my-shifts');
  const upcoming = page.getByRole('region', { name: 'Upcoming shifts' });
  await upcoming.getByRole('table').waitFor();
  assert.ok((await upcoming.getByRole('row').count()) > 1, 'the published shifts are listed');
  await page.getByRole('region', { name: 'Hours against your baseline' }).getByRole('progressbar').first().waitFor();

  const calendar = page.getByRole('region', { name: 'Calendar subscription' });
  await calendar.getByRole('button', { name: /Create feed address|Replace feed address/ }).click();
  const address = await calendar.getByRole('textbox', { name: 'Calendar feed address' }).inputValue();
  assert.match(address, /\/api\/calendar\/.+\.ics$/);

  const feed = await context.request.get(address);
  assert.equal(feed.status(), 200);
  assert.match(feed.headers()['content-type'], /text\/calendar/);
  const ics = await feed.text();
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /BEGIN:VEVENT/);

  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page);
  await screenshot(page, 'my-shifts');
  await page.getByRole('tab', { name: 'Week' }).click();
  await screenshot(page, 'my-shifts-week');
});
