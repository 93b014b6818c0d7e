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

export function ResetPasswordForm({ user, reload, onDone }: ResetPasswordFormProps) {
  const { form, unplacedErrors, showServerErrors, load } = useAdminForm({
    schema: resetPasswordSchema,
    initialValues: { password: '', version: user.version },
  });
  const reset = useResetUserPassword({ mutationConfig: { onSuccess: onDone, onError: showServerErrors } });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => reset.mutate({ userId: user.id, password: values.password, version: values.version }))}
    >
      <Stack gap="sm">
        <FormProblem
          error={reset.error}
          unplacedErrors={unplacedErrors}
          onReload={async () => {
            const fresh = await reload();
            reset.reset();
            if (fresh) load({ password: form.getValues().password, version: fresh.version });
            else onDone();
          }}
        />
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
