import { ApiError, type FieldError } from '@/lib/api-error';

/**
 * A 409 from an edit whose `version` is no longer current. The backend answers every conflict with 409 (a stale
 * version, a duplicate code, a record still in use), and only the stale-version ones say the record "was changed by
 * someone else" (in the title for JPA's own check, in the detail for the explicit version comparison).
 */
export function isStaleVersion(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    /changed by someone else/i.test(`${error.title} ${error.detail ?? ''}`)
  );
}

/** A Bean Validation path (`openingHours[0].closes`) as a form path (`openingHours.0.closes`). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)]/g, '.$1');
}

type FormWithErrors = {
  getValues: () => object;
  setFieldError: (path: never, error: string) => void;
};

function hasPath(values: object, path: string): boolean {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(key in current)) {
      return false;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return true;
}

/**
 * Puts each of the server's field errors next to its field; returns those that name no field of the form (a
 * class-level check, or a field the form does not show), which the caller shows at the top.
 */
export function applyServerFieldErrors(form: FormWithErrors, error: unknown): FieldError[] {
  if (!(error instanceof ApiError)) {
    return [];
  }
  const values = form.getValues();
  return error.fieldErrors.filter((fieldError) => {
    const path = fieldError.field ? toFormPath(fieldError.field) : undefined;
    if (path && hasPath(values, path)) {
      form.setFieldError(path as never, fieldError.message);
      return false;
    }
    return true;
  });
}
