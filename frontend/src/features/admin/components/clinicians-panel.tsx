import { Button, Group, Modal, Pagination, Stack, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useClinicians } from '@/api/directory/get-clinicians';
import type { ClinicianDetail, ClinicianSummary } from '@/api/types';
import { formatMinutes } from '@/utils/format';
import { useDeleteClinician } from '../api/delete-clinician';
import { getClinicianQueryOptions, useClinician } from '../api/get-clinician';
import { formatEnum } from '../utils/validation';
import { ClinicianForm } from './clinician-form';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { DataTable, Loading, RowActions } from './data-table';
import { useRecordDialogs } from './use-record-dialogs';

/** An edit starts from the clinician's full record: the update replaces their commitments, which the list leaves out. */
type EditClinicianProps = { clinicianId: number; reload: () => Promise<ClinicianDetail | undefined>; onDone: () => void };

function EditClinician({ clinicianId, reload, onDone }: EditClinicianProps) {
  const clinician = useClinician({ clinicianId, queryConfig: { staleTime: 0 } });
  if (!clinician.data) return <Loading />;
  return <ClinicianForm clinician={clinician.data} reload={reload} onDone={onDone} />;
}

export function CliniciansPanel() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const clinicians = useClinicians({ query: { q: debouncedSearch.trim() || undefined, page: page - 1, size: 25 } });
  const queryClient = useQueryClient();
  const deleteClinician = useDeleteClinician({ mutationConfig: { onSuccess: () => dialogs.closeDelete() } });
  const dialogs = useRecordDialogs<ClinicianSummary, ClinicianDetail>({
    fetchOne: (clinicianId) => queryClient.fetchQuery({ ...getClinicianQueryOptions(clinicianId), staleTime: 0 }),
    resetDelete: deleteClinician.reset,
  });
  const { deleting } = dialogs;

  return (
    <Stack gap="sm">
      <Group align="flex-end" justify="space-between">
        <TextInput
          label="Search clinicians"
          placeholder="Name or code"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={320}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialogs.startAdd}>
          Add clinician
        </Button>
      </Group>
      {clinicians.isPending ? (
        <Loading />
      ) : (
        <>
          <DataTable caption="Clinicians" headers={['Code', 'Name', 'Role', 'Practice', 'Baseline a week', 'Status', 'Actions']} minWidth={820}>
            {clinicians.data?.content.map((clinician) => (
              <Table.Tr key={clinician.id}>
                <Table.Td>{clinician.code}</Table.Td>
                <Table.Td>{clinician.name}</Table.Td>
                <Table.Td>{formatEnum(clinician.role)}</Table.Td>
                <Table.Td>{clinician.practice.name}</Table.Td>
                <Table.Td>{formatMinutes(clinician.baselineWeeklyMinutes)}</Table.Td>
                <Table.Td>{clinician.active ? 'Active' : 'Inactive'}</Table.Td>
                <RowActions name={clinician.name} onEdit={() => dialogs.startEdit(clinician)} onDelete={() => dialogs.startDelete(clinician)} />
              </Table.Tr>
            ))}
          </DataTable>
          {clinicians.data && clinicians.data.totalPages > 1 && (
            <Pagination
              total={clinicians.data.totalPages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
            />
          )}
        </>
      )}
      <Modal
        opened={dialogs.isEditOpen}
        onClose={dialogs.closeEdit}
        title={dialogs.editing ? `Edit ${dialogs.editing.name}` : 'Add clinician'}
        closeButtonProps={{ 'aria-label': 'Close' }}
        size="xl"
      >
        {dialogs.editing ? (
          <EditClinician clinicianId={dialogs.editing.id} reload={dialogs.reloadEditing} onDone={dialogs.closeEdit} />
        ) : (
          <ClinicianForm reload={dialogs.reloadEditing} onDone={dialogs.closeEdit} />
        )}
      </Modal>
      <ConfirmDeleteModal
        what={deleting && `clinician ${deleting.code} ${deleting.name}`}
        onConfirm={() => deleting && deleteClinician.mutate({ clinicianId: deleting.id, version: deleting.version })}
        onClose={dialogs.closeDelete}
        deleting={deleteClinician.isPending}
        error={deleteClinician.error}
        onReload={dialogs.reloadDeleting}
      />
    </Stack>
  );
}
