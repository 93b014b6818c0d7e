import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getCalendarTokenQueryOptions } from './get-calendar-token';

/** A new feed address; any earlier one stops working. The address is shown only now. */
export async function rotateCalendarToken() {
  return requireData(await apiClient.POST('/api/me/calendar-token'));
}

type UseRotateCalendarTokenOptions = { mutationConfig?: MutationConfig<typeof rotateCalendarToken> };

export function useRotateCalendarToken({ mutationConfig }: UseRotateCalendarTokenOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: rotateCalendarToken,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getCalendarTokenQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
