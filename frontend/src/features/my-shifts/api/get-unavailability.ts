import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getUnavailability() {
  return requireData(await apiClient.GET('/api/me/unavailability'));
}

export function getUnavailabilityQueryOptions() {
  return queryOptions({ queryKey: ['my-unavailability'], queryFn: getUnavailability });
}

type UseUnavailabilityOptions = { queryConfig?: QueryConfig<typeof getUnavailabilityQueryOptions> };

export function useUnavailability({ queryConfig }: UseUnavailabilityOptions = {}) {
  return useQuery({ ...getUnavailabilityQueryOptions(), ...queryConfig });
}
