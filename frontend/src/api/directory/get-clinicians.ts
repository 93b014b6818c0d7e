import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

export type CliniciansQuery = { q?: string; page?: number; size?: number };

export async function getClinicians({ q, page = 0, size = 50 }: CliniciansQuery = {}) {
  return requireData(
    await apiClient.GET('/api/clinicians', { params: { query: { q: q || undefined, page, size } } }),
  );
}

export function getCliniciansQueryOptions(query: CliniciansQuery = {}) {
  return queryOptions({
    queryKey: ['clinicians', query],
    queryFn: () => getClinicians(query),
    placeholderData: keepPreviousData,
  });
}

type UseCliniciansOptions = {
  query?: CliniciansQuery;
  queryConfig?: QueryConfig<typeof getCliniciansQueryOptions>;
};

export function useClinicians({ query, queryConfig }: UseCliniciansOptions = {}) {
  return useQuery({ ...getCliniciansQueryOptions(query), ...queryConfig });
}
