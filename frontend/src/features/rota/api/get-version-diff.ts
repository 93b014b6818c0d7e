import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** Who gained and who lost which shift in a published version, against the version before it. */
export async function getVersionDiff(rotaId: number, number: number) {
  return requireData(
    await apiClient.GET('/api/rotas/{rotaId}/versions/{number}/diff', { params: { path: { rotaId, number } } }),
  );
}

export function getVersionDiffQueryOptions(rotaId: number, number: number) {
  // A published version never changes, so its diff is kept for the session.
  return queryOptions({
    queryKey: ['rota-version-diff', { rotaId, number }],
    queryFn: () => getVersionDiff(rotaId, number),
    staleTime: Infinity,
  });
}

type UseVersionDiffOptions = { rotaId: number; number: number; queryConfig?: QueryConfig<typeof getVersionDiffQueryOptions> };

export function useVersionDiff({ rotaId, number, queryConfig }: UseVersionDiffOptions) {
  return useQuery({ ...getVersionDiffQueryOptions(rotaId, number), ...queryConfig });
}
