import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

type ContentLayoutProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

/** A page: its heading, a line saying what it is for, and its content. Also sets the browser tab title. */
export function ContentLayout({ title, description, children }: ContentLayoutProps) {
  useDocumentTitle(`${title} · Hub Rota`);
  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {children}
    </Stack>
  );
}
