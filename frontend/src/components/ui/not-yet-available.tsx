import { EmptyState, List } from '@mantine/core';
import { IconCompass } from '@tabler/icons-react';

type NotYetAvailableProps = {
  /** What the page is for, e.g. "the rota board". */
  pageName: string;
  /** What the page will show once its data exists. */
  willShow: readonly string[];
};

/** An honest empty page: says what it will show rather than showing sample data. */
export function NotYetAvailable({ pageName, willShow }: NotYetAvailableProps) {
  return (
    <EmptyState
      align="left"
      icon={<IconCompass aria-hidden />}
      title="Nothing to show here yet"
      description={`Once ${pageName} is connected to the rota data, this page will show:`}
    >
      <List>
        {willShow.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </EmptyState>
  );
}
