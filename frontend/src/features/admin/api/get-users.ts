import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export async function getUsers() {
  return requireData(await apiClient.GET('/api/admin/users'));
}

export function getUsersQueryOptions() {
  return queryOptions({ queryKey: ['users'], queryFn: getUsers });
}

type UseUsersOptions = { queryConfig?: QueryConfig<typeof getUsersQueryOptions> };

export function useUsers({ queryConfig }: UseUsersOptions = {}) {
  return useQuery({ ...getUsersQueryOptions(), ...queryConfig });
}
