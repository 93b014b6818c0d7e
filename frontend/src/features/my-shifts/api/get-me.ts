import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getMe() {
  return requireData(await apiClient.GET('/api/me'));
}

export function getMeQueryOptions() {
  return queryOptions({ queryKey: ['me'], queryFn: getMe });
}

type UseMeOptions = { queryConfig?: QueryConfig<typeof getMeQueryOptions> };

export function useMe({ queryConfig }: UseMeOptions = {}) {
  return useQuery({ ...getMeQueryOptions(), ...queryConfig });
}
