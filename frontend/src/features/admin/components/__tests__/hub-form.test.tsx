import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { testHubs } from '@/testing/mocks/data/rota-fixtures';
import { staleVersionResponse } from '@/testing/mocks/problem-response';
import { server } from '@/testing/mocks/server';
import { openAdminTab } from '@/testing/open-admin-tab';

// Filling a whole form in jsdom takes several seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

test('a hub whose opening hours close before they open is not sent', async () => {
  let requests = 0;
  server.use(http.put('*/api/admin/hubs/:hubId', () => {
    requests += 1;
    return HttpResponse.json(testHubs[0]);
  }));
  const user = await openAdminTab('Hubs');
  await user.click(await screen.findByRole('button', { name: 'Edit Cramlington' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Cramlington' });
  fireEvent.change(within(dialog).getByLabelText('Closes (Monday)'), { target: { value: '07:00' } });
  await user.clear(within(dialog).getByRole('textbox', { name: /Rooms/ }));
  await user.click(within(dialog).getByRole('button', { name: 'Save hub' }));

  expect(await within(dialog).findByText('Must be after the opening time')).toBeInTheDocument();
  expect(within(dialog).getByText('Enter the number of rooms')).toBeInTheDocument();
  expect(requests).toBe(0);
});

test('an edited hub is sent with the version it was loaded with and its opening hours', async () => {
  let body: unknown;
  server.use(http.put('*/api/admin/hubs/:hubId', async ({ request }) => {
    body = await request.json();
    return HttpResponse.json(testHubs[0]);
  }));
  const user = await openAdminTab('Hubs');
  await user.click(await screen.findByRole('button', { name: 'Edit Cramlington' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Cramlington' });
  await user.click(within(dialog).getByRole('button', { name: 'Add opening hours' }));
  await user.click(within(dialog).getByRole('button', { name: 'Save hub' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(body).toMatchObject({
    version: 0,
    code: 'CRA',
    rooms: 4,
    openingHours: [
      { weekday: 'MONDAY', opens: '08:00', closes: '20:00' },
      { weekday: 'TUESDAY', opens: '08:00', closes: '20:00' },
    ],
  });
});

test('a stale hub delete offers a reload, and the retried delete carries the new version', async () => {
  const versions: (string | null)[] = [];
  let current = testHubs[0];
  server.use(
    http.get('*/api/hubs', () => HttpResponse.json([current, testHubs[1]])),
    http.delete('*/api/admin/hubs/:hubId', ({ request }) => {
      const version = new URL(request.url).searchParams.get('version');
      versions.push(version);
      return version === String(current.version)
        ? new HttpResponse(null, { status: 204 })
        : staleVersionResponse('Someone else changed this while you were editing it. Reload to see their change, then try again.');
    }),
  );
  const user = await openAdminTab('Hubs');
  await user.click(await screen.findByRole('button', { name: 'Delete Cramlington' }));
  const dialog = await screen.findByRole('dialog', { name: /Delete hub CRA Cramlington/ });
  current = { ...current, version: 3 };
  await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveTextContent('This record was changed by someone else');

  await user.click(within(alert).getByRole('button', { name: 'Reload' }));
  await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
  await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(versions).toEqual(['0', '3']);
});

test('a session needs its desired number at least its minimum, and a new one is sent for the chosen hub', async () => {
  let sent: { hubId?: string; body?: unknown } = {};
  server.use(
    http.post('*/api/admin/hubs/:hubId/templates', async ({ params, request }) => {
      sent = { hubId: params.hubId as string, body: await request.json() };
      return HttpResponse.json({});
    }),
  );
  const user = await openAdminTab('Templates');
  await user.click(await screen.findByRole('button', { name: 'Add session' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add session' });
  await user.click(within(dialog).getByRole('button', { name: 'Add session' }));
  expect(await within(dialog).findByText('Choose a day')).toBeInTheDocument();

  await user.click(within(dialog).getByRole('combobox', { name: 'Day' }));
  await user.click(await screen.findByRole('option', { name: 'Tuesday', hidden: true }));
  const minimum = within(dialog).getByRole('textbox', { name: 'Minimum (line 1)' });
  await user.clear(minimum);
  await user.type(minimum, '2');
  await user.click(within(dialog).getByRole('button', { name: 'Add session' }));
  expect(await within(dialog).findByText('Desired must be at least the minimum')).toBeInTheDocument();

  const desired = within(dialog).getByRole('textbox', { name: 'Desired (line 1)' });
  await user.clear(desired);
  await user.type(desired, '3');
  await user.click(within(dialog).getByRole('button', { name: 'Add session' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(sent).toEqual({
    hubId: '1',
    body: { weekday: 'TUESDAY', start: '18:30', end: '20:00', requirements: [{ role: 'GP', skills: [], min: 2, desired: 3 }] },
  });
});
