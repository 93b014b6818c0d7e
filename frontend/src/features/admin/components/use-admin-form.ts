import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import type { z } from 'zod';
import type { FieldError } from '@/lib/api-error';
import { applyServerFieldErrors } from '../utils/server-errors';

type UseAdminFormOptions<Values extends Record<string, unknown>> = {
  /** The client-side copy of the request's Bean Validation rules; its output is the request body. */
  schema: z.ZodType;
  initialValues: Values;
};

/**
 * A Mantine form validated by a zod schema, with what every admin form does with the server's answer: field errors
 * next to their fields, the rest kept for the top of the form, and `load` to start again from a fresh record (after
 * a 409 for a stale version).
 */
export function useAdminForm<Values extends Record<string, unknown>>({ schema, initialValues }: UseAdminFormOptions<Values>) {
  const form = useForm<Values>({ initialValues, validate: schemaResolver(schema, { sync: true }) });
  const [unplacedErrors, setUnplacedErrors] = useState<FieldError[]>([]);

  return {
    form,
    unplacedErrors,
    showServerErrors: (error: Error) => setUnplacedErrors(applyServerFieldErrors(form, error)),
    clearServerErrors: () => setUnplacedErrors([]),
    load: (values: Values) => {
      form.setValues(values);
      form.resetDirty(values);
      form.clearErrors();
      setUnplacedErrors([]);
    },
  };
}
