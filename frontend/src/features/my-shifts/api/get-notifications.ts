import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getNotifications() {
  return requireData(await apiClient.GET('/api/me/notifications'));
}

export function getNotificationsQueryOptions() {
  return queryOptions({ queryKey: ['my-notifications'], queryFn: getNotifications });
}

type UseNotificationsOptions = { queryConfig?: QueryConfig<typeof getNotificationsQueryOptions> };

export function useNotifications({ queryConfig }: UseNotificationsOptions = {}) {
  return useQuery({ ...getNotificationsQueryOptions(), ...queryConfig });
}
