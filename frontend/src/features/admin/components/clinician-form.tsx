import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { usePractices } from '@/api/directory/get-practices';
import type { ClinicianDetail } from '@/api/types';
import { formatDay, formatMinutes } from '@/utils/format';
import { clinicianInputSchema, MAX_BASELINE_WEEKLY_MINUTES, MAX_TRAVEL_MINUTES, useCreateClinician } from '../api/create-clinician';
import { useUpdateClinician } from '../api/update-clinician';
import { CLINICAL_ROLES, enumOptions, formatEnum, toTimeInput, WEEKDAYS } from '../utils/validation';
import { FormActions } from './form-actions';
import { FormProblem } from './form-problem';
import { useAdminForm } from './use-admin-form';

type ClinicianFormProps = {
  /** The clinician to edit, with their commitments; none to add one. */
  clinician?: ClinicianDetail;
  /** Fetches the clinician again, for a save refused because someone else changed them. */
  reload: () => Promise<ClinicianDetail | undefined>;
  onDone: () => void;
};

const toValues = (clinician?: ClinicianDetail) => ({
  code: clinician?.code ?? '',
  name: clinician?.name ?? '',
  role: (clinician?.role ?? null) as string | null,
  skills: [...(clinician?.skills ?? [])],
  practiceId: clinician?.practice.id as number | undefined,
  baselineWeeklyMinutes: (clinician?.baselineWeeklyMinutes ?? '') as number | string,
  maxTravelMinutes: (clinician?.maxTravelMinutes ?? 30) as number | string,
  email: clinician?.email ?? '',
  // A commitment's period (validFrom/validTo) is kept as it is; the form edits its day and times.
  commitments: (clinician?.commitments ?? []).map((commitment) => ({
    weekday: commitment.weekday as string | null,
    start: toTimeInput(commitment.start),
    end: toTimeInput(commitment.end),
    validFrom: (commitment.validFrom ?? undefined) as string | undefined,
    validTo: (commitment.validTo ?? undefined) as string | undefined,
  })),
  active: clinician?.active ?? true,
  version: clinician?.version,
});

const periodOf = ({ validFrom, validTo }: { validFrom?: string; validTo?: string }) =>
  validFrom || validTo ? `${validFrom ? `from ${formatDay(validFrom)}` : ''} ${validTo ? `until ${formatDay(validTo)}` : ''}`.trim() : undefined;

/** A clinician's details and weekly home-practice commitments (the update replaces all of them). */
export function ClinicianForm({ clinician, reload, onDone }: ClinicianFormProps) {
  const practices = usePractices();
  const { form, mutationConfig, problemProps } = useAdminForm({ schema: clinicianInputSchema, record: clinician, toValues, reload, onDone });
  const create = useCreateClinician({ mutationConfig });
  const update = useUpdateClinician({ mutationConfig });
  const mutation = clinician ? update : create;
  const values = form.getValues();
  const practiceInput = form.getInputProps('practiceId');
  const baseline = typeof values.baselineWeeklyMinutes === 'number' ? values.baselineWeeklyMinutes : undefined;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((submitted) => {
        const body = clinicianInputSchema.parse(submitted);
        if (clinician && submitted.version !== undefined) {
          update.mutate({ clinicianId: clinician.id, body: { ...body, active: submitted.active, version: submitted.version } });
        } else {
          create.mutate(body);
        }
      })}
    >
      <Stack gap="sm">
        <FormProblem {...problemProps(mutation)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Code" required data-autofocus {...form.getInputProps('code')} key={form.key('code')} />
          <TextInput label="Name" required {...form.getInputProps('name')} key={form.key('name')} />
          <TextInput
            label="E-mail"
            description="Change notifications are e-mailed here when the server has SMTP set up"
            type="email"
            {...form.getInputProps('email')}
            key={form.key('email')}
          />
          <Select label="Role" required data={enumOptions(CLINICAL_ROLES)} allowDeselect={false} {...form.getInputProps('role')} key={form.key('role')} />
          <Select
            label="Practice"
            required
            searchable
            data={(practices.data ?? []).map((practice) => ({ value: String(practice.id), label: `${practice.name} (${practice.code})` }))}
            allowDeselect={false}
            {...practiceInput}
            value={values.practiceId === undefined ? null : String(values.practiceId)}
            onChange={(value) => form.setFieldValue('practiceId', value === null ? undefined : Number(value))}
            key={form.key('practiceId')}
          />
          <NumberInput
            label="Baseline a week (minutes)"
            description={baseline ? formatMinutes(baseline) : `At most ${MAX_BASELINE_WEEKLY_MINUTES} (50 hours)`}
            required
            min={1}
            allowDecimal={false}
            {...form.getInputProps('baselineWeeklyMinutes')}
            key={form.key('baselineWeeklyMinutes')}
          />
          <NumberInput
            label="Longest journey to a hub (minutes)"
            description={`At most ${MAX_TRAVEL_MINUTES}`}
            required
            min={0}
            allowDecimal={false}
            {...form.getInputProps('maxTravelMinutes')}
            key={form.key('maxTravelMinutes')}
          />
          <TagsInput label="Skills" description="Press Enter after each" {...form.getInputProps('skills')} key={form.key('skills')} />
          {clinician && (
            <Switch label="Active (can be rostered)" mt="lg" {...form.getInputProps('active', { type: 'checkbox' })} key={form.key('active')} />
          )}
        </SimpleGrid>
        <Fieldset legend="Weekly sessions at the home practice">
          <Stack gap="xs">
            {values.commitments.length === 0 && <Text size="sm">None.</Text>}
            {values.commitments.map((commitment, index) => {
              const day = commitment.weekday ? formatEnum(commitment.weekday) : `line ${index + 1}`;
              const period = periodOf(commitment);
              return (
                <Group key={form.key(`commitments.${index}`)} align="flex-start" gap="xs" wrap="nowrap">
                  <Select label="Day" data={enumOptions(WEEKDAYS)} allowDeselect={false} w={150} {...form.getInputProps(`commitments.${index}.weekday`)} />
                  <TimeInput label={`Start (${day})`} {...form.getInputProps(`commitments.${index}.start`)} />
                  <TimeInput label={`End (${day})`} {...form.getInputProps(`commitments.${index}.end`)} />
                  {period && (
                    <Text size="xs" mt={32}>
                      {period}
                    </Text>
                  )}
                  <ActionIcon variant="subtle" color="red.8" mt={28} aria-label={`Remove session ${index + 1}`} onClick={() => form.removeListItem('commitments', index)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              );
            })}
            <Group>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.insertListItem('commitments', { weekday: 'MONDAY', start: '08:00', end: '18:00', validFrom: undefined, validTo: undefined })}
              >
                Add session
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <FormActions saveLabel={clinician ? 'Save clinician' : 'Add clinician'} saving={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
