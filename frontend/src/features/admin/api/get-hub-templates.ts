import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** A hub's weekly sessions with their skill mix. */
export async function getHubTemplates(hubId: number) {
  return requireData(await apiClient.GET('/api/hubs/{hubId}/templates', { params: { path: { hubId } } }));
}

export function getHubTemplatesQueryOptions(hubId: number) {
  return queryOptions({ queryKey: ['hub-templates', { hubId }], queryFn: () => getHubTemplates(hubId) });
}

type UseHubTemplatesOptions = { hubId: number; queryConfig?: QueryConfig<typeof getHubTemplatesQueryOptions> };

export function useHubTemplates({ hubId, queryConfig }: UseHubTemplatesOptions) {
  return useQuery({ ...getHubTemplatesQueryOptions(hubId), ...queryConfig });
}
