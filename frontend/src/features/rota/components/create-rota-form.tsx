import { Button, Checkbox, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Hub } from '@/api/types';
import { nextMonday } from '@/utils/format';
import { createRotaInputSchema, useCreateRota, type CreateRotaInput } from '../api/create-rota';

type CreateRotaFormProps = {
  hubs: Hub[];
  onCreated: (rota: CreatedRota) => void;
  onCancel: () => void;
};

type FormErrors = Partial<Record<keyof CreateRotaInput, string>>;

type CreatedRota = { id: number };

export function CreateRotaForm({ hubs, onCreated, onCancel }: CreateRotaFormProps) {
  const [name, setName] = useState('');
  const [firstDate, setFirstDate] = useState<string | null>(nextMonday());
  const [weeks, setWeeks] = useState<number | string>(1);
  const [hubIds, setHubIds] = useState<string[]>(hubs.map((hub) => String(hub.id)));
  const [errors, setErrors] = useState<FormErrors>({});
  const createRota = useCreateRota({ mutationConfig: { onSuccess: onCreated } });

  const submit = () => {
    const parsed = createRotaInputSchema.safeParse({
      name,
      firstDate: firstDate ?? '',
      weeks: typeof weeks === 'number' ? weeks : Number.NaN,
      hubIds: hubIds.map(Number),
    });
    if (!parsed.success) {
      const fieldErrors: FormErrors = {};
      parsed.error.issues.forEach((issue) => {
        const field = issue.path[0] as keyof CreateRotaInput;
        fieldErrors[field] ??= issue.message;
      });
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    createRota.mutate(parsed.data);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Name"
          placeholder="e.g. North hubs, March"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          required
          data-autofocus
        />
        <DatePickerInput
          label="First Monday"
          value={firstDate}
          onChange={setFirstDate}
          excludeDate={(date) => dayjs(date).day() !== 1}
          error={errors.firstDate}
          required
        />
        <NumberInput label="Weeks" min={1} max={6} value={weeks} onChange={setWeeks} error={errors.weeks} required />
        <Checkbox.Group label="Hubs" value={hubIds} onChange={setHubIds} error={errors.hubIds} withAsterisk>
          <Stack gap={6} mt={6}>
            {hubs.map((hub) => (
              <Checkbox key={hub.id} value={String(hub.id)} label={`${hub.name} (${hub.town})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={createRota.isPending}>
            Create rota
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
