import { Checkbox, Group, MultiSelect, PasswordInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useClinicians } from '@/api/directory/get-clinicians';
import { useHubs } from '@/api/directory/get-hubs';
import type { UserAccount } from '@/api/types';
import { checkUserRules, createUserInputSchema, MIN_PASSWORD_LENGTH, useCreateUser, userAccessSchema } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { formatEnum, USER_ROLES } from '../utils/validation';
import { FormActions } from './form-actions';
import { FormProblem } from './form-problem';
import { useAdminForm } from './use-admin-form';

type UserFormProps = {
  /** The login to edit; none to add one. */
  user?: UserAccount;
  /** Fetches the login again, for a save refused because someone else changed it. */
  reload: () => Promise<UserAccount | undefined>;
  onDone: () => void;
};

const updateUserInputSchema = userAccessSchema.superRefine(checkUserRules);

const toValues = (user?: UserAccount) => ({
  username: user?.username ?? '',
  displayName: user?.displayName ?? '',
  password: '',
  roles: [...(user?.roles ?? [])] as string[],
  hubIds: [...(user?.hubIds ?? [])],
  clinicianId: (user?.clinicianId ?? undefined) as number | undefined,
  enabled: user?.enabled ?? true,
  version: user?.version,
});

/** A login: roles, the hubs a hub manager manages, the clinician a clinician's login belongs to. */
export function UserForm({ user, reload, onDone }: UserFormProps) {
  const schema = user ? updateUserInputSchema : createUserInputSchema;
  const { form, mutationConfig, problemProps } = useAdminForm({ schema, record: user, toValues, reload, onDone });
  const hubs = useHubs();
  const clinicians = useClinicians({ query: { size: 200 } });
  const create = useCreateUser({ mutationConfig });
  const update = useUpdateUser({ mutationConfig });
  const mutation = user ? update : create;
  const values = form.getValues();

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((submitted) => {
        if (user && submitted.version !== undefined) {
          const body = updateUserInputSchema.parse(submitted);
          update.mutate({ userId: user.id, body: { ...body, enabled: submitted.enabled, version: submitted.version } });
        } else {
          create.mutate(createUserInputSchema.parse(submitted));
        }
      })}
    >
      <Stack gap="sm">
        <FormProblem {...problemProps(mutation)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Username" required disabled={user !== undefined} data-autofocus {...form.getInputProps('username')} key={form.key('username')} />
          <TextInput label="Display name" required {...form.getInputProps('displayName')} key={form.key('displayName')} />
          {!user && (
            <PasswordInput
              label="Password"
              description={`At least ${MIN_PASSWORD_LENGTH} characters`}
              required
              {...form.getInputProps('password')}
              key={form.key('password')}
            />
          )}
        </SimpleGrid>
        <Checkbox.Group label="Roles" withAsterisk {...form.getInputProps('roles')} key={form.key('roles')}>
          <Group gap="md" mt={6}>
            {USER_ROLES.map((role) => (
              <Checkbox key={role} value={role} label={formatEnum(role)} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label="Hubs managed"
            description="Hub managers only"
            data={(hubs.data ?? []).map((hub) => ({ value: String(hub.id), label: hub.name }))}
            {...form.getInputProps('hubIds')}
            value={values.hubIds.map(String)}
            onChange={(hubIds) => form.setFieldValue('hubIds', hubIds.map(Number))}
            key={form.key('hubIds')}
          />
          <Select
            label="Clinician"
            description="For a clinician's own login"
            searchable
            clearable
            data={(clinicians.data?.content ?? []).map((clinician) => ({ value: String(clinician.id), label: `${clinician.name} (${clinician.code})` }))}
            {...form.getInputProps('clinicianId')}
            value={values.clinicianId === undefined ? null : String(values.clinicianId)}
            onChange={(clinicianId) => form.setFieldValue('clinicianId', clinicianId === null ? undefined : Number(clinicianId))}
            key={form.key('clinicianId')}
          />
        </SimpleGrid>
        {user && <Switch label="Enabled (can sign in)" {...form.getInputProps('enabled', { type: 'checkbox' })} key={form.key('enabled')} />}
        <FormActions saveLabel={user ? 'Save user' : 'Add user'} saving={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
