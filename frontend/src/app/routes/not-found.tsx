import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  useDocumentTitle('Page not found · Hub Rota');
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack gap="sm" align="center">
        <Title order={1}>Page not found</Title>
        <Text>There is no page at this address.</Text>
        <Anchor component={Link} to={paths.home.getHref()}>
          Go to your home page
        </Anchor>
      </Stack>
    </Center>
  );
}
