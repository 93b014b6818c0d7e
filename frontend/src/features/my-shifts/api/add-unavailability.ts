import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { z } from 'zod';
import type { UnavailabilityRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getUnavailabilityQueryOptions } from './get-unavailability';

export const addUnavailabilityInputSchema = z
  .object({
    from: z
      .string()
      .min(1, 'Choose the first day')
      .refine((date) => dayjs(date).isAfter(dayjs(), 'day'), 'Only future days: ask your hub manager about today'),
    to: z.string().min(1, 'Choose the last day'),
    kind: z.enum(['LEAVE', 'OTHER']),
    reason: z.string().max(200).optional(),
  })
  .refine((input) => !dayjs(input.to).isBefore(dayjs(input.from)), {
    message: 'The last day cannot be before the first',
    path: ['to'],
  }) satisfies z.ZodType<UnavailabilityRequest>;

export type AddUnavailabilityInput = z.infer<typeof addUnavailabilityInputSchema>;

export async function addUnavailability(input: AddUnavailabilityInput) {
  return requireData(await apiClient.POST('/api/me/unavailability', { body: input }));
}

type UseAddUnavailabilityOptions = { mutationConfig?: MutationConfig<typeof addUnavailability> };

export function useAddUnavailability({ mutationConfig }: UseAddUnavailabilityOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: addUnavailability,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getUnavailabilityQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
