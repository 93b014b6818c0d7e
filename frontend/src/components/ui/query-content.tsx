import { Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type QueryContentProps<T> = {
  query: { data: T | undefined; isPending: boolean; isError: boolean };
  /** What is loading, e.g. "your shifts". */
  what: string;
  children: (data: T) => ReactNode;
};

/**
 * A query's content, a progress indicator while it loads, or a plain statement that it could not be loaded
 * (the notification says why): never an empty state that would read as "there is nothing".
 */
export function QueryContent<T>({ query, what, children }: QueryContentProps<T>) {
  if (query.data !== undefined) {
    return children(query.data);
  }
  if (query.isError) {
    return <Text size="sm">Could not load {what}.</Text>;
  }
  return (
    <Group gap="xs">
      <Loader size="sm" aria-hidden />
      <Text size="sm">Loading {what}…</Text>
    </Group>
  );
}
