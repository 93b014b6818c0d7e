import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { signInForTest } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';
import { testUsers } from '@/testing/mocks/test-users';
import { renderApp } from '@/testing/test-utils';

test('the rota board links to the published versions, which list who published each and when', async () => {
  signInForTest(testUsers.hubManager);
  const { router } = renderApp('/rota/42');
  const user = userEvent.setup();
  await user.click(await screen.findByRole('link', { name: 'Published versions' }));

  expect(router.state.location.pathname).toBe('/rota/42/versions');
  const versions = await screen.findByRole('table', { name: 'Published versions, newest first' });
  const rows = within(versions).getAllByRole('row').slice(1);
  expect(rows.map((row) => row.textContent)).toEqual([
    expect.stringMatching(/^v2Tue 24 Feb 2026, \d\d:40admin2—Changes in v2$/),
    expect.stringMatching(/^v1Fri 20 Feb 2026, \d\d:15hub.manager2First cutChanges in v1$/),
  ]);
});

test('the newest version is compared with its predecessor first; another version can be chosen', async () => {
  signInForTest(testUsers.hubManager);
  const { router } = renderApp('/rota/42/versions');
  const user = userEvent.setup();

  const latest = await screen.findByRole('region', { name: 'Changes in version 2' });
  expect(within(latest).getByRole('heading', { name: 'Version 2 against version 1' })).toBeInTheDocument();
  const diff = await within(latest).findByRole('table', { name: '2 clinician(s) with changed shifts' });
  expect(within(diff).getByRole('row', { name: /Dr Chidi Clinician Tue 3 Mar 18:30–20:00 Blyth —/ })).toBeInTheDocument();
  expect(within(diff).getByRole('row', { name: /Dr Old Assignment — Tue 3 Mar 18:30–20:00 Blyth/ })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Changes in v1' }));
  const first = await screen.findByRole('region', { name: 'Changes in version 1' });
  expect(within(first).getByRole('heading', { name: 'Version 1: the first published version' })).toBeInTheDocument();
  expect(await within(first).findByRole('row', { name: /Dr Old Assignment Tue 3 Mar 18:30–20:00 Blyth —/ })).toBeInTheDocument();
  expect(router.state.location.search).toBe('?version=1');
});

test('a rota never published says so', async () => {
  server.use(http.get('*/api/rotas/:rotaId/versions', () => HttpResponse.json([])));
  signInForTest(testUsers.hubManager);
  renderApp('/rota/42/versions');
  expect(await screen.findByText('This rota has not been published yet.')).toBeInTheDocument();
});
