import { Button, Group, Modal, Select, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useHubs } from '@/api/directory/get-hubs';
import type { ShiftTemplate } from '@/api/types';
import { formatTime } from '@/utils/format';
import { useDeleteShiftTemplate } from '../api/delete-shift-template';
import { getHubTemplatesQueryOptions, useHubTemplates } from '../api/get-hub-templates';
import { formatEnum } from '../utils/validation';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { DataTable, Loading, RowActions } from './data-table';
import { ShiftTemplateForm } from './shift-template-form';
import { findById, useRecordDialogs } from './use-record-dialogs';

/** The weekly sessions of one hub (the shift templates a rota is generated from), with their skill mix. */
export function TemplatesPanel() {
  const hubs = useHubs();
  const queryClient = useQueryClient();
  const [hubId, setHubId] = useState<string | null>(null);
  const chosenHubId = hubId ?? (hubs.data?.[0] ? String(hubs.data[0].id) : null);
  const templates = useHubTemplates({ hubId: Number(chosenHubId), queryConfig: { enabled: chosenHubId !== null } });
  const deleteTemplate = useDeleteShiftTemplate({ mutationConfig: { onSuccess: () => dialogs.closeDelete() } });
  const dialogs = useRecordDialogs<ShiftTemplate>({
    fetchOne: findById(() => queryClient.fetchQuery({ ...getHubTemplatesQueryOptions(Number(chosenHubId)), staleTime: 0 })),
    resetDelete: deleteTemplate.reset,
  });
  const { deleting } = dialogs;
  const describe = (template: { weekday: string; start: string; end: string }) =>
    `${formatEnum(template.weekday)} ${formatTime(template.start)}–${formatTime(template.end)}`;

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select
          label="Hub"
          data={(hubs.data ?? []).map((hub) => ({ value: String(hub.id), label: hub.name }))}
          value={chosenHubId}
          onChange={setHubId}
          allowDeselect={false}
          maw={320}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialogs.startAdd} disabled={chosenHubId === null}>
          Add session
        </Button>
      </Group>
      {templates.isPending ? (
        <Loading />
      ) : (
        <DataTable caption="Weekly sessions of the hub" headers={['Weekday', 'Time', 'Needs (minimum / desired)', 'Actions']} minWidth={600}>
          {templates.data?.map((template) => (
            <Table.Tr key={template.id}>
              <Table.Td>{formatEnum(template.weekday)}</Table.Td>
              <Table.Td>
                {formatTime(template.start)}–{formatTime(template.end)}
              </Table.Td>
              <Table.Td>
                {template.requirements.map((line) => `${formatEnum(line.role)} ${line.min}/${line.desired}`).join(', ')}
              </Table.Td>
              <RowActions name={describe(template)} onEdit={() => dialogs.startEdit(template)} onDelete={() => dialogs.startDelete(template)} />
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <Modal
        opened={dialogs.isEditOpen}
        onClose={dialogs.closeEdit}
        title={dialogs.editing ? `Edit ${describe(dialogs.editing)}` : 'Add session'}
        closeButtonProps={{ 'aria-label': 'Close' }}
        size="xl"
      >
        <ShiftTemplateForm hubId={Number(chosenHubId)} template={dialogs.editing} reload={dialogs.reloadEditing} onDone={dialogs.closeEdit} />
      </Modal>
      <ConfirmDeleteModal
        what={deleting && `session ${describe(deleting)}`}
        onConfirm={() =>
          deleting && deleteTemplate.mutate({ hubId: Number(chosenHubId), templateId: deleting.id, version: deleting.version })
        }
        onClose={dialogs.closeDelete}
        deleting={deleteTemplate.isPending}
        error={deleteTemplate.error}
        onReload={dialogs.reloadDeleting}
      />
    </Stack>
  );
}
