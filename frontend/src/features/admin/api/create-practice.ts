import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { getPracticesQueryOptions } from '@/api/directory/get-practices';
import type { CreatePracticeRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { code, integer, latitude, longitude, requiredText } from '../utils/validation';

/** CreatePracticeRequest's rules; an update adds only the version. */
export const practiceInputSchema = z.object({
  code,
  name: requiredText('a name', 200),
  locality: requiredText('a locality', 100),
  listSize: integer('the list size').min(0, 'Cannot be negative'),
  latitude,
  longitude,
}) satisfies z.ZodType<CreatePracticeRequest>;

export async function createPractice(body: CreatePracticeRequest) {
  return requireData(await apiClient.POST('/api/admin/practices', { body }));
}

type UseCreatePracticeOptions = { mutationConfig?: MutationConfig<typeof createPractice> };

export function useCreatePractice({ mutationConfig }: UseCreatePracticeOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: createPractice,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getPracticesQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
