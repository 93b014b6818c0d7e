import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getPractices() {
  return requireData(await apiClient.GET('/api/practices'));
}

export function getPracticesQueryOptions() {
  return queryOptions({ queryKey: ['practices'], queryFn: getPractices });
}

type UsePracticesOptions = { queryConfig?: QueryConfig<typeof getPracticesQueryOptions> };

export function usePractices({ queryConfig }: UsePracticesOptions = {}) {
  return useQuery({ ...getPracticesQueryOptions(), ...queryConfig });
}
