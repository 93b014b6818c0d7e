import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createAppRoutes } from '@/app/router';

/** Renders the whole app (providers and routes) at a URL, against the MSW-mocked backend. */
export function renderApp(url: string) {
  const router = createMemoryRouter(createAppRoutes(), { initialEntries: [url] });
  const result = render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router };
}
