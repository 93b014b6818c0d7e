import { PasswordInput, Stack } from '@mantine/core';
import { z } from 'zod';
import type { UserAccount } from '@/api/types';
import { MIN_PASSWORD_LENGTH, password } from '../api/create-user';
import { useResetUserPassword } from '../api/reset-user-password';
import { FormActions } from './form-actions';
import { FormProblem } from './form-problem';
import { useAdminForm } from './use-admin-form';

const resetPasswordSchema = z.object({ password });

type ResetPasswordFormProps = {
  user: UserAccount;
  reload: () => Promise<UserAccount | undefined>;
  onDone: () => void;
};

const toValues = (user: UserAccount | undefined) => ({ password: '', version: user?.version ?? 0 });

export function ResetPasswordForm({ user, reload, onDone }: ResetPasswordFormProps) {
  const { form, mutationConfig, problemProps } = useAdminForm({ schema: resetPasswordSchema, record: user, toValues, reload, onDone });
  const reset = useResetUserPassword({ mutationConfig });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => reset.mutate({ userId: user.id, password: values.password, version: values.version }))}
    >
      <Stack gap="sm">
        <FormProblem {...problemProps(reset)} />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters`}
          required
          data-autofocus
          {...form.getInputProps('password')}
          key={form.key('password')}
        />
        <FormActions saveLabel="Set password" saving={reset.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
