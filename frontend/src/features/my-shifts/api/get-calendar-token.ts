import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getCalendarToken() {
  return requireData(await apiClient.GET('/api/me/calendar-token'));
}

export function getCalendarTokenQueryOptions() {
  return queryOptions({ queryKey: ['calendar-token'], queryFn: getCalendarToken });
}

type UseCalendarTokenOptions = { queryConfig?: QueryConfig<typeof getCalendarTokenQueryOptions> };

export function useCalendarToken({ queryConfig }: UseCalendarTokenOptions = {}) {
  return useQuery({ ...getCalendarTokenQueryOptions(), ...queryConfig });
}
