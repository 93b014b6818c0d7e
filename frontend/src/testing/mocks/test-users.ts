import type { CurrentUser, Role } from '@/api/types';

export const TEST_PASSWORD = 'correct horse battery staple';

function testUser(username: string, displayName: string, roles: Role[], clinicianId: number | null): CurrentUser {
  return { username, displayName, roles, clinicianId, hubIds: [1] };
}

/** One account per role, as the mocked backend knows them. */
export const testUsers = {
  admin: testUser('admin', 'Ada Administrator', ['ADMIN'], null),
  hubManager: testUser('hub.manager', 'Harriet Hub-Manager', ['HUB_MANAGER'], null),
  clinician: testUser('dr.clinician', 'Dr Chidi Clinician', ['CLINICIAN'], 7),
  opsLead: testUser('ops.lead', 'Olu Ops-Lead', ['OPS_LEAD'], null),
} satisfies Record<string, CurrentUser>;
