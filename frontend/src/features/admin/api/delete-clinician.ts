import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** Refused with 409 if the version is stale or the clinician is still on a rota. */
export type DeleteClinicianInput = { clinicianId: number; version: number };

export async function deleteClinician({ clinicianId, version }: DeleteClinicianInput) {
  await apiClient.DELETE('/api/admin/clinicians/{clinicianId}', { params: { path: { clinicianId }, query: { version } } });
}

type UseDeleteClinicianOptions = { mutationConfig?: MutationConfig<typeof deleteClinician> };

export function useDeleteClinician({ mutationConfig }: UseDeleteClinicianOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: deleteClinician,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: ['clinicians'] });
      return onSuccess?.(...args);
    },
  });
}
