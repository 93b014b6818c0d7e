import { Alert, Button, CopyButton, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useCalendarToken } from '../api/get-calendar-token';
import { useRevokeCalendarToken } from '../api/revoke-calendar-token';
import { useRotateCalendarToken } from '../api/rotate-calendar-token';

/**
 * The private iCal feed. The address holds a secret, so the server shows it once, when it is made; after
 * that the clinician can only replace it (which stops the old one) or revoke it.
 */
export function CalendarSubscription() {
  const status = useCalendarToken();
  const rotate = useRotateCalendarToken();
  const revoke = useRevokeCalendarToken({ mutationConfig: { onSuccess: () => rotate.reset() } });
  const newUrl = rotate.data?.url;

  if (status.isPending) {
    return <Loader size="sm" aria-label="Loading calendar subscription" />;
  }
  const isActive = status.data?.active === true;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {isActive
          ? `Your calendar feed is on${status.data?.createdAt ? ` (since ${dayjs(status.data.createdAt).format('D MMM YYYY')})` : ''}.`
          : 'Subscribe from Outlook, Google or Apple Calendar to see your hub shifts there.'}
      </Text>
      {newUrl && (
        <Alert color="nhs-blue" title="Your feed address">
          <Stack gap="xs">
            <Text size="sm">Copy it now into your calendar app; for your safety it will not be shown again.</Text>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput label="Calendar feed address" value={newUrl} readOnly style={{ flex: 1 }} onFocus={(event) => event.currentTarget.select()} />
              <CopyButton value={newUrl}>
                {({ copied, copy }) => (
                  <Button onClick={copy} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}>
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group gap="xs">
        <Button variant={isActive ? 'default' : 'filled'} loading={rotate.isPending} onClick={() => rotate.mutate(undefined)}>
          {isActive ? 'Replace feed address' : 'Create feed address'}
        </Button>
        {isActive && (
          <Button variant="default" color="red" loading={revoke.isPending} onClick={() => revoke.mutate(undefined)}>
            Turn off feed
          </Button>
        )}
      </Group>
    </Stack>
  );
}
