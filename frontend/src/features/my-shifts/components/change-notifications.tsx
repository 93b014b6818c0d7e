import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { Notification } from '@/api/types';
import { useMarkNotificationRead } from '../api/mark-notification-read';

type ChangeNotificationsProps = {
  notifications: Notification[];
};

/**
 * Changes to the clinician's shifts, newest first; unread ones stand out and can be marked read. Those that also
 * went out by e-mail say so.
 */
export function ChangeNotifications({ notifications }: ChangeNotificationsProps) {
  const markRead = useMarkNotificationRead();
  if (notifications.length === 0) {
    return <Text>No changes to your shifts.</Text>;
  }
  const newestFirst = [...notifications].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const isRead = (notification: Notification) => notification.readAt != null;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {newestFirst.map((notification) => (
        <Group key={notification.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
          <div>
            <Group gap={6}>
              {!isRead(notification) && (
                <Badge size="xs" color="nhs-blue">
                  New
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {dayjs(notification.createdAt).format('D MMM HH:mm')}
                {notification.emailStatus === 'SENT' && ' · also e-mailed to you'}
              </Text>
            </Group>
            <Text size="sm" fw={isRead(notification) ? 400 : 600}>
              {notification.title}
            </Text>
            <Text size="sm">{notification.message}</Text>
          </div>
          {!isRead(notification) && (
            <Button
              size="compact-xs"
              variant="default"
              loading={markRead.isPending && markRead.variables === notification.id}
              onClick={() => markRead.mutate(notification.id)}
            >
              Mark read
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}
