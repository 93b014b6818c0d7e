import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { problemResponse, staleVersionResponse } from '@/testing/mocks/problem-response';
import { server } from '@/testing/mocks/server';
import { openAdminTab } from '@/testing/open-admin-tab';

// Filling a whole form in jsdom takes several seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

async function openPracticesTab() {
  const user = await openAdminTab('Practices');
  await screen.findByRole('table', { name: 'Practices' });
  return user;
}

test('a new practice is checked against the backend rules before it is sent', async () => {
  let requests = 0;
  server.use(http.post('*/api/admin/practices', () => {
    requests += 1;
    return HttpResponse.json({});
  }));
  const user = await openPracticesTab();
  await user.click(screen.getByRole('button', { name: 'Add practice' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add practice' });
  await user.type(within(dialog).getByRole('textbox', { name: /Code/ }), '-A1');
  await user.click(within(dialog).getByRole('button', { name: 'Add practice' }));

  expect(await within(dialog).findByText(/Letters, digits, '.', '_' and '-' only/)).toBeInTheDocument();
  expect(within(dialog).getByText('Enter a name')).toBeInTheDocument();
  expect(within(dialog).getByText('Enter the list size')).toBeInTheDocument();
  expect(requests).toBe(0);
});

test('a new practice is sent and the list is fetched again', async () => {
  let body: unknown;
  let listFetches = 0;
  server.use(
    http.get('*/api/practices', () => {
      listFetches += 1;
      return HttpResponse.json([]);
    }),
    http.post('*/api/admin/practices', async ({ request }) => {
      body = await request.json();
      return HttpResponse.json({ id: 9, version: 0, ...(body as object) });
    }),
  );
  const user = await openPracticesTab();
  await user.click(screen.getByRole('button', { name: 'Add practice' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add practice' });
  await user.type(within(dialog).getByRole('textbox', { name: /Code/ }), 'A84099');
  await user.type(within(dialog).getByRole('textbox', { name: /Name/ }), ' New Surgery ');
  await user.type(within(dialog).getByRole('textbox', { name: /Locality/ }), 'Blyth');
  await user.type(within(dialog).getByRole('textbox', { name: /List size/ }), '8200');
  await user.type(within(dialog).getByRole('textbox', { name: /Latitude/ }), '55.1');
  await user.type(within(dialog).getByRole('textbox', { name: /Longitude/ }), '-1.5');
  await user.click(within(dialog).getByRole('button', { name: 'Add practice' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(body).toEqual({ code: 'A84099', name: 'New Surgery', locality: 'Blyth', listSize: 8200, latitude: 55.1, longitude: -1.5 });
  expect(listFetches).toBe(2);
});

test('a server field error is shown next to its field', async () => {
  server.use(
    http.put('*/api/admin/practices/:practiceId', () =>
      HttpResponse.json(
        { title: 'Invalid input', status: 400, detail: 'Some fields are not valid; see errors.', errors: [{ field: 'locality', message: 'must not be blank' }] },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  const user = await openPracticesTab();
  await user.click(screen.getByRole('button', { name: 'Edit Seaton Park Practice' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Seaton Park Practice' });
  await user.click(within(dialog).getByRole('button', { name: 'Save practice' }));

  expect(await within(dialog).findByText('must not be blank')).toBeInTheDocument();
  expect(within(dialog).getByRole('textbox', { name: /Locality/ })).toHaveAttribute('aria-invalid', 'true');
});

test('a stale version says someone else changed the practice, and Reload loads their change', async () => {
  let sentVersion: unknown;
  let current = { id: 3, version: 0, code: 'A84001', name: 'Seaton Park Practice', locality: 'Blyth', listSize: 9400, latitude: 55.1, longitude: -1.5 };
  server.use(
    http.get('*/api/practices', () => HttpResponse.json([current])),
    http.put('*/api/admin/practices/:practiceId', async ({ request }) => {
      const body = (await request.json()) as { version: number };
      sentVersion = body.version;
      if (body.version !== current.version) {
        return staleVersionResponse('Practice A84001 was changed by someone else (now version 1, you edited version 0); reload it and apply your change again.');
      }
      return HttpResponse.json({ ...current, ...body });
    }),
  );
  const user = await openPracticesTab();
  await user.click(screen.getByRole('button', { name: 'Edit Seaton Park Practice' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Seaton Park Practice' });
  current = { ...current, version: 1, name: 'Seaton Park Medical Group' };
  await user.click(within(dialog).getByRole('button', { name: 'Save practice' }));

  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveTextContent('This record was changed by someone else');
  expect(sentVersion).toBe(0);
  await user.click(within(alert).getByRole('button', { name: 'Reload' }));

  await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /Name/ })).toHaveValue('Seaton Park Medical Group'));
  expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Save practice' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(sentVersion).toBe(1);
});

test('a practice still in use is not deleted and the reason is shown', async () => {
  server.use(
    http.delete('*/api/admin/practices/:practiceId', () =>
      problemResponse(409, 'Conflict', 'Practice A84001 is the home practice of 12 clinician(s); move them first.'),
    ),
  );
  const user = await openPracticesTab();
  await user.click(screen.getByRole('button', { name: 'Delete Seaton Park Practice' }));
  const dialog = await screen.findByRole('dialog', { name: /Delete practice A84001/ });
  await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('is the home practice of 12 clinician(s)');
  expect(within(dialog).queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
});
