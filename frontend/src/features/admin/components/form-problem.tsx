import { Alert, Button, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, type FieldError } from '@/lib/api-error';
import { isStaleVersion } from '../utils/server-errors';

type FormProblemProps = {
  error: Error | null;
  /** Server field errors that name no field of the form. */
  unplacedErrors?: FieldError[];
  /** Fetches the record again and puts its current values (and version) in the form. */
  onReload: () => Promise<unknown>;
};

/**
 * The top-of-form message for a failed save: a stale version offers a reload; any other problem shows its
 * title, detail and the field errors that could not be put next to a field.
 */
export function FormProblem({ error, unplacedErrors = [], onReload }: FormProblemProps) {
  const [reloading, setReloading] = useState(false);
  if (!error) {
    return null;
  }
  if (isStaleVersion(error)) {
    return (
      <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="This record was changed by someone else" role="alert">
        <Text size="sm" mb="xs">
          Reload it to see their change, then make your change again.
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={reloading}
          onClick={async () => {
            setReloading(true);
            try {
              await onReload();
            } finally {
              setReloading(false);
            }
          }}
        >
          Reload
        </Button>
      </Alert>
    );
  }
  const title = error instanceof ApiError ? error.title : 'Could not save';
  const detail = error instanceof ApiError ? error.detail : error.message;
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={title} role="alert">
      {detail && <Text size="sm">{detail}</Text>}
      {unplacedErrors.length > 0 && (
        <List size="sm" mt="xs">
          {unplacedErrors.map((fieldError) => (
            <List.Item key={`${fieldError.field}-${fieldError.message}`}>
              {fieldError.field ? `${fieldError.field}: ` : ''}
              {fieldError.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
