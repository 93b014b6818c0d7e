import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { FormProblem } from './form-problem';

type ConfirmDeleteModalProps = {
  /** What is deleted, as the title says it: "practice A84001 Seaton Park". */
  what: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
  deleting: boolean;
  error: Error | null;
  /** Fetches the record again (its version may have moved on) so the delete can be tried again. */
  onReload: () => Promise<unknown>;
};

export function ConfirmDeleteModal({ what, onConfirm, onClose, deleting, error, onReload }: ConfirmDeleteModalProps) {
  return (
    <Modal opened={what !== undefined} onClose={onClose} title={`Delete ${what ?? ''}?`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <FormProblem error={error} onReload={onReload} />
        <Text size="sm">This cannot be undone.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red.8" loading={deleting} onClick={onConfirm}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
