import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/react-query';

/** One clinician with their commitments, which an edit sends back (the update replaces all of them). */
export async function getClinician(clinicianId: number) {
  return requireData(await apiClient.GET('/api/clinicians/{clinicianId}', { params: { path: { clinicianId } } }));
}

export function getClinicianQueryOptions(clinicianId: number) {
  // Under 'clinicians', so whatever refreshes the directory refreshes this too.
  return queryOptions({ queryKey: ['clinicians', 'detail', { clinicianId }], queryFn: () => getClinician(clinicianId) });
}

type UseClinicianOptions = { clinicianId: number; queryConfig?: QueryConfig<typeof getClinicianQueryOptions> };

export function useClinician({ clinicianId, queryConfig }: UseClinicianOptions) {
  return useQuery({ ...getClinicianQueryOptions(clinicianId), ...queryConfig });
}
