import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getUnavailabilityQueryOptions } from './get-unavailability';

export async function removeUnavailability(id: number) {
  await apiClient.DELETE('/api/me/unavailability/{id}', { params: { path: { id } } });
}

type UseRemoveUnavailabilityOptions = { mutationConfig?: MutationConfig<typeof removeUnavailability> };

export function useRemoveUnavailability({ mutationConfig }: UseRemoveUnavailabilityOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: removeUnavailability,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getUnavailabilityQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
