import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signInForTest } from './mocks/handlers/auth';
import { testUsers } from './mocks/test-users';
import { renderApp } from './test-utils';

/** Signs in as the administrator, opens /admin on the named tab and returns the user-event driver. */
export async function openAdminTab(name: string) {
  signInForTest(testUsers.admin);
  renderApp('/admin');
  // No delay between keystrokes: admin forms are long, and each keystroke re-renders the form.
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('tab', { name }));
  return user;
}
