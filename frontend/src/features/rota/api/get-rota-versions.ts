import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** The published versions of a rota: number, who published it and when, and the note. */
export async function getRotaVersions(rotaId: number) {
  return requireData(await apiClient.GET('/api/rotas/{rotaId}/versions', { params: { path: { rotaId } } }));
}

export function getRotaVersionsQueryOptions(rotaId: number) {
  return queryOptions({ queryKey: ['rota-versions', { rotaId }], queryFn: () => getRotaVersions(rotaId) });
}

type UseRotaVersionsOptions = { rotaId: number; queryConfig?: QueryConfig<typeof getRotaVersionsQueryOptions> };

export function useRotaVersions({ rotaId, queryConfig }: UseRotaVersionsOptions) {
  return useQuery({ ...getRotaVersionsQueryOptions(rotaId), ...queryConfig });
}
