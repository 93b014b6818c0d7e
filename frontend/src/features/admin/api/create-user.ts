import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CreateUserRequest } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { requiredText, USER_ROLES } from '../utils/validation';
import { getUsersQueryOptions } from './get-users';

/** UserRules.MIN_PASSWORD_LENGTH: length over composition rules (NCSC). */
export const MIN_PASSWORD_LENGTH = 12;

export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(128, 'At most 128 characters')
  .refine((value) => value.trim().length > 0, 'Enter a password');

/** The fields a new login and an edited one share, with UserRules' checks of roles against hubs and clinician. */
export const userAccessSchema = z.object({
  displayName: requiredText('a display name', 200),
  roles: z.array(z.enum(USER_ROLES)).min(1, 'Choose at least one role'),
  hubIds: z.array(z.number()),
  clinicianId: z.number().optional(),
});

type UserAccess = z.infer<typeof userAccessSchema>;

export function checkUserRules(user: UserAccess, context: z.RefinementCtx) {
  const manager = user.roles.includes('HUB_MANAGER');
  if (manager && user.hubIds.length === 0) {
    context.addIssue({ code: 'custom', path: ['hubIds'], message: 'A hub manager must manage at least one hub' });
  }
  if (!manager && user.hubIds.length > 0) {
    context.addIssue({ code: 'custom', path: ['hubIds'], message: 'Only hub managers are scoped to hubs' });
  }
  if (user.roles.includes('CLINICIAN') && user.clinicianId === undefined) {
    context.addIssue({ code: 'custom', path: ['clinicianId'], message: 'A clinician login must be linked to a clinician' });
  }
}

/** CreateUserRequest's rules. */
export const createUserInputSchema = userAccessSchema
  .extend({
    username: z
      .string()
      .trim()
      .min(1, 'Enter a username')
      .max(100, 'At most 100 characters')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/, "Letters, digits, '.', '_', '@' and '-' only"),
    password,
  })
  .superRefine(checkUserRules) satisfies z.ZodType<CreateUserRequest>;

export async function createUser(body: CreateUserRequest) {
  return requireData(await apiClient.POST('/api/admin/users', { body }));
}

type UseCreateUserOptions = { mutationConfig?: MutationConfig<typeof createUser> };

export function useCreateUser({ mutationConfig }: UseCreateUserOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: createUser,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: getUsersQueryOptions().queryKey });
      return onSuccess?.(...args);
    },
  });
}
