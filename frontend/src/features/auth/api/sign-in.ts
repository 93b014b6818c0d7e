import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CurrentUser, LoginRequestBody } from '@/api/types';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';
import { toCurrentUser } from '../utils/to-current-user';
import { getCurrentUserQueryOptions } from './get-current-user';

export const signInInputSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username'),
  password: z.string().min(1, 'Enter your password'),
}) satisfies z.ZodType<LoginRequestBody>;

export type SignInInput = z.infer<typeof signInInputSchema>;

export async function signIn(input: SignInInput): Promise<CurrentUser> {
  return toCurrentUser(requireData(await apiClient.POST('/api/auth/login', { body: input })));
}

type UseSignInOptions = {
  mutationConfig?: MutationConfig<typeof signIn>;
};

export function useSignIn({ mutationConfig }: UseSignInOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    // The sign-in form shows a failed sign-in next to the fields.
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: signIn,
    onSuccess: (user, ...args) => {
      queryClient.setQueryData(getCurrentUserQueryOptions().queryKey, user);
      return onSuccess?.(user, ...args);
    },
  });
}
