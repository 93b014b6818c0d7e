import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getRotaQueryOptions } from './get-rota';

/** `version` is the assignment's, so a pin on an assignment someone else changed meanwhile is refused (409). */
export type SetAssignmentPinnedInput = { rotaId: number; assignmentId: number; pinned: boolean; version: number };

export async function setAssignmentPinned({ rotaId, assignmentId, pinned, version }: SetAssignmentPinnedInput) {
  return requireData(
    await apiClient.PATCH('/api/rotas/{rotaId}/assignments/{assignmentId}', {
      params: { path: { rotaId, assignmentId } },
      body: { pinned, version },
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
