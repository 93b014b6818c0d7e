import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getRotaQueryOptions } from './get-rota';

export async function stopSolving(rotaId: number) {
  await apiClient.POST('/api/rotas/{rotaId}/stop', { params: { path: { rotaId } } });
}

type UseStopSolvingOptions = { mutationConfig?: MutationConfig<typeof stopSolving> };

export function useStopSolving({ mutationConfig }: UseStopSolvingOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: stopSolving,
    onSuccess: async (result, rotaId, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(rotaId).queryKey });
      return onSuccess?.(result, rotaId, ...rest);
    },
  });
}
