import { NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Practice } from '@/api/types';
import { practiceInputSchema, useCreatePractice } from '../api/create-practice';
import { useUpdatePractice } from '../api/update-practice';
import { FormActions } from './form-actions';
import { FormProblem } from './form-problem';
import { useAdminForm } from './use-admin-form';

type PracticeFormProps = {
  /** The practice to edit; none to add one. */
  practice?: Practice;
  /** Fetches the practice again, for a save refused because someone else changed it. */
  reload: () => Promise<Practice | undefined>;
  onDone: () => void;
};

const toValues = (practice?: Practice) => ({
  code: practice?.code ?? '',
  name: practice?.name ?? '',
  locality: practice?.locality ?? '',
  listSize: (practice?.listSize ?? '') as number | string,
  latitude: (practice?.latitude ?? '') as number | string,
  longitude: (practice?.longitude ?? '') as number | string,
  version: practice?.version,
});

export function PracticeForm({ practice, reload, onDone }: PracticeFormProps) {
  const { form, mutationConfig, problemProps } = useAdminForm({ schema: practiceInputSchema, record: practice, toValues, reload, onDone });
  const create = useCreatePractice({ mutationConfig });
  const update = useUpdatePractice({ mutationConfig });
  const mutation = practice ? update : create;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const body = practiceInputSchema.parse(values);
        if (practice && values.version !== undefined) {
          update.mutate({ practiceId: practice.id, body: { ...body, version: values.version } });
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
          <TextInput label="Locality" required {...form.getInputProps('locality')} key={form.key('locality')} />
          <NumberInput label="List size" required min={0} allowDecimal={false} {...form.getInputProps('listSize')} key={form.key('listSize')} />
          <NumberInput label="Latitude" required min={-90} max={90} decimalScale={6} {...form.getInputProps('latitude')} key={form.key('latitude')} />
          <NumberInput label="Longitude" required min={-180} max={180} decimalScale={6} {...form.getInputProps('longitude')} key={form.key('longitude')} />
        </SimpleGrid>
        <FormActions saveLabel={practice ? 'Save practice' : 'Add practice'} saving={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
