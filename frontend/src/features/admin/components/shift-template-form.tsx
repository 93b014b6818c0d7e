import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, Stack, TagsInput, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ShiftTemplate } from '@/api/types';
import { shiftTemplateInputSchema, useCreateShiftTemplate } from '../api/create-shift-template';
import { useUpdateShiftTemplate } from '../api/update-shift-template';
import { CLINICAL_ROLES, enumOptions, toTimeInput, WEEKDAYS } from '../utils/validation';
import { FormActions } from './form-actions';
import { FormProblem } from './form-problem';
import { useAdminForm } from './use-admin-form';

type ShiftTemplateFormProps = {
  hubId: number;
  /** The session to edit; none to add one. */
  template?: ShiftTemplate;
  /** Fetches the session again, for a save refused because someone else changed it. */
  reload: () => Promise<ShiftTemplate | undefined>;
  onDone: () => void;
};

const newLine = () => ({ role: 'GP' as string | null, skills: [] as string[], min: 1 as number | string, desired: 1 as number | string });

const toValues = (template?: ShiftTemplate) => ({
  weekday: (template?.weekday ?? null) as string | null,
  start: template ? toTimeInput(template.start) : '18:30',
  end: template ? toTimeInput(template.end) : '20:00',
  requirements: template
    ? template.requirements.map((line) => ({ role: line.role as string | null, skills: [...line.skills], min: line.min as number | string, desired: line.desired as number | string }))
    : [newLine()],
  version: template?.version,
});

/** A weekly session of a hub and its skill mix; the server checks it lies within the hub's opening hours. */
export function ShiftTemplateForm({ hubId, template, reload, onDone }: ShiftTemplateFormProps) {
  const { form, mutationConfig, problemProps } = useAdminForm({ schema: shiftTemplateInputSchema, record: template, toValues, reload, onDone });
  const create = useCreateShiftTemplate({ mutationConfig });
  const update = useUpdateShiftTemplate({ mutationConfig });
  const mutation = template ? update : create;
  const lines = form.getValues().requirements;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const body = shiftTemplateInputSchema.parse(values);
        if (template && values.version !== undefined) {
          update.mutate({ hubId, templateId: template.id, body: { ...body, version: values.version } });
        } else {
          create.mutate({ hubId, body });
        }
      })}
    >
      <Stack gap="sm">
        <FormProblem {...problemProps(mutation)} />
        <Group align="flex-start" grow>
          <Select label="Day" required data={enumOptions(WEEKDAYS)} allowDeselect={false} data-autofocus {...form.getInputProps('weekday')} key={form.key('weekday')} />
          <TimeInput label="Start" required {...form.getInputProps('start')} key={form.key('start')} />
          <TimeInput label="End" required {...form.getInputProps('end')} key={form.key('end')} />
        </Group>
        <Fieldset legend="Needs">
          <Stack gap="xs">
            {lines.map((_line, index) => (
              <Group key={form.key(`requirements.${index}`)} align="flex-start" gap="xs" wrap="nowrap">
                <Select
                  label={`Role (line ${index + 1})`}
                  data={enumOptions(CLINICAL_ROLES)}
                  allowDeselect={false}
                  w={220}
                  {...form.getInputProps(`requirements.${index}.role`)}
                />
                <TagsInput label={`Skills (line ${index + 1})`} w={180} {...form.getInputProps(`requirements.${index}.skills`)} />
                <NumberInput label={`Minimum (line ${index + 1})`} min={0} allowDecimal={false} w={130} {...form.getInputProps(`requirements.${index}.min`)} />
                <NumberInput label={`Desired (line ${index + 1})`} min={1} allowDecimal={false} w={130} {...form.getInputProps(`requirements.${index}.desired`)} />
                <ActionIcon
                  variant="subtle"
                  color="red.8"
                  mt={28}
                  aria-label={`Remove line ${index + 1}`}
                  onClick={() => form.removeListItem('requirements', index)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {form.errors.requirements && (
              <Text size="sm" c="red.8">
                {form.errors.requirements}
              </Text>
            )}
            <Group>
              <Button variant="default" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('requirements', newLine())}>
                Add line
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <FormActions saveLabel={template ? 'Save session' : 'Add session'} saving={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
