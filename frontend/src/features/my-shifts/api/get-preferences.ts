import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getPreferences() {
  return requireData(await apiClient.GET('/api/me/preferences'));
}

export function getPreferencesQueryOptions() {
  return queryOptions({ queryKey: ['my-preferences'], queryFn: getPreferences });
}

type UsePreferencesOptions = { queryConfig?: QueryConfig<typeof getPreferencesQueryOptions> };

export function usePreferences({ queryConfig }: UsePreferencesOptions = {}) {
  return useQuery({ ...getPreferencesQueryOptions(), ...queryConfig });
}
