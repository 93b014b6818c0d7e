import { Anchor, Group, Loader, Text } from '@mantine/core';
import { Link, useOutletContext, useParams } from 'react-router';
import type { CurrentUser } from '@/api/types';
import { ContentLayout } from '@/components/layouts';
import { paths } from '@/config/paths';
import { useRota } from '@/features/rota/api/get-rota';
import { RotaBoard } from '@/features/rota/components/rota-board';
import { RotaList } from '@/features/rota/components/rota-list';
import { RotaVersions } from '@/features/rota/components/rota-versions';

export function RotaRoute() {
  const user = useOutletContext<CurrentUser>();
  return (
    <ContentLayout title="Rota board" description="Plan, adjust and publish the weekly rota for your hubs.">
      <RotaList user={user} />
    </ContentLayout>
  );
}

export function RotaBoardRoute() {
  const rotaId = Number(useParams().rotaId);
  const rota = useRota({
    rotaId,
    // The solve events refresh the board when solving ends; polling is the fallback if the stream is cut.
    queryConfig: { refetchInterval: (query) => (query.state.data?.solver.solving ? 5_000 : false) },
  });
  return (
    <ContentLayout
      title={rota.data?.name ?? 'Rota board'}
      description={
        <Anchor component={Link} to={paths.app.rota.getHref()}>
          All rotas
        </Anchor>
      }
    >
      {rota.isPending && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm">Loading the rota…</Text>
        </Group>
      )}
      {rota.isError && <Text>This rota could not be loaded.</Text>}
      {rota.data && <RotaBoard rota={rota.data} />}
    </ContentLayout>
  );
}

export function RotaVersionsRoute() {
  const rotaId = Number(useParams().rotaId);
  const rota = useRota({ rotaId });
  return (
    <ContentLayout
      title={rota.data ? `${rota.data.name}: published versions` : 'Published versions'}
      description={
        <Anchor component={Link} to={paths.app.rotaBoard.getHref(rotaId)}>
          Back to the rota board
        </Anchor>
      }
    >
      <RotaVersions rotaId={rotaId} />
    </ContentLayout>
  );
}
