import { Alert, Button, Group, List, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ShiftChange } from '@/api/types';
import { formatDay, formatTimeRange } from '@/utils/format';
import { usePublishPreview } from '../api/get-publish-preview';
import { usePublishRota } from '../api/publish-rota';

type PublishModalProps = {
  rotaId: number;
  opened: boolean;
  onClose: () => void;
};

/** Publishing shows what changes against the last published version first; rule violations block it. */
export function PublishModal({ rotaId, opened, onClose }: PublishModalProps) {
  const preview = usePublishPreview({ rotaId, queryConfig: { enabled: opened } });
  const publish = usePublishRota({
    mutationConfig: {
      onSuccess: (version) => {
        notifications.show({
          color: 'teal',
          title: `Version ${version.version} published`,
          message: 'The clinicians affected have been notified.',
        });
        onClose();
      },
    },
  });
  const data = preview.data;
  const isBlocked = (data?.violations.length ?? 0) > 0;
  const changeCount = (data?.added.length ?? 0) + (data?.removed.length ?? 0);

  return (
    <Modal opened={opened} onClose={onClose} title="Publish rota" size="xl">
      {preview.isPending && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">Comparing with the last published version…</Text>
        </Group>
      )}
      {data && (
        <Stack gap="md">
          <Text size="sm">
            {data.baseVersion === 0
              ? `This will be the first published version (version ${data.nextVersion}).`
              : `Changes against version ${data.baseVersion}; publishing makes version ${data.nextVersion}.`}
          </Text>
          {isBlocked && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Cannot publish: the rota breaks these rules">
              <List size="sm">
                {data.violations.map((violation) => (
                  <List.Item key={`${violation.rule}-${violation.detail}`}>
                    {violation.rule}: {violation.detail}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {changeCount === 0 ? (
            <Text size="sm">No shift changes since the last published version.</Text>
          ) : (
            <>
              <ChangeTable title={`Added (${data.added.length})`} changes={data.added} />
              <ChangeTable title={`Removed (${data.removed.length})`} changes={data.removed} />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              disabled={isBlocked}
              loading={publish.isPending}
              onClick={() => publish.mutate({ rotaId, baseVersion: data.baseVersion })}
            >
              Publish version {data.nextVersion}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function ChangeTable({ title, changes }: { title: string; changes: ShiftChange[] }) {
  if (changes.length === 0) {
    return null;
  }
  return (
    <section>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Day</Table.Th>
              <Table.Th scope="col">Hub</Table.Th>
              <Table.Th scope="col">Time</Table.Th>
              <Table.Th scope="col">Clinician</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={`${change.shiftId}-${change.clinicianName}`}>
                <Table.Td>{formatDay(change.date)}</Table.Td>
                <Table.Td>{change.hubName}</Table.Td>
                <Table.Td>{formatTimeRange(change.startLocal, change.endLocal)}</Table.Td>
                <Table.Td>{change.clinicianName}</Table.Td>
                <Table.Td>{change.roleLabel}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
