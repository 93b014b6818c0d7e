import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** What publishing now would change against the last published version, and what blocks it. */
export async function getPublishPreview(rotaId: number) {
  return requireData(await apiClient.GET('/api/rotas/{rotaId}/publish-preview', { params: { path: { rotaId } } }));
}

export function getPublishPreviewQueryOptions(rotaId: number) {
  return queryOptions({
    queryKey: ['publish-preview', { rotaId }],
    queryFn: () => getPublishPreview(rotaId),
    // A preview must show the rota as it is now, not as it was when last opened.
    staleTime: 0,
  });
}

type UsePublishPreviewOptions = {
  rotaId: number;
  queryConfig?: QueryConfig<typeof getPublishPreviewQueryOptions>;
};

export function usePublishPreview({ rotaId, queryConfig }: UsePublishPreviewOptions) {
  return useQuery({ ...getPublishPreviewQueryOptions(rotaId), ...queryConfig });
}
