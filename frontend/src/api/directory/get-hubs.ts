import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** Directory reads shared by several features (rota board, coverage, admin) live beside the API types. */
export async function getHubs() {
  return requireData(await apiClient.GET('/api/hubs'));
}

export function getHubsQueryOptions() {
  return queryOptions({ queryKey: ['hubs'], queryFn: getHubs });
}

type UseHubsOptions = { queryConfig?: QueryConfig<typeof getHubsQueryOptions> };

export function useHubs({ queryConfig }: UseHubsOptions = {}) {
  return useQuery({ ...getHubsQueryOptions(), ...queryConfig });
}
