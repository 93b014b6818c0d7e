import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export type CoverageQuery = { from: string; to: string; hubId?: number };

/** Staffed against required per hub, date and hour, with the gaps below minimum. */
export async function getCoverage(query: CoverageQuery) {
  return requireData(await apiClient.GET('/api/coverage', { params: { query } }));
}

export function getCoverageQueryOptions(query: CoverageQuery) {
  return queryOptions({
    queryKey: ['coverage', query],
    queryFn: () => getCoverage(query),
    placeholderData: keepPreviousData,
  });
}

type UseCoverageOptions = { query: CoverageQuery; queryConfig?: QueryConfig<typeof getCoverageQueryOptions> };

export function useCoverage({ query, queryConfig }: UseCoverageOptions) {
  return useQuery({ ...getCoverageQueryOptions(query), ...queryConfig });
}
