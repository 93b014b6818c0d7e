import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getNotificationsQueryOptions } from './get-notifications';

export async function markNotificationRead(notificationId: number) {
  await apiClient.POST('/api/me/notifications/{notificationId}/read', { params: { path: { notificationId } } });
}

type UseMarkNotificationReadOptions = { mutationConfig?: MutationConfig<typeof markNotificationRead> };

export function useMarkNotificationRead({ mutationConfig }: UseMarkNotificationReadOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: markNotificationRead,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getNotificationsQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
