import {
  MutationCache,
  QueryCache,
  QueryClient,
  type DefaultOptions,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { showErrorNotification } from '@/components/ui/notifications';
import { ApiError } from './api-error';

/** Lets a query or mutation show its own error instead of the global notification. */
type ErrorDisplayMeta = { showsErrorInline?: boolean };

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: ErrorDisplayMeta;
    mutationMeta: ErrorDisplayMeta;
  }
}

export const queryConfig = {
  queries: {
    retry: false,
    refetchOnWindowFocus: false,
    staleTime: 60 * 1000,
  },
} satisfies DefaultOptions;

function notifyUnlessHandled(error: Error, meta: ErrorDisplayMeta | undefined) {
  // A 401 outside sign-in already sends the user to the sign-in page.
  const isSessionEnd = error instanceof ApiError && error.status === 401;
  if (!meta?.showsErrorInline && !isSessionEnd) {
    showErrorNotification(error);
  }
}

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: queryConfig,
    queryCache: new QueryCache({ onError: (error, query) => notifyUnlessHandled(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _onMutateResult, mutation) => notifyUnlessHandled(error, mutation.meta),
    }),
  });
}

/** Extra options a `useXxx` query hook accepts: everything except what its query options fix. */
export type QueryConfig<T extends (...args: never[]) => unknown> = Omit<ReturnType<T>, 'queryKey' | 'queryFn'>;

/** Extra options a `useXxx` mutation hook accepts, typed from its fetcher. */
export type MutationConfig<MutationFn extends (...args: never[]) => Promise<unknown>> = UseMutationOptions<
  Awaited<ReturnType<MutationFn>>,
  Error,
  Parameters<MutationFn>[0]
>;
