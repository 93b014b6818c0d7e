import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import type { z } from 'zod';
import type { FieldError } from '@/lib/api-error';
import { applyServerFieldErrors } from '../utils/server-errors';

type UseAdminFormOptions<Values extends Record<string, unknown>, Item> = {
  /** The client-side copy of the request's Bean Validation rules; its output is the request body. */
  schema: z.ZodType;
  /** The record being edited; none when adding one. */
  record: Item | undefined;
  toValues: (record: Item | undefined) => Values;
  /** Fetches the record again, for a save refused because someone else changed it. */
  reload: () => Promise<Item | undefined>;
  onDone: () => void;
};

type SaveMutation = { error: Error | null; reset: () => void };

/**
 * A Mantine form validated by a zod schema, and what every admin form does with the server's answer: on success it
 * is done; field errors go next to their fields and the rest to the top (`problemProps` for a FormProblem); after a
 * 409 for a stale version, Reload fetches the record and starts again from its current values and version.
 */
export function useAdminForm<Values extends Record<string, unknown>, Item>({
  schema,
  record,
  toValues,
  reload,
  onDone,
}: UseAdminFormOptions<Values, Item>) {
  const form = useForm<Values>({ initialValues: toValues(record), validate: schemaResolver(schema, { sync: true }) });
  const [unplacedErrors, setUnplacedErrors] = useState<FieldError[]>([]);

  return {
    form,
    mutationConfig: {
      onSuccess: onDone,
      onError: (error: Error) => setUnplacedErrors(applyServerFieldErrors(form, error)),
    },
    problemProps: (mutation: SaveMutation) => ({
      error: mutation.error,
      unplacedErrors,
      onReload: async () => {
        const fresh = await reload();
        mutation.reset();
        if (!fresh) {
          onDone();
          return;
        }
        const values = toValues(fresh);
        form.setValues(values);
        form.resetDirty(values);
        form.clearErrors();
        setUnplacedErrors([]);
      },
    }),
  };
}
