import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Hub } from '@/api/types';
import { hubInputSchema, useCreateHub } from '../api/create-hub';
import { useUpdateHub } from '../api/update-hub';
import { enumOptions, formatEnum, toTimeInput, WEEKDAYS } from '../utils/validation';
import { FormActions } from './form-actions';
import { FormProblem } from './form-problem';
import { useAdminForm } from './use-admin-form';

type HubFormProps = {
  /** The hub to edit; none to add one. */
  hub?: Hub;
  /** Fetches the hub again, for a save refused because someone else changed it. */
  reload: () => Promise<Hub | undefined>;
  onDone: () => void;
};

const toValues = (hub?: Hub) => ({
  code: hub?.code ?? '',
  name: hub?.name ?? '',
  town: hub?.town ?? '',
  latitude: (hub?.latitude ?? '') as number | string,
  longitude: (hub?.longitude ?? '') as number | string,
  rooms: (hub?.rooms ?? '') as number | string,
  populationServed: (hub?.populationServed ?? '') as number | string,
  openingHours: (hub?.openingHours ?? []).map((hours) => ({
    weekday: hours.weekday as string | null,
    opens: toTimeInput(hours.opens),
    closes: toTimeInput(hours.closes),
  })),
  version: hub?.version,
});

export function HubForm({ hub, reload, onDone }: HubFormProps) {
  const { form, mutationConfig, problemProps } = useAdminForm({ schema: hubInputSchema, record: hub, toValues, reload, onDone });
  const create = useCreateHub({ mutationConfig });
  const update = useUpdateHub({ mutationConfig });
  const mutation = hub ? update : create;
  const openingHours = form.getValues().openingHours;
  const unusedDay = WEEKDAYS.find((day) => !openingHours.some((hours) => hours.weekday === day));

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const body = hubInputSchema.parse(values);
        if (hub && values.version !== undefined) {
          update.mutate({ hubId: hub.id, body: { ...body, version: values.version } });
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
          <TextInput label="Town" required {...form.getInputProps('town')} key={form.key('town')} />
          <NumberInput label="Rooms" required min={1} allowDecimal={false} {...form.getInputProps('rooms')} key={form.key('rooms')} />
          <NumberInput
            label="Population served"
            required
            min={0}
            allowDecimal={false}
            {...form.getInputProps('populationServed')}
            key={form.key('populationServed')}
          />
          <div />
          <NumberInput label="Latitude" required min={-90} max={90} decimalScale={6} {...form.getInputProps('latitude')} key={form.key('latitude')} />
          <NumberInput label="Longitude" required min={-180} max={180} decimalScale={6} {...form.getInputProps('longitude')} key={form.key('longitude')} />
        </SimpleGrid>
        <Fieldset legend="Opening hours (a day left out is closed)">
          <Stack gap="xs">
            {openingHours.length === 0 && <Text size="sm">Closed every day.</Text>}
            {openingHours.map((hours, index) => {
              const day = hours.weekday ? formatEnum(hours.weekday) : `line ${index + 1}`;
              return (
                <Group key={form.key(`openingHours.${index}`)} align="flex-start" gap="xs" wrap="nowrap">
                  <Select
                    label="Day"
                    data={enumOptions(WEEKDAYS)}
                    allowDeselect={false}
                    w={150}
                    {...form.getInputProps(`openingHours.${index}.weekday`)}
                  />
                  <TimeInput label={`Opens (${day})`} {...form.getInputProps(`openingHours.${index}.opens`)} />
                  <TimeInput label={`Closes (${day})`} {...form.getInputProps(`openingHours.${index}.closes`)} />
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    mt={28}
                    aria-label={`Remove opening hours for ${day}`}
                    onClick={() => form.removeListItem('openingHours', index)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              );
            })}
            {form.errors.openingHours && (
              <Text size="sm" c="red.8">
                {form.errors.openingHours}
              </Text>
            )}
            {unusedDay && (
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => form.insertListItem('openingHours', { weekday: unusedDay, opens: '08:00', closes: '20:00' })}
                >
                  Add opening hours
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
        <FormActions saveLabel={hub ? 'Save hub' : 'Add hub'} saving={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
