import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { testPublishPreview } from '@/testing/mocks/data/rota-fixtures';
import { signInForTest } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';
import { testUsers } from '@/testing/mocks/test-users';
import { renderApp } from '@/testing/test-utils';

async function openBoard() {
  signInForTest(testUsers.hubManager);
  renderApp('/rota/42');
  return screen.findByRole('table', { name: /Shifts by hub and day/ });
}

test('the board shows hubs by day, and a gap by icon, colour and words', async () => {
  const board = await openBoard();
  expect(within(board).getByRole('rowheader', { name: 'Cramlington' })).toBeInTheDocument();
  expect(within(board).getByRole('columnheader', { name: 'Mon 2 Mar' })).toBeInTheDocument();

  const gapShift = within(board).getByRole('button', { name: /Blyth, 18:30–20:00: 1 short/ });
  expect(gapShift).toHaveAttribute('data-gap', 'true');
  expect(within(gapShift).getByText('Gap')).toBeInTheDocument();
  expect(within(gapShift).getByText('GP 0/1 · 1 short')).toBeInTheDocument();
  expect(within(board).getByRole('button', { name: /Cramlington, 18:30–20:00: fully staffed/ })).not.toHaveAttribute('data-gap');
  expect(screen.getByText('1 shift(s) with gaps this week')).toBeInTheDocument();
});

test('opening a gap shows why it is open, and a suggestion is assigned with one click and its score change', async () => {
  const board = await openBoard();
  const user = userEvent.setup();
  await user.click(within(board).getByRole('button', { name: /Blyth, 18:30–20:00/ }));

  const panel = await screen.findByRole('dialog');
  expect(
    within(panel).getByText('GP, 1 short: Every GP free that evening would go over their baseline hours'),
  ).toBeInTheDocument();
  expect(within(panel).getByText('Nia Nurse')).toBeInTheDocument();
  await user.click(await within(panel).findByRole('button', { name: 'Assign Dr Gita Gupta' }));

  const feedback = await within(panel).findByRole('status');
  expect(feedback).toHaveTextContent('Assigned Dr Gita Gupta');
  expect(feedback).toHaveTextContent('Cover better by 90');
});

test('the publish modal shows what changes against the last version and publishes it', async () => {
  await openBoard();
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Publish' }));

  const modal = await screen.findByRole('dialog', { name: 'Publish rota' });
  expect(await within(modal).findByText('Changes against version 1; publishing makes version 2.')).toBeInTheDocument();
  const diff = within(modal).getByRole('table', { name: '2 clinician(s) with changed shifts' });
  expect(within(diff).getByRole('row', { name: /Dr Chidi Clinician Mon 2 Mar 18:30–20:00 Cramlington —/ })).toBeInTheDocument();
  expect(within(diff).getByRole('row', { name: /Dr Old Assignment — Tue 3 Mar 18:30–20:00 Blyth/ })).toBeInTheDocument();

  await user.click(within(modal).getByRole('button', { name: 'Publish version 2' }));
  expect(await screen.findByText('Version 2 published')).toBeInTheDocument();
});

test('rule violations found by the checker block publishing', async () => {
  server.use(
    http.get('*/api/rotas/:rotaId/publish-preview', () =>
      HttpResponse.json(testPublishPreview([
          { rule: 'Rest between shifts', clinicianId: '7', description: 'Dr Chidi Clinician rests 9 h on 3 Mar', penalty: 1 },
        ])),
    ),
  );
  await openBoard();
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Publish' }));

  const modal = await screen.findByRole('dialog', { name: 'Publish rota' });
  expect(await within(modal).findByText('Cannot publish: the rota breaks these rules')).toBeInTheDocument();
  expect(within(modal).getByText(/Rest between shifts: Dr Chidi Clinician rests 9 h/)).toBeInTheDocument();
  expect(within(modal).getByRole('button', { name: 'Publish version 2' })).toBeDisabled();
});

test('a manager creates a rota and lands on its board', async () => {
  signInForTest(testUsers.hubManager);
  const { router } = renderApp('/rota');
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'New rota' }));
  const modal = await screen.findByRole('dialog', { name: 'New rota' });
  await user.click(within(modal).getByRole('button', { name: 'Create rota' }));
  expect(within(modal).getByText('Give the rota a name')).toBeInTheDocument();

  await user.type(within(modal).getByRole('textbox', { name: /Name/ }), 'Spring');
  await user.click(within(modal).getByRole('button', { name: 'Create rota' }));
  await waitFor(() => expect(router.state.location.pathname).toBe('/rota/43'));
});
