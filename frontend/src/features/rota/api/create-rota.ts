import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { z } from 'zod';
import type { CreateRotaRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getRotasQueryOptions } from './get-rotas';

export const createRotaInputSchema = z.object({
  name: z.string().trim().min(1, 'Give the rota a name').max(200),
  firstDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose the first Monday')
    .refine((date) => dayjs(date).day() === 1, 'The rota starts on a Monday'),
  weeks: z.number().int().min(1, 'At least one week').max(6, 'At most 6 weeks'),
  hubIds: z.array(z.number()).min(1, 'Choose at least one hub'),
}) satisfies z.ZodType<CreateRotaRequest>;

export type CreateRotaInput = z.infer<typeof createRotaInputSchema>;

export async function createRota(input: CreateRotaInput) {
  return requireData(await apiClient.POST('/api/rotas', { body: input }));
}

type UseCreateRotaOptions = { mutationConfig?: MutationConfig<typeof createRota> };

export function useCreateRota({ mutationConfig }: UseCreateRotaOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: createRota,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getRotasQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
