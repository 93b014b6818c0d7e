import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateClinicianRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

/** `body.version` is the one the form was loaded with: the server refuses a stale one with 409. */
export type UpdateClinicianInput = { clinicianId: number; body: UpdateClinicianRequest };

export async function updateClinician({ clinicianId, body }: UpdateClinicianInput) {
  return requireData(
    await apiClient.PUT('/api/admin/clinicians/{clinicianId}', { params: { path: { clinicianId } }, body }),
  );
}

type UseUpdateClinicianOptions = { mutationConfig?: MutationConfig<typeof updateClinician> };

export function useUpdateClinician({ mutationConfig }: UseUpdateClinicianOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: updateClinician,
    onSuccess: async (...args) => {
      // The directory pages and the clinician's own detail both live under 'clinicians'.
      await queryClient.invalidateQueries({ queryKey: ['clinicians'] });
      return onSuccess?.(...args);
    },
  });
}
