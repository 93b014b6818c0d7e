import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** Clinicians who could fill the shift's gap, best first, with the score each would give. */
export async function getSuggestions(rotaId: number, shiftId: number) {
  return requireData(
    await apiClient.GET('/api/rotas/{rotaId}/shifts/{shiftId}/suggestions', {
      params: { path: { rotaId, shiftId } },
    }),
  );
}

export function getSuggestionsQueryOptions(rotaId: number, shiftId: number) {
  return queryOptions({
    queryKey: ['suggestions', { rotaId }, { shiftId }],
    queryFn: () => getSuggestions(rotaId, shiftId),
  });
}

type UseSuggestionsOptions = {
  rotaId: number;
  shiftId: number;
  queryConfig?: QueryConfig<typeof getSuggestionsQueryOptions>;
};

export function useSuggestions({ rotaId, shiftId, queryConfig }: UseSuggestionsOptions) {
  return useQuery({ ...getSuggestionsQueryOptions(rotaId, shiftId), ...queryConfig });
}
