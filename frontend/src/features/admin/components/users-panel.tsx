import { ActionIcon, Badge, Button, Group, Modal, Stack, Table, Tooltip } from '@mantine/core';
import { IconKey, IconLock, IconLockOpen, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UserAccount } from '@/api/types';
import { getUsersQueryOptions, useUsers } from '../api/get-users';
import { useSetUserEnabled } from '../api/set-user-enabled';
import { formatEnum } from '../utils/validation';
import { DataTable, Loading } from './data-table';
import { FormProblem } from './form-problem';
import { ResetPasswordForm } from './reset-password-form';
import { UserForm } from './user-form';
import { findById, useRecordDialogs } from './use-record-dialogs';

/** Logins: add and edit them, enable or disable them, set a new password. Logins are disabled, never deleted. */
export function UsersPanel() {
  const users = useUsers();
  const queryClient = useQueryClient();
  const [resetting, setResetting] = useState<UserAccount>();
  const setEnabled = useSetUserEnabled();
  const fetchOne = findById(() => queryClient.fetchQuery({ ...getUsersQueryOptions(), staleTime: 0 }));
  const dialogs = useRecordDialogs<UserAccount>({ fetchOne, resetDelete: () => undefined });

  if (users.isPending) return <Loading />;
  return (
    <Stack gap="sm">
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialogs.startAdd}>
          Add user
        </Button>
      </Group>
      <FormProblem
        error={setEnabled.error}
        onReload={async () => {
          await queryClient.invalidateQueries({ queryKey: getUsersQueryOptions().queryKey });
          setEnabled.reset();
        }}
      />
      <DataTable caption="Users" headers={['Username', 'Name', 'Roles', 'Status', 'Actions']} minWidth={680}>
        {users.data?.map((user) => {
          const toggle = user.enabled ? `Disable ${user.username}` : `Enable ${user.username}`;
          return (
            <Table.Tr key={user.id}>
              <Table.Td>{user.username}</Table.Td>
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge key={role} variant="light" size="sm">
                      {formatEnum(role)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{user.enabled ? 'Enabled' : 'Disabled'}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={`Edit ${user.username}`} onClick={() => dialogs.startEdit(user)}>
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" aria-label={`Set a new password for ${user.username}`} onClick={() => setResetting(user)}>
                    <IconKey size={16} aria-hidden />
                  </ActionIcon>
                  <Tooltip label={toggle}>
                    <ActionIcon
                      variant="subtle"
                      color={user.enabled ? 'red.8' : 'teal.9'}
                      aria-label={toggle}
                      loading={setEnabled.isPending && setEnabled.variables?.userId === user.id}
                      onClick={() => setEnabled.mutate({ userId: user.id, enabled: !user.enabled, version: user.version })}
                    >
                      {user.enabled ? <IconLock size={16} aria-hidden /> : <IconLockOpen size={16} aria-hidden />}
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      <Modal
        opened={dialogs.isEditOpen}
        onClose={dialogs.closeEdit}
        title={dialogs.editing ? `Edit ${dialogs.editing.username}` : 'Add user'}
        closeButtonProps={{ 'aria-label': 'Close' }}
        size="lg"
      >
        <UserForm user={dialogs.editing} reload={dialogs.reloadEditing} onDone={dialogs.closeEdit} />
      </Modal>
      <Modal
        opened={resetting !== undefined}
        onClose={() => setResetting(undefined)}
        title={`New password for ${resetting?.username ?? ''}`}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {resetting && <ResetPasswordForm user={resetting} reload={() => fetchOne(resetting.id)} onDone={() => setResetting(undefined)} />}
      </Modal>
    </Stack>
  );
}
