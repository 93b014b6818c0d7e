import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CreateShiftTemplateRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { clinicalRole, endsAfterStart, integer, skills, timeOfDay, weekday } from '../utils/validation';
import { getHubTemplatesQueryOptions } from './get-hub-templates';

const requirementSchema = z
  .object({
    role: clinicalRole,
    skills,
    min: integer('a minimum').min(0, 'Cannot be negative'),
    desired: integer('a desired number').min(1, 'At least one'),
  })
  .refine((line) => line.desired >= line.min, { path: ['desired'], message: 'Desired must be at least the minimum' });

/** CreateShiftTemplateRequest's rules (an update adds only the version); the hub's opening hours are the server's check. */
export const shiftTemplateInputSchema = z
  .object({
    weekday,
    start: timeOfDay,
    end: timeOfDay,
    requirements: z.array(requirementSchema).min(1, 'Add at least one requirement line'),
  })
  .refine((template) => endsAfterStart(template.start, template.end), { path: ['end'], message: 'Must be after the start' }) satisfies z.ZodType<CreateShiftTemplateRequest>;

export type CreateShiftTemplateInput = { hubId: number; body: CreateShiftTemplateRequest };

export async function createShiftTemplate({ hubId, body }: CreateShiftTemplateInput) {
  return requireData(await apiClient.POST('/api/admin/hubs/{hubId}/templates', { params: { path: { hubId } }, body }));
}

type UseCreateShiftTemplateOptions = { mutationConfig?: MutationConfig<typeof createShiftTemplate> };

export function useCreateShiftTemplate({ mutationConfig }: UseCreateShiftTemplateOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: createShiftTemplate,
    onSuccess: async (result, input, ...rest) => {
      await queryClient.invalidateQueries({ queryKey: getHubTemplatesQueryOptions(input.hubId).queryKey });
      return onSuccess?.(result, input, ...rest);
    },
  });
}
