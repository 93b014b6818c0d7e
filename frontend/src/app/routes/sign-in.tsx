import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useSearchParams } from 'react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { getPathAfterSignIn } from '@/features/auth/utils/home-path';
import { ApiError } from '@/lib/api-error';

export function SignInRoute() {
  useDocumentTitle('Sign in · Hub Rota');
  const [searchParams] = useSearchParams();
  const currentUser = useCurrentUser();

  if (currentUser.data) {
    return <Navigate to={getPathAfterSignIn(currentUser.data.roles, searchParams.get('redirectTo'))} replace />;
  }

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1}>Sign in</Title>
            <Text c="dimmed">Hub Rota: the seven-day primary care hub rota.</Text>
          </Stack>
          {currentUser.error && <SessionCheckFailedAlert error={currentUser.error} />}
          <SignInForm />
        </Stack>
      </Paper>
    </Center>
  );
}

function SessionCheckFailedAlert({ error }: { error: Error }) {
  const reason = error instanceof ApiError ? [error.title, error.detail].filter(Boolean).join(': ') : error.message;
  return (
    <Alert color="yellow" title="Could not check whether you are signed in">
      The server answered: {reason}
    </Alert>
  );
}
