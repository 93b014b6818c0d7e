import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getRotaQueryOptions } from './get-rota';
import { getPublishPreviewQueryOptions } from './get-publish-preview';

export type UnassignClinicianInput = { rotaId: number; assignmentId: number };

export async function unassignClinician({ rotaId, assignmentId }: UnassignClinicianInput) {
  return requireData(
    await apiClient.DELETE('/api/rotas/{rotaId}/assignments/{assignmentId}', {
      params: { path: { rotaId, assignmentId } },
    }),
  );
}

type UseUnassignClinicianOptions = { mutationConfig?: MutationConfig<typeof unassignClinician> };

export function useUnassignClinician({ mutationConfig }: UseUnassignClinicianOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: unassignClinician,
    onSuccess: async (change, input, ...rest) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(input.rotaId).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['suggestions', { rotaId: input.rotaId }] }),
        queryClient.invalidateQueries({ queryKey: getPublishPreviewQueryOptions(input.rotaId).queryKey }),
      ]);
      return onSuccess?.(change, input, ...rest);
    },
  });
}
