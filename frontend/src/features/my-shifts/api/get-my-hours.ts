import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export type DateRange = { from: string; to: string };

export async function getMyHours(range: DateRange) {
  return requireData(await apiClient.GET('/api/me/hours', { params: { query: range } }));
}

export function getMyHoursQueryOptions(range: DateRange) {
  return queryOptions({ queryKey: ['my-hours', range], queryFn: () => getMyHours(range) });
}

type UseMyHoursOptions = { range: DateRange; queryConfig?: QueryConfig<typeof getMyHoursQueryOptions> };

export function useMyHours({ range, queryConfig }: UseMyHoursOptions) {
  return useQuery({ ...getMyHoursQueryOptions(range), ...queryConfig });
}
