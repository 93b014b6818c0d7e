import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { RotaBoard } from '@/api/types';
import { recordAbsenceInputSchema, useRecordAbsence } from '../api/record-absence';

type AbsenceModalProps = {
  rota: RotaBoard;
  opened: boolean;
  onClose: () => void;
};

type FormErrors = Partial<Record<'clinicianId' | 'from' | 'to', string>>;

/** Marks a clinician absent for some days of the rota, so a new solve re-plans around them. */
export function AbsenceModal({ rota, opened, onClose }: AbsenceModalProps) {
  const [clinicianId, setClinicianId] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const recordAbsence = useRecordAbsence({
    mutationConfig: {
      onSuccess: (result) => {
        notifications.show({
          color: 'blue',
          title: 'Absence recorded',
          message: `${result.removedAssignments.length} shift(s) lost this clinician. Solve again to re-plan.`,
        });
        onClose();
      },
    },
  });
  // The clinicians on this rota: the ones whose absence changes it.
  const clinicians = new Map<number, string>();
  rota.days.forEach((day) =>
    day.shifts.forEach((shift) =>
      shift.assignments.forEach((assignment) => clinicians.set(assignment.clinicianId, assignment.clinicianName)),
    ),
  );
  const clinicianOptions = [...clinicians.entries()]
    .sort(([, first], [, second]) => first.localeCompare(second))
    .map(([id, name]) => ({ value: String(id), label: name }));

  const submit = () => {
    const parsed = recordAbsenceInputSchema.safeParse({
      clinicianId: clinicianId === null ? undefined : Number(clinicianId),
      from: from ?? '',
      to: to ?? from ?? '',
      reason: reason.trim() || undefined,
    });
    if (!parsed.success) {
      const fieldErrors: FormErrors = {};
      parsed.error.issues.forEach((issue) => {
        const field = issue.path[0] as keyof FormErrors;
        fieldErrors[field] ??= issue.message;
      });
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    recordAbsence.mutate({ rotaId: rota.id, ...parsed.data });
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Mark a clinician absent" closeButtonProps={{ 'aria-label': 'Close absence form' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Select
            label="Clinician"
            placeholder="Search by name"
            searchable
            data={clinicianOptions}
            value={clinicianId}
            onChange={setClinicianId}
            error={errors.clinicianId}
            required
          />
          <DatePickerInput
            label="First day absent"
            value={from}
            onChange={setFrom}
            minDate={rota.firstDate}
            maxDate={rota.lastDate}
            error={errors.from}
            required
          />
          <DatePickerInput
            label="Last day absent"
            value={to}
            onChange={setTo}
            minDate={from ?? rota.firstDate}
            maxDate={rota.lastDate}
            error={errors.to}
            description="Leave empty for a single day"
          />
          <TextInput label="Reason" value={reason} onChange={(event) => setReason(event.currentTarget.value)} maxLength={200} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={recordAbsence.isPending}>
              Mark absent
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
