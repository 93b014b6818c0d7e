import { Anchor, EmptyState } from '@mantine/core';
import { IconLockAccess } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts';
import { paths } from '@/config/paths';

export function AccessDenied() {
  return (
    <ContentLayout title="No access">
      <EmptyState
        align="left"
        icon={<IconLockAccess aria-hidden />}
        title="Your role does not include this page"
        description="Ask an administrator if you need it."
      >
        <EmptyState.Actions>
          <Anchor component={Link} to={paths.home.getHref()}>
            Go to your home page
          </Anchor>
        </EmptyState.Actions>
      </EmptyState>
    </ContentLayout>
  );
}
