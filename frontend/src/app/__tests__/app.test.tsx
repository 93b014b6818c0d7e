import { render, screen } from '@testing-library/react';
import { App } from '../app';

test('sends a visitor who is not signed in to the sign-in page', async () => {
  render(<App />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  expect(window.location.pathname).toBe('/sign-in');
});
