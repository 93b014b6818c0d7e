import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { problemResponse, staleVersionResponse } from '@/testing/mocks/problem-response';
import { server } from '@/testing/mocks/server';
import { openAdminTab } from '@/testing/open-admin-tab';

// Filling a whole form in jsdom takes several seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

test('an edited clinician keeps their commitments (and their period) and is sent with the version read', async () => {
  let body: unknown;
  server.use(http.put('*/api/admin/clinicians/:clinicianId', async ({ request }) => {
    body = await request.json();
    return HttpResponse.json({});
  }));
  const user = await openAdminTab('Clinicians');
  await user.click(await screen.findByRole('button', { name: 'Edit Dr Chidi Clinician' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Dr Chidi Clinician' });
  const baseline = await within(dialog).findByRole('textbox', { name: /Baseline a week/ });
  await user.clear(baseline);
  await user.type(baseline, '3001');
  await user.click(within(dialog).getByRole('button', { name: 'Save clinician' }));
  expect(await within(dialog).findByText('At most 3000 minutes (50 hours)')).toBeInTheDocument();
  expect(body).toBeUndefined();

  await user.clear(baseline);
  await user.type(baseline, '1800');
  const email = within(dialog).getByRole('textbox', { name: /E-mail/ });
  await user.type(email, 'chidi.clinician');
  await user.click(within(dialog).getByRole('button', { name: 'Save clinician' }));
  expect(await within(dialog).findByText('Enter an e-mail address such as name@nhs.net')).toBeInTheDocument();
  expect(body).toBeUndefined();

  await user.type(email, '@nhs.net');
  await user.click(within(dialog).getByRole('button', { name: 'Save clinician' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(body).toEqual({
    version: 0,
    active: true,
    code: 'C007',
    name: 'Dr Chidi Clinician',
    role: 'GP',
    skills: [],
    practiceId: 3,
    baselineWeeklyMinutes: 1800,
    maxTravelMinutes: 30,
    commitments: [{ weekday: 'MONDAY', start: '08:00', end: '18:00', validFrom: '2026-01-05', validTo: '2026-06-28' }],
    email: 'chidi.clinician@nhs.net',
  });
});

test('a new login is checked against the user rules: password length, hub scope and clinician link', async () => {
  let requests = 0;
  server.use(http.post('*/api/admin/users', () => {
    requests += 1;
    return HttpResponse.json({});
  }));
  const user = await openAdminTab('Users');
  await user.click(await screen.findByRole('button', { name: 'Add user' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add user' });
  await user.type(within(dialog).getByRole('textbox', { name: /Username/ }), 'new.manager');
  await user.type(within(dialog).getByRole('textbox', { name: /Display name/ }), 'New Manager');
  await user.type(within(dialog).getByLabelText(/Password/), 'too-short');
  await user.click(within(dialog).getByRole('checkbox', { name: 'Hub manager' }));
  await user.click(within(dialog).getByRole('checkbox', { name: 'Clinician' }));
  await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

  expect(await within(dialog).findByText('The password must have at least 12 characters')).toBeInTheDocument();
  expect(within(dialog).getByText('A hub manager must manage at least one hub')).toBeInTheDocument();
  expect(within(dialog).getByText('A clinician login must be linked to a clinician')).toBeInTheDocument();
  expect(requests).toBe(0);
});

test('a server problem that names no field of the form is shown at the top', async () => {
  server.use(http.post('*/api/admin/users', () => problemResponse(409, 'Conflict', 'Username ops.lead is already taken.')));
  const user = await openAdminTab('Users');
  await user.click(await screen.findByRole('button', { name: 'Add user' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add user' });
  await user.type(within(dialog).getByRole('textbox', { name: /Username/ }), 'ops.lead');
  await user.type(within(dialog).getByRole('textbox', { name: /Display name/ }), 'Olu Ops-Lead');
  await user.type(within(dialog).getByLabelText(/Password/), 'a long enough passphrase');
  await user.click(within(dialog).getByRole('checkbox', { name: 'Ops lead' }));
  await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

  const alert = await within(dialog).findByRole('alert');
  expect(alert).toHaveTextContent('Username ops.lead is already taken.');
  expect(within(alert).queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
});

test('disabling a login that changed meanwhile says so and reloads the users', async () => {
  let listFetches = 0;
  server.use(
    http.get('*/api/admin/users', () => {
      listFetches += 1;
      return HttpResponse.json([
        { id: 7, version: listFetches, username: 'dr.clinician', displayName: 'Dr Chidi Clinician', enabled: true, roles: ['CLINICIAN'], hubIds: [], clinicianId: 7 },
      ]);
    }),
    http.put('*/api/admin/users/:userId/enabled', () =>
      staleVersionResponse('User dr.clinician was changed by someone else (now version 2, you edited version 1); reload it and apply your change again.'),
    ),
  );
  const user = await openAdminTab('Users');
  await user.click(await screen.findByRole('button', { name: 'Disable dr.clinician' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('This record was changed by someone else');
  await user.click(within(alert).getByRole('button', { name: 'Reload' }));
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  expect(listFetches).toBe(2);
});

test('a new password is sent with the login version', async () => {
  let body: unknown;
  server.use(http.put('*/api/admin/users/:userId/password', async ({ request }) => {
    body = await request.json();
    return HttpResponse.json({});
  }));
  const user = await openAdminTab('Users');
  await user.click(await screen.findByRole('button', { name: 'Set a new password for dr.clinician' }));
  const dialog = await screen.findByRole('dialog', { name: 'New password for dr.clinician' });
  await user.type(within(dialog).getByLabelText(/New password/), 'short');
  await user.click(within(dialog).getByRole('button', { name: 'Set password' }));
  expect(await within(dialog).findByText('The password must have at least 12 characters')).toBeInTheDocument();
  await user.type(within(dialog).getByLabelText(/New password/), ' but now long enough');
  await user.click(within(dialog).getByRole('button', { name: 'Set password' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(body).toEqual({ password: 'short but now long enough', version: 0 });
});
