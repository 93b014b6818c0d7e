import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getRota(rotaId: number) {
  return requireData(await apiClient.GET('/api/rotas/{rotaId}', { params: { path: { rotaId } } }));
}

export function getRotaQueryOptions(rotaId: number) {
  return queryOptions({ queryKey: ['rota', { rotaId }], queryFn: () => getRota(rotaId) });
}

type UseRotaOptions = { rotaId: number; queryConfig?: QueryConfig<typeof getRotaQueryOptions> };

export function useRota({ rotaId, queryConfig }: UseRotaOptions) {
  return useQuery({ ...getRotaQueryOptions(rotaId), ...queryConfig });
}
