import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getPracticesQueryOptions } from '@/api/directory/get-practices';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** Refused with 409 if the version is stale or the practice is still the home practice of clinicians. */
export type DeletePracticeInput = { practiceId: number; version: number };

export async function deletePractice({ practiceId, version }: DeletePracticeInput) {
  await apiClient.DELETE('/api/admin/practices/{practiceId}', { params: { path: { practiceId }, query: { version } } });
}

type UseDeletePracticeOptions = { mutationConfig?: MutationConfig<typeof deletePractice> };

export function useDeletePractice({ mutationConfig }: UseDeletePracticeOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: deletePractice,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getPracticesQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
