import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { getHubsQueryOptions } from '@/api/directory/get-hubs';
import type { CreateHubRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { code, endsAfterStart, integer, latitude, longitude, requiredText, timeOfDay, weekday } from '../utils/validation';

const openingHoursSchema = z
  .object({ weekday, opens: timeOfDay, closes: timeOfDay })
  .refine((hours) => endsAfterStart(hours.opens, hours.closes), {
    path: ['closes'],
    message: 'Must be after the opening time',
  });

/** CreateHubRequest's rules, and HubAdminService's: a weekday at most once. An update adds only the version. */
export const hubInputSchema = z.object({
  code,
  name: requiredText('a name', 200),
  town: requiredText('a town', 100),
  latitude,
  longitude,
  rooms: integer('the number of rooms').min(1, 'At least one room'),
  populationServed: integer('the population served').min(0, 'Cannot be negative'),
  openingHours: z
    .array(openingHoursSchema)
    .max(7, 'At most one line a day')
    .superRefine((lines, context) => {
      lines.forEach((line, index) => {
        if (lines.findIndex((other) => other.weekday === line.weekday) !== index) {
          context.addIssue({ code: 'custom', path: [index, 'weekday'], message: 'This day is already listed' });
        }
      });
    }),
}) satisfies z.ZodType<CreateHubRequest>;

export async function createHub(body: CreateHubRequest) {
  return requireData(await apiClient.POST('/api/admin/hubs', { body }));
}

type UseCreateHubOptions = { mutationConfig?: MutationConfig<typeof createHub> };

export function useCreateHub({ mutationConfig }: UseCreateHubOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: createHub,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getHubsQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
