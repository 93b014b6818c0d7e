import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getPublishPreviewQueryOptions } from './get-publish-preview';
import { getRotaQueryOptions } from './get-rota';
import { getRotasQueryOptions } from './get-rotas';

export type PublishRotaInput = { rotaId: number; baseVersion: number };

/** `baseVersion` is the version the preview was made against: the server refuses if another publish came first. */
export async function publishRota({ rotaId, baseVersion }: PublishRotaInput) {
  return requireData(
    await apiClient.POST('/api/rotas/{rotaId}/publish', { params: { path: { rotaId } }, body: { baseVersion } }),
  );
}

type UsePublishRotaOptions = { mutationConfig?: MutationConfig<typeof publishRota> };

export function usePublishRota({ mutationConfig }: UsePublishRotaOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: publishRota,
    onSuccess: async (version, input, ...rest) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(input.rotaId).queryKey }),
        queryClient.invalidateQueries({ queryKey: getRotasQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: getPublishPreviewQueryOptions(input.rotaId).queryKey }),
      ]);
      return onSuccess?.(version, input, ...rest);
    },
  });
}
