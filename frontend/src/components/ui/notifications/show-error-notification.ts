import { notifications } from '@mantine/notifications';
import { ApiError } from '@/lib/api-error';

/** Shows a failed request to the user; problem details supply the title and explanation. */
export function showErrorNotification(error: Error) {
  const title = error instanceof ApiError ? error.title : 'Something went wrong';
  const fieldMessages = error instanceof ApiError ? error.fieldErrors.map((fieldError) => fieldError.message) : [];
  const message = [error instanceof ApiError ? error.detail : error.message, ...fieldMessages]
    .filter((part): part is string => Boolean(part))
    .join(' ');
  notifications.show({
    color: 'red',
    title,
    message: message || 'Please try again.',
    autoClose: 8000,
  });
}
