import { Badge, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useClinicians } from '@/api/directory/get-clinicians';
import { useHubs } from '@/api/directory/get-hubs';
import { formatMinutes, formatTime } from '@/utils/format';
import { useHubTemplates } from '../api/get-hub-templates';
import { useUsers } from '../api/get-users';

function Loading() {
  return (
    <Group gap="xs">
      <Loader size="sm" aria-hidden />
      <Text size="sm">Loading…</Text>
    </Group>
  );
}

function DataTable({ caption, headers, minWidth, children }: { caption: string; headers: string[]; minWidth: number; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped withTableBorder highlightOnHover>
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th scope="col" key={header}>
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

export function HubsTable() {
  const hubs = useHubs();
  if (hubs.isPending) return <Loading />;
  return (
    <DataTable caption="Hubs" headers={['Code', 'Name', 'Town', 'Rooms', 'Population served', 'Open']} minWidth={720}>
      {hubs.data?.map((hub) => (
        <Table.Tr key={hub.id}>
          <Table.Td>{hub.code}</Table.Td>
          <Table.Td>{hub.name}</Table.Td>
          <Table.Td>{hub.town}</Table.Td>
          <Table.Td>{hub.rooms}</Table.Td>
          <Table.Td>{hub.populationServed.toLocaleString('en-GB')}</Table.Td>
          <Table.Td>
            {hub.openingHours.length} days a week
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

export function CliniciansTable() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const clinicians = useClinicians({ query: { q: debouncedSearch.trim() || undefined, page: page - 1, size: 25 } });
  return (
    <Stack gap="sm">
      <TextInput
        label="Search clinicians"
        placeholder="Name or code"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={320}
      />
      {clinicians.isPending ? (
        <Loading />
      ) : (
        <>
          <DataTable caption="Clinicians" headers={['Code', 'Name', 'Role', 'Practice', 'Baseline a week', 'Status']} minWidth={720}>
            {clinicians.data?.content.map((clinician) => (
              <Table.Tr key={clinician.id}>
                <Table.Td>{clinician.code}</Table.Td>
                <Table.Td>{clinician.name}</Table.Td>
                <Table.Td>{clinician.role === 'GP' ? 'GP' : titleCase(clinician.role)}</Table.Td>
                <Table.Td>{clinician.practice.name}</Table.Td>
                <Table.Td>{formatMinutes(clinician.baselineWeeklyMinutes)}</Table.Td>
                <Table.Td>{clinician.active ? 'Active' : 'Inactive'}</Table.Td>
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
    </Stack>
  );
}

export function TemplatesTable() {
  const hubs = useHubs();
  const [hubId, setHubId] = useState<string | null>(null);
  const chosenHubId = hubId ?? (hubs.data?.[0] ? String(hubs.data[0].id) : null);
  const templates = useHubTemplates({ hubId: Number(chosenHubId), queryConfig: { enabled: chosenHubId !== null } });
  return (
    <Stack gap="sm">
      <Select
        label="Hub"
        data={(hubs.data ?? []).map((hub) => ({ value: String(hub.id), label: hub.name }))}
        value={chosenHubId}
        onChange={setHubId}
        allowDeselect={false}
        maw={320}
      />
      {templates.isPending ? (
        <Loading />
      ) : (
        <DataTable caption="Weekly sessions of the hub" headers={['Weekday', 'Time', 'Needs (minimum / desired)']} minWidth={520}>
          {templates.data?.map((template) => (
            <Table.Tr key={template.id}>
              <Table.Td>{titleCase(template.weekday)}</Table.Td>
              <Table.Td>
                {formatTime(template.start)}–{formatTime(template.end)}
              </Table.Td>
              <Table.Td>
                {template.requirements
                  .map((line) => `${line.role === 'GP' ? 'GP' : titleCase(line.role)} ${line.min}/${line.desired}`)
                  .join(', ')}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}

export function UsersTable() {
  const users = useUsers();
  if (users.isPending) return <Loading />;
  return (
    <DataTable caption="Users" headers={['Username', 'Name', 'Roles', 'Status']} minWidth={560}>
      {users.data?.map((user) => (
        <Table.Tr key={user.id}>
          <Table.Td>{user.username}</Table.Td>
          <Table.Td>{user.displayName}</Table.Td>
          <Table.Td>
            <Group gap={4}>
              {user.roles.map((role) => (
                <Badge key={role} variant="light" size="sm">
                  {titleCase(role)}
                </Badge>
              ))}
            </Group>
          </Table.Td>
          <Table.Td>{user.enabled ? 'Enabled' : 'Disabled'}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
