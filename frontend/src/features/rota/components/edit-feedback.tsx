import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { AssignmentChange } from '@/api/types';
import { describeScoreChange } from '../utils/staffing';

type EditFeedbackProps = {
  what: string;
  change: AssignmentChange;
  onClose: () => void;
};

/** What a hand edit did: the score change, and any rule it now breaks. */
export function EditFeedback({ what, change, onClose }: EditFeedbackProps) {
  const breaksRules = change.brokenRules.length > 0;
  return (
    <Alert
      color={breaksRules ? 'red' : 'blue'}
      icon={breaksRules ? <IconAlertTriangle aria-hidden /> : <IconInfoCircle aria-hidden />}
      title={what}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      role="status"
    >
      <Text size="sm">{describeScoreChange(change.scoreBefore, change.scoreAfter)}</Text>
      {breaksRules && (
        <>
          <Text size="sm" fw={600} mt="xs">
            Rules this breaks:
          </Text>
          <List size="sm">
            {change.brokenRules.map((rule) => (
              <List.Item key={`${rule.constraint}-${rule.description}`}>
                {rule.constraint}: {rule.description}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
