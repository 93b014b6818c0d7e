import { Button, Group, Modal, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { getPracticesQueryOptions, usePractices } from '@/api/directory/get-practices';
import type { Practice } from '@/api/types';
import { useDeletePractice } from '../api/delete-practice';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { DataTable, Loading, RowActions } from './data-table';
import { PracticeForm } from './practice-form';
import { findById, useRecordDialogs } from './use-record-dialogs';

export function PracticesPanel() {
  const practices = usePractices();
  const queryClient = useQueryClient();
  const deletePractice = useDeletePractice({ mutationConfig: { onSuccess: () => dialogs.closeDelete() } });
  const dialogs = useRecordDialogs<Practice>({
    fetchOne: findById(() => queryClient.fetchQuery({ ...getPracticesQueryOptions(), staleTime: 0 })),
    resetDelete: deletePractice.reset,
  });
  const { deleting } = dialogs;

  if (practices.isPending) return <Loading />;
  return (
    <Stack gap="sm">
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialogs.startAdd}>
          Add practice
        </Button>
      </Group>
      <DataTable caption="Practices" headers={['Code', 'Name', 'Locality', 'List size', 'Actions']} minWidth={600}>
        {practices.data?.map((practice) => (
          <Table.Tr key={practice.id}>
            <Table.Td>{practice.code}</Table.Td>
            <Table.Td>{practice.name}</Table.Td>
            <Table.Td>{practice.locality}</Table.Td>
            <Table.Td>{practice.listSize.toLocaleString('en-GB')}</Table.Td>
            <RowActions name={practice.name} onEdit={() => dialogs.startEdit(practice)} onDelete={() => dialogs.startDelete(practice)} />
          </Table.Tr>
        ))}
      </DataTable>
      <Modal
        opened={dialogs.isEditOpen}
        onClose={dialogs.closeEdit}
        title={dialogs.editing ? `Edit ${dialogs.editing.name}` : 'Add practice'}
        closeButtonProps={{ 'aria-label': 'Close' }}
        size="lg"
      >
        <PracticeForm practice={dialogs.editing} reload={dialogs.reloadEditing} onDone={dialogs.closeEdit} />
      </Modal>
      <ConfirmDeleteModal
        what={deleting && `practice ${deleting.code} ${deleting.name}`}
        onConfirm={() => deleting && deletePractice.mutate({ practiceId: deleting.id, version: deleting.version })}
        onClose={dialogs.closeDelete}
        deleting={deletePractice.isPending}
        error={deletePractice.error}
        onReload={dialogs.reloadDeleting}
      />
    </Stack>
  );
}
