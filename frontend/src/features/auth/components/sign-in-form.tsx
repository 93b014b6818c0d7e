import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/api-error';
import { signInInputSchema, useSignIn, type SignInInput } from '../api/sign-in';

type FieldErrors = Partial<Record<keyof SignInInput, string>>;

/** Username and password; on success the signed-in user is cached, which the sign-in page redirects on. */
export function SignInForm() {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const signIn = useSignIn();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const parsed = signInInputSchema.safeParse({
      username: formData.get('username'),
      password: formData.get('password'),
    });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'username' || field === 'password') {
          errors[field] ??= issue.message;
        }
      }
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    signIn.mutate(parsed.data);
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Sign in">
      <Stack gap="md">
        {signIn.error && <SignInErrorAlert error={signIn.error} />}
        <TextInput
          label="Username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={fieldErrors.username}
          data-autofocus
        />
        <PasswordInput
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          error={fieldErrors.password}
          visibilityToggleButtonProps={{ 'aria-label': 'Show or hide password' }}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

function SignInErrorAlert({ error }: { error: Error }) {
  const title = error instanceof ApiError ? error.title : 'Sign-in failed';
  const detail = error instanceof ApiError ? error.detail : error.message;
  return (
    <Alert color="red" title={title} role="alert">
      {detail ?? 'Sign-in failed. Please try again.'}
    </Alert>
  );
}
