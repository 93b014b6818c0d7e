import { http, HttpResponse } from 'msw';
import { createApiClient } from '../api-client';
import { ApiError, NETWORK_FAILURE_STATUS } from '../api-error';
import { server } from '@/testing/mocks/server';
import { problemResponse } from '@/testing/mocks/problem-response';

function createTestClient(onUnauthorised = vi.fn()) {
  return createApiClient({ baseUrl: window.location.origin, onUnauthorised });
}

function captureLogoutRequests() {
  const requests: Request[] = [];
  server.use(
    http.post('*/api/auth/logout', ({ request }) => {
      requests.push(request);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return requests;
}

test('sends the XSRF-TOKEN cookie back as the X-XSRF-TOKEN header on a POST', async () => {
  document.cookie = 'XSRF-TOKEN=token-from-cookie; path=/';
  const requests = captureLogoutRequests();

  await createTestClient().POST('/api/auth/logout');

  expect(requests).toHaveLength(1);
  expect(requests[0].headers.get('X-XSRF-TOKEN')).toBe('token-from-cookie');
});

test('fetches a CSRF token first when there is no XSRF-TOKEN cookie yet', async () => {
  const requests = captureLogoutRequests();

  await createTestClient().POST('/api/auth/logout');

  expect(requests[0].headers.get('X-XSRF-TOKEN')).toMatch(/^csrf-token-\d+$/);
});

test('does not send the CSRF header on a GET', async () => {
  document.cookie = 'XSRF-TOKEN=token-from-cookie; path=/';
  const requests: Request[] = [];
  server.use(
    http.get('*/api/auth/me', ({ request }) => {
      requests.push(request);
      return problemResponse(401, 'Unauthorized', 'Sign in to continue.');
    }),
  );

  await expect(createTestClient().GET('/api/auth/me')).rejects.toBeInstanceOf(ApiError);
  expect(requests[0].headers.has('X-XSRF-TOKEN')).toBe(false);
});

test('turns a problem+json response into an ApiError with its title, detail and field errors', async () => {
  server.use(
    http.post('*/api/auth/login', () =>
      HttpResponse.json(
        {
          type: 'https://hubrota.example/problems/validation',
          title: 'Invalid request',
          status: 400,
          detail: 'The request has 1 invalid field.',
          errors: [{ field: 'username', message: 'must not be blank' }],
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );

  const error = await createTestClient()
    .POST('/api/auth/login', { body: { username: '', password: 'secret' } })
    .catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    status: 400,
    title: 'Invalid request',
    detail: 'The request has 1 invalid field.',
    message: 'The request has 1 invalid field.',
    type: 'https://hubrota.example/problems/validation',
    fieldErrors: [{ field: 'username', message: 'must not be blank' }],
  });
});

test('an error response without problem details still becomes an ApiError with its status', async () => {
  server.use(http.post('*/api/auth/logout', () => new HttpResponse('Bad gateway', { status: 502, statusText: 'Bad Gateway' })));

  const error = await createTestClient().POST('/api/auth/logout').catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', fieldErrors: [] });
});

test('a 401 outside sign-in reports the ended session', async () => {
  const onUnauthorised = vi.fn();
  server.use(http.post('*/api/auth/logout', () => problemResponse(401, 'Unauthorized', 'Session expired.')));

  await expect(createTestClient(onUnauthorised).POST('/api/auth/logout')).rejects.toMatchObject({ status: 401 });
  expect(onUnauthorised).toHaveBeenCalledTimes(1);
});

test('a 401 from the sign-in endpoints is an answer, not an ended session', async () => {
  const onUnauthorised = vi.fn();
  const client = createTestClient(onUnauthorised);

  await expect(client.GET('/api/auth/me')).rejects.toMatchObject({ status: 401 });
  await expect(
    client.POST('/api/auth/login', { body: { username: 'nobody', password: 'wrong' } }),
  ).rejects.toMatchObject({ status: 401, detail: 'The username or password is not correct.' });
  expect(onUnauthorised).not.toHaveBeenCalled();
});

test('an unreachable server becomes an ApiError explaining that', async () => {
  server.use(http.get('*/api/auth/me', () => HttpResponse.error()));

  const error = await createTestClient().GET('/api/auth/me').catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ status: NETWORK_FAILURE_STATUS, title: 'Cannot reach the server' });
});
