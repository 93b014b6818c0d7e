import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import type { RotaVersion } from '@/api/types';
import { useRotaVersions } from '../api/get-rota-versions';
import { useVersionDiff } from '../api/get-version-diff';
import { RotaDiffTable } from './rota-diff-table';

const formatPublishedAt = (instant: string) => dayjs(instant).format('ddd D MMM YYYY, HH:mm');

function Loading({ what }: { what: string }) {
  return (
    <Group gap="xs">
      <Loader size="sm" aria-hidden />
      <Text size="sm">Loading {what}…</Text>
    </Group>
  );
}

function VersionDiff({ rotaId, version }: { rotaId: number; version: RotaVersion }) {
  const diff = useVersionDiff({ rotaId, number: version.number });
  const heading = version.number === 1 ? 'Version 1: the first published version' : `Version ${version.number} against version ${version.number - 1}`;
  return (
    <Stack gap="xs" component="section" aria-label={`Changes in version ${version.number}`}>
      <Title order={2} size="h4">
        {heading}
      </Title>
      {diff.isPending && <Loading what="the changes" />}
      {diff.isError && <Text size="sm">The changes could not be loaded.</Text>}
      {diff.data && <RotaDiffTable diff={diff.data} emptyText="No shift changed hands in this version." />}
    </Stack>
  );
}

/**
 * The published versions of a rota, newest first, and for the chosen one (in `?version=`, else the newest) who gained
 * and who lost which shift against the version before it.
 */
export function RotaVersions({ rotaId }: { rotaId: number }) {
  const versions = useRotaVersions({ rotaId });
  const [searchParams, setSearchParams] = useSearchParams();
  if (versions.isPending) return <Loading what="the published versions" />;
  if (versions.isError) return <Text>The versions of this rota could not be loaded.</Text>;
  if (versions.data.length === 0) return <Text>This rota has not been published yet.</Text>;

  const newestFirst = [...versions.data].sort((a, b) => b.number - a.number);
  const asked = Number(searchParams.get('version'));
  const chosen = newestFirst.find((version) => version.number === asked) ?? newestFirst[0];
  const choose = (number: number) => setSearchParams({ version: String(number) }, { replace: true });

  return (
    <Stack gap="lg">
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder highlightOnHover>
          <Table.Caption>Published versions, newest first</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Version</Table.Th>
              <Table.Th scope="col">Published</Table.Th>
              <Table.Th scope="col">By</Table.Th>
              <Table.Th scope="col">Shifts assigned</Table.Th>
              <Table.Th scope="col">Note</Table.Th>
              <Table.Th scope="col">Changes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map((version) => {
              const isChosen = version.number === chosen.number;
              return (
                <Table.Tr key={version.number} bg={isChosen ? 'var(--mantine-color-blue-light)' : undefined} aria-current={isChosen ? 'true' : undefined}>
                  <Table.Th scope="row">v{version.number}</Table.Th>
                  <Table.Td>{formatPublishedAt(version.publishedAt)}</Table.Td>
                  <Table.Td>{version.publishedBy}</Table.Td>
                  <Table.Td>{version.assignments}</Table.Td>
                  <Table.Td>{version.note || '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant={isChosen ? 'filled' : 'default'} onClick={() => choose(version.number)} aria-pressed={isChosen}>
                      Changes in v{version.number}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <VersionDiff rotaId={rotaId} version={chosen} />
    </Stack>
  );
}
