import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export type OohVsCapacityQuery = { from: string; to: string };

/** The emergency hospital's arrivals by hour of week against hub clinician hours in the same hours. */
export async function getOohVsCapacity(query: OohVsCapacityQuery) {
  return requireData(await apiClient.GET('/api/ed-load/ooh-vs-capacity', { params: { query } }));
}

export function getOohVsCapacityQueryOptions(query: OohVsCapacityQuery) {
  return queryOptions({
    queryKey: ['ooh-vs-capacity', query],
    queryFn: () => getOohVsCapacity(query),
    placeholderData: keepPreviousData,
    // Without ED data the page shows the hub side alone and says why.
    meta: { showsErrorInline: true },
  });
}

type UseOohVsCapacityOptions = {
  query: OohVsCapacityQuery;
  queryConfig?: QueryConfig<typeof getOohVsCapacityQueryOptions>;
};

export function useOohVsCapacity({ query, queryConfig }: UseOohVsCapacityOptions) {
  return useQuery({ ...getOohVsCapacityQueryOptions(query), ...queryConfig });
}
