import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getRotaQueryOptions } from './get-rota';

export type SetAssignmentPinnedInput = { rotaId: number; assignmentId: number; pinned: boolean };

export async function setAssignmentPinned({ rotaId, assignmentId, pinned }: SetAssignmentPinnedInput) {
  return requireData(
    await apiClient.PUT('/api/rotas/{rotaId}/assignments/{assignmentId}/pinned', {
      params: { path: { rotaId, assignmentId } },
      body: { pinned },
    }),
  );
}

type UseSetAssignmentPinnedOptions = { mutationConfig?: MutationConfig<typeof setAssignmentPinned> };

export function useSetAssignmentPinned({ mutationConfig }: UseSetAssignmentPinnedOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: setAssignmentPinned,
    onSuccess: async (change, input, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(input.rotaId).queryKey });
      return onSuccess?.(change, input, ...rest);
    },
  });
}
