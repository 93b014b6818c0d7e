import type { RequirementLine, RotaBoard, RotaGap, RotaShift, Score } from '@/api/types';
import { roleLabel } from '@/utils/role-label';

/** A shift with the date of the board day it sits on. */
export type BoardShift = RotaShift & { date: string };

export function boardShifts(rota: RotaBoard): BoardShift[] {
  return rota.days.flatMap((day) => day.shifts.map((shift) => ({ ...shift, date: day.date })));
}

/** How many clinicians a requirement line is short of its minimum. */
export function missingFor(line: RequirementLine): number {
  return Math.max(0, line.min - line.assigned);
}

export function shiftGapCount(shift: RotaShift): number {
  return shift.requirements.reduce((total, line) => total + missingFor(line), 0);
}

/** "1 GP short, 2 Practice nurse short" */
export function describeGaps(shift: RotaShift): string {
  return shift.requirements
    .filter((line) => missingFor(line) > 0)
    .map((line) => `${missingFor(line)} ${roleLabel(line.role)} short`)
    .join(', ');
}

export function gapsOf(rota: RotaBoard, shiftId: number): RotaGap[] {
  return rota.gaps.filter((gap) => gap.shiftId === shiftId);
}

export function isFeasible(score: Score): boolean {
  return score.hard >= 0;
}

/** "0 hard · −90 medium · −40 soft" */
export function formatScore(score: Score): string {
  return `${score.hard} hard · ${score.medium} medium · ${score.soft} soft`;
}

const LEVELS: [keyof Score, string][] = [
  ['hard', 'hard rules'],
  ['medium', 'cover'],
  ['soft', 'preferences and fairness'],
];

/** A score difference in words: "cover better by 90, preferences and fairness worse by 5". */
export function describeScoreDelta(delta: Score | null): string {
  if (delta === null) {
    return 'score not available';
  }
  const parts = LEVELS.filter(([level]) => delta[level] !== 0).map(
    ([level, label]) => `${label} ${delta[level] > 0 ? 'better' : 'worse'} by ${Math.abs(delta[level])}`,
  );
  return parts.length === 0 ? 'no change to the score' : parts.join(', ');
}

/** What an edit did to the score, in words the manager reads at a glance. */
export function describeScoreChange(before: Score | null, after: Score | null): string {
  if (before === null || after === null) {
    return 'Score not available';
  }
  const delta = { hard: after.hard - before.hard, medium: after.medium - before.medium, soft: after.soft - before.soft };
  const words = describeScoreDelta(delta);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (now ${formatScore(after)})`;
}
