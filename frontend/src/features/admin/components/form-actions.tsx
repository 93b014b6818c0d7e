import { Button, Group } from '@mantine/core';

type FormActionsProps = { saveLabel: string; saving: boolean; onCancel: () => void };

export function FormActions({ saveLabel, saving, onCancel }: FormActionsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={saving}>
        {saveLabel}
      </Button>
    </Group>
  );
}
