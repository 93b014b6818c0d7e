import { Anchor, Badge, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useHubs } from '@/api/directory/get-hubs';
import type { CurrentUser } from '@/api/types';
import { paths } from '@/config/paths';
import { formatDay } from '@/utils/format';
import { useRotas } from '../api/get-rotas';
import { CreateRotaForm } from './create-rota-form';

type RotaListProps = {
  user: CurrentUser;
};

/** The rotas a manager can open, and the way to start a new one. */
export function RotaList({ user }: RotaListProps) {
  const rotas = useRotas();
  const hubs = useHubs();
  const navigate = useNavigate();
  const [isCreateOpen, setCreateOpen] = useState(false);
  // A hub manager plans only their own hubs; an administrator any.
  const plannableHubs = (hubs.data ?? []).filter(
    (hub) => user.roles.includes('ADMIN') || user.hubIds.includes(hub.id),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text>Open a rota to plan it, or start a new one.</Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreateOpen(true)} disabled={hubs.isPending}>
          New rota
        </Button>
      </Group>
      {rotas.isPending && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">Loading rotas…</Text>
        </Group>
      )}
      {rotas.data?.length === 0 && <Text>No rotas yet. Create the first one for your hubs.</Text>}
      {rotas.data && rotas.data.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Rota</Table.Th>
                <Table.Th scope="col">Period</Table.Th>
                <Table.Th scope="col">Hubs</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rotas.data.map((rota) => (
                <Table.Tr key={rota.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.app.rotaBoard.getHref(rota.id)}>
                      {rota.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {formatDay(rota.firstDate)} – {formatDay(rota.lastDate)}
                  </Table.Td>
                  <Table.Td>{rota.hubs.map((hub) => hub.name).join(', ')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={rota.status === 'PUBLISHED' ? 'teal' : 'gray'}>
                      {rota.status === 'PUBLISHED' ? `Published v${rota.publishedVersion}` : rota.status.toLowerCase()}
                    </Badge>
                    {rota.solving && (
                      <Badge variant="light" ml={4}>
                        solving
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={isCreateOpen} onClose={() => setCreateOpen(false)} title="New rota" closeButtonProps={{ 'aria-label': 'Close new rota form' }}>
        <CreateRotaForm
          hubs={plannableHubs}
          onCancel={() => setCreateOpen(false)}
          onCreated={(rota) => {
            setCreateOpen(false);
            void navigate(paths.app.rotaBoard.getHref(rota.id));
          }}
        />
      </Modal>
    </Stack>
  );
}
