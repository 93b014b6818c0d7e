import type { Hub, PublishPreview, RotaBoard, RotaDiff, RotaShift, RotaVersion, Suggestion } from '@/api/types';

const score = (hard: number, medium: number, soft: number) => ({ hard, medium, soft });

export const testHubs: Hub[] = [
  {
    id: 1,
    version: 0,
    code: 'CRA',
    name: 'Cramlington',
    town: 'Cramlington',
    latitude: 55.08,
    longitude: -1.58,
    rooms: 4,
    populationServed: 52000,
    openingHours: [{ weekday: 'MONDAY', opens: '08:00:00', closes: '20:00:00' }],
  },
  {
    id: 2,
    version: 0,
    code: 'BLY',
    name: 'Blyth',
    town: 'Blyth',
    latitude: 55.12,
    longitude: -1.5,
    rooms: 3,
    populationServed: 38000,
    openingHours: [{ weekday: 'MONDAY', opens: '08:00:00', closes: '20:00:00' }],
  },
];

const fullyStaffedShift: RotaShift = {
  id: 101,
  hubId: 1,
  hubName: 'Cramlington',
  start: '2026-03-02T18:30:00',
  end: '2026-03-02T20:00:00',
  requirements: [{ id: 1001, role: 'GP', skills: [], min: 1, desired: 1, assigned: 1 }],
  assignments: [
    {
      id: 5001,
      clinicianId: 7,
      clinicianName: 'Dr Chidi Clinician',
      role: 'GP',
      requirementId: 1001,
      pinned: false,
      source: 'SOLVER',
      version: 0,
    },
  ],
};

const shiftWithGap: RotaShift = {
  id: 102,
  hubId: 2,
  hubName: 'Blyth',
  start: '2026-03-03T18:30:00',
  end: '2026-03-03T20:00:00',
  requirements: [
    { id: 1002, role: 'GP', skills: [], min: 1, desired: 1, assigned: 0 },
    { id: 1003, role: 'PRACTICE_NURSE', skills: [], min: 1, desired: 2, assigned: 1 },
  ],
  assignments: [
    {
      id: 5002,
      clinicianId: 8,
      clinicianName: 'Nia Nurse',
      role: 'PRACTICE_NURSE',
      requirementId: 1003,
      pinned: true,
      source: 'MANUAL',
      version: 1,
    },
  ],
};

export function testRotaBoard(): RotaBoard {
  return {
    id: 42,
    version: 3,
    name: 'North hubs, March',
    firstDate: '2026-03-02',
    lastDate: '2026-03-08',
    status: 'DRAFT',
    publishedVersion: 1,
    hubs: testHubs,
    days: [
      { date: '2026-03-02', bankHoliday: false, shifts: [structuredClone(fullyStaffedShift)] },
      { date: '2026-03-03', bankHoliday: false, shifts: [structuredClone(shiftWithGap)] },
    ],
    gaps: [
      {
        shiftId: 102,
        requirementId: 1002,
        hubName: 'Blyth',
        start: '2026-03-03T18:30:00',
        role: 'GP',
        skills: [],
        missing: 1,
        reason: 'ALL_AT_HOURS_CEILING',
        explanation: 'Every GP free that evening would go over their baseline hours',
      },
    ],
    score: score(0, -90, -40),
    coveragePercent: 66.7,
    solver: { solving: false, lastSavedScore: score(0, -90, -40), lastSavedAt: '2026-02-27T09:00:00Z' },
  };
}

export const testSuggestions: Suggestion[] = [
  { clinicianId: 9, clinicianName: 'Dr Gita Gupta', role: 'GP', requirementId: 1002, scoreDelta: score(0, 90, -5) },
];

export const assignmentChange = {
  scoreBefore: score(0, -90, -40),
  scoreAfter: score(0, 0, -45),
  brokenRules: [],
  assignmentId: 5003,
};

export function testPublishPreview(violations: PublishPreview['violations'] = []): PublishPreview {
  return {
    publishable: violations.length === 0,
    violations,
    diff: {
      fromVersion: 1,
      toVersion: null,
      changedClinicians: 2,
      changes: [
        {
          clinicianId: 7,
          clinicianName: 'Dr Chidi Clinician',
          gained: [{ shiftId: 101, hubName: 'Cramlington', start: '2026-03-02T18:30:00', end: '2026-03-02T20:00:00' }],
          lost: [],
        },
        {
          clinicianId: 11,
          clinicianName: 'Dr Old Assignment',
          gained: [],
          lost: [{ shiftId: 102, hubName: 'Blyth', start: '2026-03-03T18:30:00', end: '2026-03-03T20:00:00' }],
        },
      ],
    },
  };
}

export const testRotaVersions: RotaVersion[] = [
  { number: 1, publishedAt: '2026-02-20T09:15:00Z', publishedBy: 'hub.manager', note: 'First cut', assignments: 2 },
  { number: 2, publishedAt: '2026-02-24T16:40:00Z', publishedBy: 'admin', note: '', assignments: 2 },
];

/** Version 1 gave everyone their first shifts; version 2 moved Dr Old Assignment's Blyth shift to Dr Chidi Clinician. */
export function testVersionDiff(number: number): RotaDiff {
  const blyth = { shiftId: 102, hubName: 'Blyth', start: '2026-03-03T18:30:00', end: '2026-03-03T20:00:00' };
  const cramlington = { shiftId: 101, hubName: 'Cramlington', start: '2026-03-02T18:30:00', end: '2026-03-02T20:00:00' };
  return number === 1
    ? {
        fromVersion: 0,
        toVersion: 1,
        changedClinicians: 2,
        changes: [
          { clinicianId: 7, clinicianName: 'Dr Chidi Clinician', gained: [cramlington], lost: [] },
          { clinicianId: 11, clinicianName: 'Dr Old Assignment', gained: [blyth], lost: [] },
        ],
      }
    : {
        fromVersion: number - 1,
        toVersion: number,
        changedClinicians: 2,
        changes: [
          { clinicianId: 7, clinicianName: 'Dr Chidi Clinician', gained: [blyth], lost: [] },
          { clinicianId: 11, clinicianName: 'Dr Old Assignment', gained: [], lost: [blyth] },
        ],
      };
}
