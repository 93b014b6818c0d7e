import { Tabs } from '@mantine/core';
import { ContentLayout } from '@/components/layouts';
import { CsvImport } from '@/features/admin/components/csv-import';
import { PracticesPanel } from '@/features/admin/components/practices-panel';
import {
  CliniciansTable,
  HubsTable,
  TemplatesTable,
  UsersTable,
} from '@/features/admin/components/directory-tables';

export function AdminRoute() {
  return (
    <ContentLayout title="Admin" description="Practices, hubs, clinicians, session templates, users and imports.">
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
          <CliniciansTable />
        </Tabs.Panel>
        <Tabs.Panel value="practices" pt="md">
          <PracticesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="hubs" pt="md">
          <HubsTable />
        </Tabs.Panel>
        <Tabs.Panel value="templates" pt="md">
          <TemplatesTable />
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md">
          <UsersTable />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <CsvImport />
        </Tabs.Panel>
      </Tabs>
    </ContentLayout>
  );
}
