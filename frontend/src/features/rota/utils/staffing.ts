import type { RequirementLine, RotaShift, Score } from '@/api/types';

/** How many clinicians a requirement line is short of its minimum. */
export function missingFor(line: RequirementLine): number {
  return Math.max(0, line.min - line.staffed);
}

export function shiftGapCount(shift: RotaShift): number {
  return shift.requirements.reduce((total, line) => total + missingFor(line), 0);
}

/** "1 GP short, 2 Practice nurse short" */
export function describeGaps(shift: RotaShift): string {
  return shift.requirements
    .filter((line) => missingFor(line) > 0)
    .map((line) => `${missingFor(line)} ${line.roleLabel} short`)
    .join(', ');
}

/** "0 hard · −120 medium · −35 soft" */
export function formatScore(score: Score): string {
  return score.text || `${score.hard}hard/${score.medium}medium/${score.soft}soft`;
}

/** What an edit did to the score, in words the manager reads at a glance. */
export function describeScoreChange(before: Score, after: Score): string {
  const parts: string[] = [];
  const levels: [keyof Pick<Score, 'hard' | 'medium' | 'soft'>, string][] = [
    ['hard', 'hard rules'],
    ['medium', 'coverage'],
    ['soft', 'preferences and fairness'],
  ];
  for (const [level, label] of levels) {
    const delta = after[level] - before[level];
    if (delta !== 0) {
      parts.push(`${label} ${delta > 0 ? 'better' : 'worse'} by ${Math.abs(delta)}`);
    }
  }
  return parts.length === 0 ? 'Score unchanged' : `${parts.join(', ')} (now ${formatScore(after)})`;
}
