import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getRotaQueryOptions } from './get-rota';
import { getPublishPreviewQueryOptions } from './get-publish-preview';

export type AssignClinicianInput = { rotaId: number; shiftId: number; clinicianId: number };

export async function assignClinician({ rotaId, shiftId, clinicianId }: AssignClinicianInput) {
  return requireData(
    await apiClient.POST('/api/rotas/{rotaId}/assignments', {
      params: { path: { rotaId } },
      body: { shiftId, clinicianId },
    }),
  );
}

type UseAssignClinicianOptions = { mutationConfig?: MutationConfig<typeof assignClinician> };

export function useAssignClinician({ mutationConfig }: UseAssignClinicianOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: assignClinician,
    onSuccess: async (change, input, ...rest) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(input.rotaId).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['suggestions', { rotaId: input.rotaId }] }),
        queryClient.invalidateQueries({ queryKey: getPublishPreviewQueryOptions(input.rotaId).queryKey }),
      ]);
      return onSuccess?.(change, input, ...rest);
    },
  });
}
