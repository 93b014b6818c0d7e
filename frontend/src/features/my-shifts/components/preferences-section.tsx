import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Preference } from '@/api/types';
import { formatDay, isoDate } from '@/utils/format';
import { addPreferenceInputSchema, useAddPreference } from '../api/add-preference';
import { usePreferences } from '../api/get-preferences';
import { useRemovePreference } from '../api/remove-preference';

const KINDS = [
  { value: 'PREFER_WEEKDAY', label: 'I would like to work on a weekday' },
  { value: 'AVOID_WEEKDAY', label: 'I would rather not work on a weekday' },
  { value: 'PREFER_DATE', label: 'I would like to work on a date' },
  { value: 'AVOID_DATE', label: 'I would rather not work on a date' },
  { value: 'PREFER_HUB', label: 'I would like to work at a hub' },
  { value: 'AVOID_HUB', label: 'I would rather not work at a hub' },
] as const;
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const weekdayLabel = (weekday: string) => weekday.charAt(0) + weekday.slice(1).toLowerCase();

type PreferencesSectionProps = {
  /** The hubs the clinician can name: clinicians may not read the hub directory, so these come from their shifts. */
  hubs: { id: number; name: string }[];
};

function describe(preference: Preference) {
  const wish = preference.kind.startsWith('PREFER') ? 'Would like' : 'Would rather not';
  const subject = preference.weekday
    ? `${weekdayLabel(preference.weekday)}s`
    : preference.date
      ? formatDay(preference.date)
      : (preference.hubName ?? 'a hub');
  return `${wish}: ${subject} (weight ${preference.weight})`;
}

/** Soft wishes for or against weekdays, dates and hubs; the solver weighs them against everyone else's. */
export function PreferencesSection({ hubs }: PreferencesSectionProps) {
  const preferences = usePreferences();
  const remove = useRemovePreference();
  const [kind, setKind] = useState<string | null>('PREFER_WEEKDAY');
  const [weekday, setWeekday] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [hubId, setHubId] = useState<string | null>(null);
  const [weight, setWeight] = useState<number | string>(5);
  const [error, setError] = useState<string>();
  const add = useAddPreference({ mutationConfig: { onSuccess: () => setError(undefined) } });
  const about = kind?.endsWith('WEEKDAY') ? 'weekday' : kind?.endsWith('DATE') ? 'date' : 'hub';

  const submit = () => {
    const parsed = addPreferenceInputSchema.safeParse({
      kind,
      weekday: about === 'weekday' ? (weekday ?? undefined) : undefined,
      date: about === 'date' ? (date ?? '') : undefined,
      hubId: about === 'hub' && hubId !== null ? Number(hubId) : undefined,
      weight: typeof weight === 'number' ? weight : Number.NaN,
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    add.mutate(parsed.data);
  };

  return (
    <Stack gap="sm">
      {preferences.data && preferences.data.length > 0 ? (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {preferences.data.map((preference) => (
            <Group key={preference.id} component="li" justify="space-between" wrap="nowrap">
              <Text size="sm">{describe(preference)}</Text>
              <ActionIcon
                variant="default"
                aria-label={`Remove preference: ${describe(preference)}`}
                loading={remove.isPending && remove.variables === preference.id}
                onClick={() => remove.mutate(preference.id)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm">No preferences recorded.</Text>
      )}
      <form
        noValidate
        aria-label="Add a preference"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <Select label="Preference" data={KINDS.map((option) => ({ ...option }))} value={kind} onChange={setKind} allowDeselect={false} />
          {about === 'weekday' && (
            <Select
              label="Weekday"
              data={WEEKDAYS.map((value) => ({ value, label: weekdayLabel(value) }))}
              value={weekday}
              onChange={setWeekday}
              error={error && weekday === null ? error : undefined}
            />
          )}
          {about === 'date' && (
            <DatePickerInput label="Date" value={date} onChange={setDate} minDate={isoDate(dayjs().add(1, 'day'))} error={error && date === null ? error : undefined} />
          )}
          {about === 'hub' && (
            <Select
              label="Hub"
              data={hubs.map((hub) => ({ value: String(hub.id), label: hub.name }))}
              value={hubId}
              onChange={setHubId}
              error={error && hubId === null ? error : undefined}
            />
          )}
          <NumberInput label="How much it matters (1–10)" min={1} max={10} value={weight} onChange={setWeight} />
          {error && (
            <Text size="sm" c="red.9" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              Add preference
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
