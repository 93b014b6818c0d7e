import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CreateClinicianRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { clinicalRole, code, endsAfterStart, integer, requiredText, skills, timeOfDay, weekday } from '../utils/validation';

/** ClinicianLimits: 50 hours a week at most; four hours' travel one way at most. */
export const MAX_BASELINE_WEEKLY_MINUTES = 3000;
export const MAX_TRAVEL_MINUTES = 240;

const commitmentSchema = z
  .object({
    weekday,
    start: timeOfDay,
    end: timeOfDay,
    validFrom: z.string().optional(),
    validTo: z.string().optional(),
  })
  .refine((commitment) => endsAfterStart(commitment.start, commitment.end), { path: ['end'], message: 'Must be after the start' });

/** CreateClinicianRequest's rules; an update adds the version and `active`. */
export const clinicianInputSchema = z.object({
  code,
  name: requiredText('a name', 200),
  role: clinicalRole,
  skills,
  practiceId: z.number({ error: 'Choose a practice' }),
  baselineWeeklyMinutes: integer('the weekly baseline')
    .min(1, 'At least one minute')
    .max(MAX_BASELINE_WEEKLY_MINUTES, `At most ${MAX_BASELINE_WEEKLY_MINUTES} minutes (50 hours)`),
  maxTravelMinutes: integer('the travel limit')
    .min(0, 'Cannot be negative')
    .max(MAX_TRAVEL_MINUTES, `At most ${MAX_TRAVEL_MINUTES} minutes`),
  commitments: z.array(commitmentSchema),
  // Where change notifications are e-mailed; empty means none.
  email: z
    .string()
    .trim()
    .max(254, 'At most 254 characters')
    .transform((value) => (value === '' ? null : value))
    .pipe(z.email('Enter an e-mail address such as name@nhs.net').nullable()),
}) satisfies z.ZodType<CreateClinicianRequest>;

export async function createClinician(body: CreateClinicianRequest) {
  return requireData(await apiClient.POST('/api/admin/clinicians', { body }));
}

type UseCreateClinicianOptions = { mutationConfig?: MutationConfig<typeof createClinician> };

export function useCreateClinician({ mutationConfig }: UseCreateClinicianOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: createClinician,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: ['clinicians'] });
      return onSuccess?.(...args);
    },
  });
}
