import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getPracticesQueryOptions } from '@/api/directory/get-practices';
import type { UpdatePracticeRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** `body.version` is the one the form was loaded with: the server refuses a stale one with 409. */
export type UpdatePracticeInput = { practiceId: number; body: UpdatePracticeRequest };

export async function updatePractice({ practiceId, body }: UpdatePracticeInput) {
  return requireData(await apiClient.PUT('/api/admin/practices/{practiceId}', { params: { path: { practiceId } }, body }));
}

type UseUpdatePracticeOptions = { mutationConfig?: MutationConfig<typeof updatePractice> };

export function useUpdatePractice({ mutationConfig }: UseUpdatePracticeOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: updatePractice,
    onSuccess: async (...args) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: getPracticesQueryOptions().queryKey }),
        // Clinician rows show their practice's name.
        queryClient.invalidateQueries({ queryKey: ['clinicians'] }),
      ]);
      return onSuccess?.(...args);
    },
  });
}
