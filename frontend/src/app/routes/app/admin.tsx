import { Tabs } from '@mantine/core';
import { ContentLayout } from '@/components/layouts';
import { CliniciansPanel } from '@/features/admin/components/clinicians-panel';
import { CsvImport } from '@/features/admin/components/csv-import';
import { HubsPanel } from '@/features/admin/components/hubs-panel';
import { PracticesPanel } from '@/features/admin/components/practices-panel';
import { TemplatesPanel } from '@/features/admin/components/templates-panel';
import { UsersPanel } from '@/features/admin/components/users-panel';

export function AdminRoute() {
  return (
    <ContentLayout title="Admin" description="Add, edit and remove practices, hubs, clinicians, session templates and users; import CSVs.">
      <Tabs defaultValue="clinicians" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="clinicians">Clinicians</Tabs.Tab>
          <Tabs.Tab value="practices">Practices</Tabs.Tab>
          <Tabs.Tab value="hubs">Hubs</Tabs.Tab>
          <Tabs.Tab value="templates">Templates</Tabs.Tab>
          <Tabs.Tab value="users">Users</Tabs.Tab>
          <Tabs.Tab value="import">Import CSV</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="clinicians" pt="md">
          <CliniciansPanel />
        </Tabs.Panel>
        <Tabs.Panel value="practices" pt="md">
          <PracticesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="hubs" pt="md">
          <HubsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="templates" pt="md">
          <TemplatesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <CsvImport />
        </Tabs.Panel>
      </Tabs>
    </ContentLayout>
  );
}
