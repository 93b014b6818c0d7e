import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { CurrentUser } from '@/api/types';
import { problemResponse } from '@/testing/mocks/problem-response';
import { server } from '@/testing/mocks/server';
import { TEST_PASSWORD, testUsers } from '@/testing/mocks/test-users';
import { renderApp } from '@/testing/test-utils';

async function fillInSignInForm(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(/username/i), username);
  await user.type(screen.getByLabelText(/^password/i), password);
  return user;
}

test('a visitor who is not signed in is sent from / to the sign-in page', async () => {
  const { router } = renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/sign-in');
});

test.each<[string, CurrentUser, string, string]>([
  ['an administrator', testUsers.admin, '/rota', 'Rota board'],
  ['a hub manager', testUsers.hubManager, '/rota', 'Rota board'],
  ['a clinician', testUsers.clinician, '/my-shifts', 'My shifts'],
  ['an operations lead', testUsers.opsLead, '/coverage', 'Coverage'],
])('signing in as %s opens their home page', async (_who, account, homePath, homeHeading) => {
  const { router } = renderApp('/sign-in');
  const user = await fillInSignInForm(account.username, TEST_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  expect(await screen.findByRole('heading', { level: 1, name: homeHeading })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(homePath);
});

test('pressing Enter in the password field signs in', async () => {
  const { router } = renderApp('/sign-in');
  const user = await fillInSignInForm(testUsers.clinician.username, TEST_PASSWORD);
  await user.keyboard('{Enter}');

  expect(await screen.findByRole('heading', { level: 1, name: 'My shifts' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/my-shifts');
});

test('a failed sign-in shows the problem detail from the server and stays on the form', async () => {
  const { router } = renderApp('/sign-in');
  const user = await fillInSignInForm(testUsers.hubManager.username, 'wrong password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Sign-in failed');
  expect(alert).toHaveTextContent('The username or password is not correct.');
  expect(router.state.location.pathname).toBe('/sign-in');
});

test('submitting an empty form names the missing fields without calling the server', async () => {
  let loginCalls = 0;
  server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith('/api/auth/login')) loginCalls += 1;
  });
  renderApp('/sign-in');
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Sign in' }));

  expect(await screen.findByText('Enter your username')).toBeInTheDocument();
  expect(screen.getByText('Enter your password')).toBeInTheDocument();
  expect(screen.getByLabelText(/username/i)).toHaveAttribute('aria-invalid', 'true');
  expect(loginCalls).toBe(0);
  server.events.removeAllListeners();
});

test('after signing in, the user returns to the page that asked them to sign in', async () => {
  const { router } = renderApp('/coverage');
  await screen.findByRole('heading', { level: 1, name: 'Sign in' });
  expect(router.state.location.search).toBe('?redirectTo=%2Fcoverage');

  const user = await fillInSignInForm(testUsers.hubManager.username, TEST_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Coverage' })).toBeInTheDocument();
});

test('when the session cannot be checked, the sign-in page says what the server answered', async () => {
  server.use(http.get('*/api/auth/me', () => problemResponse(500, 'Internal Server Error', 'Database unavailable.')));
  renderApp('/');

  expect(await screen.findByText(/could not check whether you are signed in/i)).toBeInTheDocument();
  expect(screen.getByText(/Database unavailable\./)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
});

test('a signed-in user who opens the sign-in page goes to their home page', async () => {
  server.use(http.get('*/api/auth/me', () => HttpResponse.json(testUsers.opsLead)));
  const { router } = renderApp('/sign-in');
  expect(await screen.findByRole('heading', { level: 1, name: 'Coverage' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/coverage');
});
