import { z } from 'zod';

/**
 * Parses an RFC 9457 problem details body defensively: a proxy or a crashed server may send
 * something else, and the user should still see a sensible message.
 */
const problemDetailsSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  errors: z
    .array(
      z.object({
        row: z.number().int().nullable().optional(),
        field: z.string().nullable().optional(),
        message: z.string(),
      }),
    )
    .optional(),
});

/** A validation error (`field`), or one problem of an import (`row`, 1-based, and the column as `field`). */
export type FieldError = { field?: string | null; message: string; row?: number | null };

type ApiErrorDetails = {
  status: number;
  title: string;
  detail?: string;
  type?: string;
  fieldErrors?: FieldError[];
};

/** Every failed API call ends in an ApiError: an HTTP error response or the server being unreachable. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type?: string;
  readonly fieldErrors: FieldError[];

  constructor({ status, title, detail, type, fieldErrors = [] }: ApiErrorDetails) {
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = type;
    this.fieldErrors = fieldErrors;
  }
}

/** Status 0 marks a request that never got an HTTP response. */
export const NETWORK_FAILURE_STATUS = 0;

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const fallbackTitle = response.statusText || `Request failed with status ${response.status}`;
  const body = await readJsonBody(response);
  const problem = problemDetailsSchema.safeParse(body);
  if (!problem.success) {
    return new ApiError({ status: response.status, title: fallbackTitle });
  }
  return new ApiError({
    status: problem.data.status ?? response.status,
    title: problem.data.title ?? fallbackTitle,
    detail: problem.data.detail,
    type: problem.data.type,
    fieldErrors: problem.data.errors,
  });
}

export function apiErrorFromNetworkFailure(cause: unknown): ApiError {
  const error = new ApiError({
    status: NETWORK_FAILURE_STATUS,
    title: 'Cannot reach the server',
    detail: 'Check your connection and try again.',
  });
  error.cause = cause;
  return error;
}

async function readJsonBody(response: Response): Promise<unknown> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) {
    return undefined;
  }
  try {
    return await response.clone().json();
  } catch {
    return undefined;
  }
}
