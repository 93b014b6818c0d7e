import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getRotaQueryOptions } from './get-rota';

export async function startSolving(rotaId: number) {
  await apiClient.POST('/api/rotas/{rotaId}/solve', { params: { path: { rotaId } } });
}

type UseStartSolvingOptions = { mutationConfig?: MutationConfig<typeof startSolving> };

export function useStartSolving({ mutationConfig }: UseStartSolvingOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: startSolving,
    onSuccess: async (result, rotaId, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(rotaId).queryKey });
      return onSuccess?.(result, rotaId, ...rest);
    },
  });
}
