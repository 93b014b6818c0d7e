import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getHubTemplatesQueryOptions } from './get-hub-templates';

/** Refused with 409 if the version is stale. */
export type DeleteShiftTemplateInput = { hubId: number; templateId: number; version: number };

export async function deleteShiftTemplate({ hubId, templateId, version }: DeleteShiftTemplateInput) {
  await apiClient.DELETE('/api/admin/hubs/{hubId}/templates/{templateId}', {
    params: { path: { hubId, templateId }, query: { version } },
  });
}

type UseDeleteShiftTemplateOptions = { mutationConfig?: MutationConfig<typeof deleteShiftTemplate> };

export function useDeleteShiftTemplate({ mutationConfig }: UseDeleteShiftTemplateOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: deleteShiftTemplate,
    onSuccess: async (result, input, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: getHubTemplatesQueryOptions(input.hubId).queryKey });
      return onSuccess?.(result, input, ...rest);
    },
  });
}
