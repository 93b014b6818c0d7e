import { Button, Group, Modal, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { getHubsQueryOptions, useHubs } from '@/api/directory/get-hubs';
import type { Hub } from '@/api/types';
import { useDeleteHub } from '../api/delete-hub';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { DataTable, Loading, RowActions } from './data-table';
import { HubForm } from './hub-form';
import { findById, useRecordDialogs } from './use-record-dialogs';

/** Hubs and their opening hours; each hub's weekly sessions are edited on the Templates tab. */
export function HubsPanel() {
  const hubs = useHubs();
  const queryClient = useQueryClient();
  const deleteHub = useDeleteHub({ mutationConfig: { onSuccess: () => dialogs.closeDelete() } });
  const dialogs = useRecordDialogs<Hub>({
    fetchOne: findById(() => queryClient.fetchQuery({ ...getHubsQueryOptions(), staleTime: 0 })),
    resetDelete: deleteHub.reset,
  });
  const { deleting } = dialogs;

  if (hubs.isPending) return <Loading />;
  return (
    <Stack gap="sm">
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialogs.startAdd}>
          Add hub
        </Button>
      </Group>
      <DataTable caption="Hubs" headers={['Code', 'Name', 'Town', 'Rooms', 'Population served', 'Open', 'Actions']} minWidth={800}>
        {hubs.data?.map((hub) => (
          <Table.Tr key={hub.id}>
            <Table.Td>{hub.code}</Table.Td>
            <Table.Td>{hub.name}</Table.Td>
            <Table.Td>{hub.town}</Table.Td>
            <Table.Td>{hub.rooms}</Table.Td>
            <Table.Td>{hub.populationServed.toLocaleString('en-GB')}</Table.Td>
            <Table.Td>{hub.openingHours.length} days a week</Table.Td>
            <RowActions name={hub.name} onEdit={() => dialogs.startEdit(hub)} onDelete={() => dialogs.startDelete(hub)} />
          </Table.Tr>
        ))}
      </DataTable>
      <Modal
        opened={dialogs.isEditOpen}
        onClose={dialogs.closeEdit}
        title={dialogs.editing ? `Edit ${dialogs.editing.name}` : 'Add hub'}
        closeButtonProps={{ 'aria-label': 'Close' }}
        size="xl"
      >
        <HubForm hub={dialogs.editing} reload={dialogs.reloadEditing} onDone={dialogs.closeEdit} />
      </Modal>
      <ConfirmDeleteModal
        what={deleting && `hub ${deleting.code} ${deleting.name}`}
        onConfirm={() => deleting && deleteHub.mutate({ hubId: deleting.id, version: deleting.version })}
        onClose={dialogs.closeDelete}
        deleting={deleteHub.isPending}
        error={deleteHub.error}
        onReload={dialogs.reloadDeleting}
      />
    </Stack>
  );
}
