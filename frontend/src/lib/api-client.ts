import createClient, { type Middleware } from 'openapi-fetch';
import type { ApiPaths } from '@/api/api-paths';
import { paths } from '@/config/paths';
import { ApiError, apiErrorFromNetworkFailure, apiErrorFromResponse } from './api-error';
import { CSRF_HEADER_NAME, CSRF_TOKEN_PATH, needsCsrfToken, readCsrfToken } from './csrf-token';

/** Endpoints whose 401 means "not signed in" or "wrong password", not "your session has ended". */
const SIGN_IN_ENDPOINTS = new Set(['/api/auth/me', '/api/auth/login']);

type ApiClientOptions = {
  baseUrl: string;
  /** Called when a request is rejected because the session has ended. */
  onUnauthorised: () => void;
};

/**
 * The one HTTP client. Typed on the generated OpenAPI paths. Every non-GET request carries the
 * CSRF header (fetching the token cookie first if there is none yet); every failure is thrown as
 * an {@link ApiError}, so a call either resolves with data or rejects.
 */
export function createApiClient({ baseUrl, onUnauthorised }: ApiClientOptions) {
  // Looked up on each call, not captured once, so test doubles that replace fetch are honoured.
  const fetchFromServer = (input: Request) => globalThis.fetch(input);

  const csrfMiddleware: Middleware = {
    async onRequest({ request }) {
      if (!needsCsrfToken(request.method)) {
        return undefined;
      }
      let token = readCsrfToken();
      if (token === undefined) {
        await fetchFromServer(new Request(`${baseUrl}${CSRF_TOKEN_PATH}`, { credentials: 'same-origin' })).catch(
          (cause: unknown) => {
            throw apiErrorFromNetworkFailure(cause);
          },
        );
        token = readCsrfToken();
      }
      if (token !== undefined) {
        request.headers.set(CSRF_HEADER_NAME, token);
      }
      return request;
    },
  };

  const errorMiddleware: Middleware = {
    async onResponse({ response, schemaPath }) {
      if (response.ok) {
        return undefined;
      }
      if (response.status === 401 && !SIGN_IN_ENDPOINTS.has(schemaPath)) {
        onUnauthorised();
      }
      throw await apiErrorFromResponse(response);
    },
    onError({ error }) {
      return error instanceof ApiError ? error : apiErrorFromNetworkFailure(error);
    },
  };

  const client = createClient<ApiPaths>({ baseUrl, fetch: fetchFromServer, credentials: 'same-origin' });
  client.use(csrfMiddleware, errorMiddleware);
  return client;
}

/**
 * A response body as the backend writes it. Jackson writes every record component, null or not, so every key is
 * present; but springdoc marks record components required only where a record says so, which makes the generated
 * types call almost every field optional. This puts the keys back (a value stays nullable where the description
 * says it may be null).
 */
export type Serialised<T> = T extends (infer Element)[]
  ? Serialised<Element>[]
  : T extends object
    ? { [Key in keyof T]-?: Serialised<Exclude<T[Key], undefined>> }
    : T;

/** The data of a call that succeeded with a body; the client has already thrown for failures. */
export function requireData<T>(result: { data?: T; response: Response }): Serialised<T> {
  if (result.data === undefined) {
    throw new ApiError({
      status: result.response.status,
      title: 'Unexpected response',
      detail: 'The server answered without the expected data.',
    });
  }
  return result.data as Serialised<T>;
}

function redirectToSignIn() {
  const { pathname, search } = window.location;
  if (pathname !== paths.auth.signIn.path) {
    window.location.assign(paths.auth.signIn.getHref(`${pathname}${search}`));
  }
}

export const apiClient = createApiClient({
  baseUrl: window.location.origin,
  onUnauthorised: redirectToSignIn,
});
