import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getRotas() {
  return requireData(await apiClient.GET('/api/rotas'));
}

export function getRotasQueryOptions() {
  return queryOptions({ queryKey: ['rotas'], queryFn: getRotas });
}

type UseRotasOptions = { queryConfig?: QueryConfig<typeof getRotasQueryOptions> };

export function useRotas({ queryConfig }: UseRotasOptions = {}) {
  return useQuery({ ...getRotasQueryOptions(), ...queryConfig });
}
