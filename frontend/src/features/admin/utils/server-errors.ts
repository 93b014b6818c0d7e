import { ApiError, type FieldError } from '@/lib/api-error';

/** Problem type the backend gives a 409 for an edit whose `version` is no longer current. */
export const STALE_VERSION_PROBLEM = 'urn:hubrota:problem:stale-version';

/**
 * A 409 from an edit whose `version` is no longer current. Other conflicts (a duplicate code, a record still in
 * use) are 409s too, but without this problem type, and reloading would not resolve them.
 */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.type === STALE_VERSION_PROBLEM;
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
