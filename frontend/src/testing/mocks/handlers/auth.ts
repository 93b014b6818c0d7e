import { http, HttpResponse } from 'msw';
import type { CurrentUser, LoginRequestBody } from '@/api/types';
import { problemResponse } from '../problem-response';
import { TEST_PASSWORD, testUsers } from '../test-users';

/**
 * A stand-in for the backend's session and CSRF handling. jsdom's fetch does not store cookies,
 * so the CSRF endpoint writes the cookie into document.cookie as a browser would.
 */
let signedInUser: CurrentUser | null = null;
let issuedCsrfToken: string | null = null;
let csrfTokenCounter = 0;

export function signInForTest(user: CurrentUser) {
  signedInUser = user;
}

export function resetAuthMocks() {
  signedInUser = null;
  issuedCsrfToken = null;
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
}

function hasValidCsrfHeader(request: Request) {
  return issuedCsrfToken !== null && request.headers.get('X-XSRF-TOKEN') === issuedCsrfToken;
}

const csrfRejected = () => problemResponse(403, 'Forbidden', 'Invalid CSRF token.');

export const authHandlers = [
  http.get('*/api/auth/csrf', () => {
    csrfTokenCounter += 1;
    issuedCsrfToken = `csrf-token-${csrfTokenCounter}`;
    document.cookie = `XSRF-TOKEN=${issuedCsrfToken}; path=/`;
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('*/api/auth/me', () =>
    signedInUser ? HttpResponse.json(signedInUser) : problemResponse(401, 'Unauthorized', 'Sign in to continue.'),
  ),

  http.post('*/api/auth/login', async ({ request }) => {
    if (!hasValidCsrfHeader(request)) {
      return csrfRejected();
    }
    const { username, password } = (await request.json()) as LoginRequestBody;
    const user = Object.values(testUsers).find((candidate) => candidate.username === username);
    if (!user || password !== TEST_PASSWORD) {
      return problemResponse(401, 'Sign-in failed', 'The username or password is not correct.');
    }
    signedInUser = user;
    return HttpResponse.json(user);
  }),

  http.post('*/api/auth/logout', ({ request }) => {
    if (!hasValidCsrfHeader(request)) {
      return csrfRejected();
    }
    signedInUser = null;
    return new HttpResponse(null, { status: 204 });
  }),
];
