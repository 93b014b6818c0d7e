import { screen, within } from '@testing-library/react';
import { signInForTest } from '@/testing/mocks/handlers/auth';
import { testUsers } from '@/testing/mocks/test-users';
import { renderApp } from '@/testing/test-utils';

test('heatmap cells give staffed against required as numbers and words, marking the hours below minimum', async () => {
  signInForTest(testUsers.opsLead);
  renderApp('/coverage');
  const heatmap = await screen.findByRole('table', { name: 'Staffed / required clinicians by hour at Cramlington' });

  const metCell = within(heatmap).getByRole('cell', { name: 'Mon 2 Mar 18:00: 2 staffed of 2 required' });
  expect(metCell).toHaveTextContent('2/2');
  expect(metCell).toHaveAttribute('data-state', 'met');

  const gapCell = within(heatmap).getByRole('cell', { name: 'Tue 3 Mar 19:00: 1 staffed of 2 required, 1 short' });
  expect(gapCell).toHaveTextContent('! 1/2');
  expect(gapCell).toHaveAttribute('data-state', 'gap');
});

test('the gap list and the access figures against the standard of 60', async () => {
  signInForTest(testUsers.opsLead);
  renderApp('/coverage');
  const gaps = await screen.findByRole('region', { name: 'Gaps (1)' });
  expect(within(gaps).getByRole('row', { name: /Tue 3 Mar 18:30–20:00 Cramlington GP 0 \/ 1 1 short/ })).toBeInTheDocument();

  const access = screen.getByRole('region', { name: 'Seven-day access' });
  expect(await within(access).findByText(/Standard: 60 minutes per 1,000 population per week/)).toBeInTheDocument();
  expect(within(access).getByRole('row', { name: /Cramlington .* 64.2 .* Meets standard/ })).toBeInTheDocument();
  expect(within(access).getByRole('row', { name: /All hubs .* 57.5 .* Below standard/ })).toBeInTheDocument();
});

test('the emergency hospital’s out-of-hours load is set against hub capacity in the same hours', async () => {
  signInForTest(testUsers.opsLead);
  renderApp('/coverage');
  const section = await screen.findByRole('region', { name: 'Emergency hospital out-of-hours load against hub capacity' });
  expect(within(section).getByRole('img', { name: /Out of hours: 9 arrivals, 4 clinician hours/ })).toBeInTheDocument();
  expect(within(section).getByText(/might divert an estimated 8 attendances/)).toBeInTheDocument();
});
