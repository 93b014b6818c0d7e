import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { z } from 'zod';
import type { AbsenceRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getRotaQueryOptions } from './get-rota';

export const recordAbsenceInputSchema = z
  .object({
    clinicianId: z.number({ message: 'Choose the clinician' }),
    from: z.string().min(1, 'Choose the first day'),
    to: z.string().min(1, 'Choose the last day'),
    reason: z.string().max(200).optional(),
  })
  .refine((input) => !dayjs(input.to).isBefore(dayjs(input.from)), {
    message: 'The last day cannot be before the first',
    path: ['to'],
  }) satisfies z.ZodType<AbsenceRequest>;

export type RecordAbsenceInput = z.infer<typeof recordAbsenceInputSchema> & { rotaId: number };

/** Marks a clinician absent: their shifts in those days are freed, and a solve re-plans around them. */
export async function recordAbsence({ rotaId, ...absence }: RecordAbsenceInput) {
  return requireData(
    await apiClient.POST('/api/rotas/{rotaId}/absences', { params: { path: { rotaId } }, body: absence }),
  );
}

type UseRecordAbsenceOptions = { mutationConfig?: MutationConfig<typeof recordAbsence> };

export function useRecordAbsence({ mutationConfig }: UseRecordAbsenceOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: recordAbsence,
    onSuccess: async (result, input, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(input.rotaId).queryKey });
      return onSuccess?.(result, input, ...rest);
    },
  });
}
