import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateShiftTemplateRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getHubTemplatesQueryOptions } from './get-hub-templates';

/** `body.version` is the one the form was loaded with: the server refuses a stale one with 409. */
export type UpdateShiftTemplateInput = { hubId: number; templateId: number; body: UpdateShiftTemplateRequest };

export async function updateShiftTemplate({ hubId, templateId, body }: UpdateShiftTemplateInput) {
  return requireData(
    await apiClient.PUT('/api/admin/hubs/{hubId}/templates/{templateId}', { params: { path: { hubId, templateId } }, body }),
  );
}

type UseUpdateShiftTemplateOptions = { mutationConfig?: MutationConfig<typeof updateShiftTemplate> };

export function useUpdateShiftTemplate({ mutationConfig }: UseUpdateShiftTemplateOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: updateShiftTemplate,
    onSuccess: async (result, input, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: getHubTemplatesQueryOptions(input.hubId).queryKey });
      return onSuccess?.(result, input, ...rest);
    },
  });
}
