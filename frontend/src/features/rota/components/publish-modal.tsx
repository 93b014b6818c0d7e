import { Alert, Button, Group, List, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { RotaBoard } from '@/api/types';
import { usePublishPreview } from '../api/get-publish-preview';
import { usePublishRota } from '../api/publish-rota';
import { RotaDiffTable } from './rota-diff-table';

type PublishModalProps = {
  rota: RotaBoard;
  opened: boolean;
  onClose: () => void;
};

/** Publishing shows what changes against the last published version first; hard-rule violations block it. */
export function PublishModal({ rota, opened, onClose }: PublishModalProps) {
  const [note, setNote] = useState('');
  const preview = usePublishPreview({ rotaId: rota.id, queryConfig: { enabled: opened } });
  const publish = usePublishRota({
    mutationConfig: {
      onSuccess: (result) => {
        notifications.show({
          color: 'teal',
          title: `Version ${result.versionNumber} published`,
          message: `${result.notifiedClinicians} clinician(s) notified of their changes.`,
        });
        setNote('');
        onClose();
      },
    },
  });
  const data = preview.data;
  const nextVersion = rota.publishedVersion + 1;

  return (
    <Modal opened={opened} onClose={onClose} title="Publish rota" closeButtonProps={{ 'aria-label': 'Close publish preview' }} size="xl">
      {(preview.isPending || preview.isFetching) && !data && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">Checking the rota and comparing it with the last published version…</Text>
        </Group>
      )}
      {data && (
        <Stack gap="md">
          <Text size="sm">
            {data.diff.fromVersion === 0
              ? `This will be the first published version (version ${nextVersion}).`
              : `Changes against version ${data.diff.fromVersion}; publishing makes version ${nextVersion}.`}
          </Text>
          {!data.publishable && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Cannot publish: the rota breaks these rules">
              <List size="sm">
                {data.violations.map((violation) => (
                  <List.Item key={`${violation.rule}-${violation.description}`}>
                    {violation.rule}: {violation.description}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <RotaDiffTable diff={data.diff} emptyText="No shift changes since the last published version." />
          <Textarea
            label="Note for this version (optional)"
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              disabled={!data.publishable}
              loading={publish.isPending}
              onClick={() => publish.mutate({ rotaId: rota.id, version: rota.version, note: note.trim() || undefined })}
            >
              Publish version {nextVersion}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
