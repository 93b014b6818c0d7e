import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatDay, isoDate } from '@/utils/format';
import { addUnavailabilityInputSchema, useAddUnavailability, type AddUnavailabilityInput } from '../api/add-unavailability';
import { useUnavailability } from '../api/get-unavailability';
import { useRemoveUnavailability } from '../api/remove-unavailability';

type FormErrors = Partial<Record<keyof AddUnavailabilityInput, string>>;

const KIND_LABELS: Record<string, string> = { LEAVE: 'Leave', OTHER: 'Other absence', SICKNESS: 'Sickness', TRAINING: 'Training' };

/** Future leave and other absences the clinician records themselves, so the solver plans around them. */
export function LeaveSection() {
  const unavailability = useUnavailability();
  const remove = useRemoveUnavailability();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [kind, setKind] = useState<'LEAVE' | 'OTHER'>('LEAVE');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const add = useAddUnavailability({
    mutationConfig: {
      onSuccess: () => {
        setFrom(null);
        setTo(null);
        setReason('');
      },
    },
  });

  const submit = () => {
    const parsed = addUnavailabilityInputSchema.safeParse({
      from: from ?? '',
      to: to ?? from ?? '',
      kind,
      reason: reason.trim() || undefined,
    });
    if (!parsed.success) {
      const fieldErrors: FormErrors = {};
      parsed.error.issues.forEach((issue) => {
        fieldErrors[issue.path[0] as keyof FormErrors] ??= issue.message;
      });
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    add.mutate(parsed.data);
  };

  return (
    <Stack gap="sm">
      {unavailability.data && unavailability.data.length > 0 ? (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {unavailability.data.map((absence) => (
            <Group key={absence.id} component="li" justify="space-between" wrap="nowrap">
              <Text size="sm">
                {KIND_LABELS[absence.kind] ?? absence.kind}: {formatDay(absence.from)}
                {absence.to !== absence.from && ` – ${formatDay(absence.to)}`}
                {absence.reason && ` (${absence.reason})`}
              </Text>
              {dayjs(absence.from).isAfter(dayjs(), 'day') && (
                <ActionIcon
                  variant="default"
                  aria-label={`Remove ${KIND_LABELS[absence.kind] ?? absence.kind} from ${formatDay(absence.from)}`}
                  loading={remove.isPending && remove.variables === absence.id}
                  onClick={() => remove.mutate(absence.id)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm">No leave recorded.</Text>
      )}
      <form
        noValidate
        aria-label="Record leave"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="xs">
          <SegmentedControl
            aria-label="Kind of absence"
            value={kind}
            onChange={(value) => setKind(value === 'OTHER' ? 'OTHER' : 'LEAVE')}
            data={[
              { value: 'LEAVE', label: 'Leave' },
              { value: 'OTHER', label: 'Other absence' },
            ]}
          />
          <Group grow align="flex-start">
            <DatePickerInput label="First day" value={from} onChange={setFrom} minDate={isoDate(dayjs().add(1, 'day'))} error={errors.from} required />
            <DatePickerInput label="Last day" value={to} onChange={setTo} minDate={from ?? isoDate(dayjs().add(1, 'day'))} error={errors.to} description="Empty for one day" />
          </Group>
          <TextInput label="Note (optional)" value={reason} maxLength={200} onChange={(event) => setReason(event.currentTarget.value)} />
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              Record absence
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
