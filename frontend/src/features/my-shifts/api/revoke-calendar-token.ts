import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getCalendarTokenQueryOptions } from './get-calendar-token';

export async function revokeCalendarToken() {
  await apiClient.DELETE('/api/me/calendar-token');
}

type UseRevokeCalendarTokenOptions = { mutationConfig?: MutationConfig<typeof revokeCalendarToken> };

export function useRevokeCalendarToken({ mutationConfig }: UseRevokeCalendarTokenOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: revokeCalendarToken,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getCalendarTokenQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
