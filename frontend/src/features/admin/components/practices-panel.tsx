import { Button, Group, Modal, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getPracticesQueryOptions, usePractices } from '@/api/directory/get-practices';
import type { Practice } from '@/api/types';
import { useDeletePractice } from '../api/delete-practice';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { DataTable, Loading, RowActions } from './data-table';
import { PracticeForm } from './practice-form';

export function PracticesPanel() {
  const practices = usePractices();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Practice | 'new'>();
  const [deleting, setDeleting] = useState<Practice>();
  const closeDelete = () => {
    setDeleting(undefined);
    deletePractice.reset();
  };
  const deletePractice = useDeletePractice({ mutationConfig: { onSuccess: closeDelete } });
  const reload = async (practiceId: number) =>
    (await queryClient.fetchQuery({ ...getPracticesQueryOptions(), staleTime: 0 })).find((practice) => practice.id === practiceId);

  if (practices.isPending) return <Loading />;
  return (
    <Stack gap="sm">
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
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
            <RowActions name={practice.name} onEdit={() => setEditing(practice)} onDelete={() => setDeleting(practice)} />
          </Table.Tr>
        ))}
      </DataTable>
      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing === 'new' ? 'Add practice' : `Edit ${editing?.name ?? 'practice'}`}
        closeButtonProps={{ 'aria-label': 'Close' }}
        size="lg"
      >
        {editing !== undefined && (
          <PracticeForm
            practice={editing === 'new' ? undefined : editing}
            reload={() => reload(editing === 'new' ? -1 : editing.id)}
            onDone={() => setEditing(undefined)}
          />
        )}
      </Modal>
      <ConfirmDeleteModal
        what={deleting && `practice ${deleting.code} ${deleting.name}`}
        onConfirm={() => deleting && deletePractice.mutate({ practiceId: deleting.id, version: deleting.version })}
        onClose={closeDelete}
        deleting={deletePractice.isPending}
        error={deletePractice.error}
        onReload={async () => {
          const fresh = deleting && (await reload(deleting.id));
          deletePractice.reset();
          if (fresh) setDeleting(fresh);
          else closeDelete();
        }}
      />
    </Stack>
  );
}
