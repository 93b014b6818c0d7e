import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signInForTest } from '@/testing/mocks/handlers/auth';
import { testUsers } from '@/testing/mocks/test-users';
import { renderApp } from '@/testing/test-utils';

function openMyShifts() {
  signInForTest(testUsers.clinician);
  renderApp('/my-shifts');
}

test('upcoming shifts are listed with day, time and hub', async () => {
  openMyShifts();
  const section = await screen.findByRole('region', { name: 'Upcoming shifts' });
  const row = await within(section).findByRole('row', { name: /Mon 2 Mar/ });
  expect(row).toHaveTextContent('18:30–20:00');
  expect(row).toHaveTextContent('Cramlington');
});

test('each week has a bar of practice plus hub hours against the baseline, with the headroom in words', async () => {
  openMyShifts();
  const section = await screen.findByRole('region', { name: 'Hours against your baseline' });
  const firstWeek = await within(section).findByLabelText(
    'Week of Mon 2 Mar: practice 30 h plus hub 1 h 30 min is 31 h 30 min of your 37 h 30 min baseline',
  );
  expect(firstWeek).toBeInTheDocument();
  expect(within(section).getByText(/31 h 30 min of 37 h 30 min · 6 h headroom/)).toBeInTheDocument();
  expect(within(section).getByText(/37 h 30 min of 37 h 30 min · 0 h headroom/)).toBeInTheDocument();
});

test('a change notification can be marked read', async () => {
  openMyShifts();
  const user = userEvent.setup();
  await screen.findByRole('region', { name: 'Upcoming shifts' });
  const section = await screen.findByRole('region', { name: 'Changes (1 new)' });
  expect(within(section).getByText(/also e-mailed to you/)).toBeInTheDocument();
  await user.click(await within(section).findByRole('button', { name: 'Mark read' }));
  expect(await screen.findByRole('region', { name: 'Changes' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Mark read' })).not.toBeInTheDocument();
});

test('creating a calendar feed shows its address once, with a copy button', async () => {
  openMyShifts();
  const user = userEvent.setup();
  const section = await screen.findByRole('region', { name: 'Calendar subscription' });
  await user.click(await within(section).findByRole('button', { name: 'Create feed address' }));
  expect(await within(section).findByRole('textbox', { name: 'Calendar feed address' })).toHaveValue(
    'http://localhost/api/calendar/secret-token.ics',
  );
  expect(within(section).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  expect(await within(section).findByRole('button', { name: 'Turn off feed' })).toBeInTheDocument();
});
