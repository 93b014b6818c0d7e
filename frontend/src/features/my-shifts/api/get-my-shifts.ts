import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export type DateRange = { from: string; to: string };

export async function getMyShifts(range: DateRange) {
  return requireData(await apiClient.GET('/api/me/shifts', { params: { query: range } }));
}

export function getMyShiftsQueryOptions(range: DateRange) {
  return queryOptions({ queryKey: ['my-shifts', range], queryFn: () => getMyShifts(range) });
}

type UseMyShiftsOptions = { range: DateRange; queryConfig?: QueryConfig<typeof getMyShiftsQueryOptions> };

export function useMyShifts({ range, queryConfig }: UseMyShiftsOptions) {
  return useQuery({ ...getMyShiftsQueryOptions(range), ...queryConfig });
}
