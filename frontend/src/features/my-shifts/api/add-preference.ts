import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { PreferenceRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { getPreferencesQueryOptions } from './get-preferences';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** A wish names exactly one weekday, date or hub, matching its kind. */
export const addPreferenceInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['PREFER_WEEKDAY', 'AVOID_WEEKDAY']), weekday: z.enum(WEEKDAYS, 'Choose the weekday'), weight: z.number().int().min(1).max(10) }),
  z.object({ kind: z.enum(['PREFER_DATE', 'AVOID_DATE']), date: z.string().min(1, 'Choose the date'), weight: z.number().int().min(1).max(10) }),
  z.object({ kind: z.enum(['PREFER_HUB', 'AVOID_HUB']), hubId: z.number({ message: 'Choose the hub' }), weight: z.number().int().min(1).max(10) }),
]) satisfies z.ZodType<PreferenceRequest>;

export type AddPreferenceInput = z.infer<typeof addPreferenceInputSchema>;

export async function addPreference(input: AddPreferenceInput) {
  return requireData(await apiClient.POST('/api/me/preferences', { body: input }));
}

type UseAddPreferenceOptions = { mutationConfig?: MutationConfig<typeof addPreference> };

export function useAddPreference({ mutationConfig }: UseAddPreferenceOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: addPreference,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getPreferencesQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
