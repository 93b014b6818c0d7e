import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export type AccessQuery = { from: string; to: string; hubId?: number[] };

/** Seven-day access figures against the Enhanced Access standard. */
export async function getAccess(query: AccessQuery) {
  return requireData(await apiClient.GET('/api/coverage/access', { params: { query } }));
}

export function getAccessQueryOptions(query: AccessQuery) {
  return queryOptions({
    queryKey: ['coverage-access', query],
    queryFn: () => getAccess(query),
    placeholderData: keepPreviousData,
  });
}

type UseAccessOptions = { query: AccessQuery; queryConfig?: QueryConfig<typeof getAccessQueryOptions> };

export function useAccess({ query, queryConfig }: UseAccessOptions) {
  return useQuery({ ...getAccessQueryOptions(query), ...queryConfig });
}
