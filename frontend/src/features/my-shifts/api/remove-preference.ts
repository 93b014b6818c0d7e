import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getPreferencesQueryOptions } from './get-preferences';

export async function removePreference(id: number) {
  await apiClient.DELETE('/api/me/preferences/{id}', { params: { path: { id } } });
}

type UseRemovePreferenceOptions = { mutationConfig?: MutationConfig<typeof removePreference> };

export function useRemovePreference({ mutationConfig }: UseRemovePreferenceOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: removePreference,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getPreferencesQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
