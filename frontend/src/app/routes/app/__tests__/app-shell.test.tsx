import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CurrentUser } from '@/api/types';
import { signInForTest } from '@/testing/mocks/handlers/auth';
import { testUsers } from '@/testing/mocks/test-users';
import { renderApp } from '@/testing/test-utils';

async function navigationLinkNames() {
  const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
  return within(navigation)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

test.each<[string, CurrentUser, string[]]>([
  ['an administrator', testUsers.admin, ['Rota board', 'Coverage', 'Admin']],
  ['a hub manager', testUsers.hubManager, ['Rota board', 'Coverage']],
  ['a clinician', testUsers.clinician, ['My shifts']],
  ['an operations lead', testUsers.opsLead, ['Coverage']],
])('the navigation shows %s only the pages of their role', async (_who, account, expectedLinks) => {
  signInForTest(account);
  renderApp('/');
  expect(await navigationLinkNames()).toEqual(expectedLinks);
});

test('the header shows the product and the signed-in user', async () => {
  signInForTest(testUsers.hubManager);
  renderApp('/rota');
  const header = await screen.findByRole('banner');
  expect(within(header).getByRole('link', { name: 'Hub Rota' })).toBeInTheDocument();
  expect(within(header).getByText(testUsers.hubManager.displayName)).toBeInTheDocument();
});

test('the current page is marked in the navigation', async () => {
  signInForTest(testUsers.admin);
  renderApp('/coverage');
  const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
  expect(within(navigation).getByRole('link', { name: 'Coverage' })).toHaveAttribute('aria-current', 'page');
  expect(within(navigation).getByRole('link', { name: 'Admin' })).not.toHaveAttribute('aria-current');
});

test('following a navigation link opens that page', async () => {
  signInForTest(testUsers.admin);
  const { router } = renderApp('/rota');
  const user = userEvent.setup();
  const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
  await user.click(within(navigation).getByRole('link', { name: 'Admin' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Admin' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/admin');
});

test('a page outside the user’s role says so instead of showing it', async () => {
  signInForTest(testUsers.clinician);
  renderApp('/rota');
  expect(await screen.findByRole('heading', { level: 1, name: 'No access' })).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Rota board' })).not.toBeInTheDocument();
});

test('signing out returns to the sign-in page', async () => {
  signInForTest(testUsers.hubManager);
  const { router } = renderApp('/rota');
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Sign out' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/sign-in');
});

test('on a phone the burger button opens the navigation', async () => {
  signInForTest(testUsers.admin);
  renderApp('/rota');
  const user = userEvent.setup();
  const burger = await screen.findByRole('button', { name: 'Open navigation' });
  expect(burger).toHaveAttribute('aria-expanded', 'false');
  await user.click(burger);
  expect(screen.getByRole('button', { name: 'Close navigation' })).toHaveAttribute('aria-expanded', 'true');
});
