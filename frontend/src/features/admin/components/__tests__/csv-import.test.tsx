import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { signInForTest } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';
import { testUsers } from '@/testing/mocks/test-users';
import { renderApp } from '@/testing/test-utils';

async function uploadClinicianCsv() {
  signInForTest(testUsers.admin);
  renderApp('/admin');
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: 'Import CSV' }));
  const file = new File(['code,name\nC1,Dr One\n'], 'clinicians.csv', { type: 'text/csv' });
  const fileInput = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!fileInput) throw new Error('no file input');
  await user.upload(fileInput, file);
  expect(screen.getByRole('button', { name: /CSV file/ })).toHaveTextContent('clinicians.csv');
  await user.click(screen.getByRole('button', { name: 'Import clinicians' }));
}

test('a refused import lists every bad row in a table', async () => {
  server.use(
    http.post('*/api/admin/imports/clinicians', () =>
      HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Import refused',
          status: 422,
          detail: '2 problem(s) found; nothing was stored.',
          errors: [
            { row: 2, field: 'role', message: 'unknown role "DOCTOR"' },
            { row: 5, field: 'baseline_weekly_hours', message: 'must be at most 60' },
          ],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
  await uploadClinicianCsv();

  const table = await screen.findByRole('table', { name: 'Problems found in the file' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((row) => row.textContent)).toEqual([
    '2roleunknown role "DOCTOR"',
    '5baseline_weekly_hoursmust be at most 60',
  ]);
  expect(screen.getByText('2 problem(s) found; nothing was stored.')).toBeInTheDocument();
});

test('an accepted import says how many rows were added and updated', async () => {
  await uploadClinicianCsv();
  expect(await screen.findByRole('status')).toHaveTextContent('2 added, 1 updated.');
});

test('the clinicians table lists the directory', async () => {
  signInForTest(testUsers.admin);
  renderApp('/admin');
  const table = await screen.findByRole('table', { name: 'Clinicians' });
  expect(within(table).getByRole('row', { name: /C007 Dr Chidi Clinician GP Seaton Park Practice 37 h 30 min Active/ })).toBeInTheDocument();
});
