import type { Hub, PublishPreview, RotaBoard, RotaShift, Suggestion } from '@/api/types';

const score = (hard: number, medium: number, soft: number) => ({
  hard,
  medium,
  soft,
  feasible: hard >= 0,
  text: `${hard}hard/${medium}medium/${soft}soft`,
});

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
  date: '2026-03-02',
  startLocal: '2026-03-02T18:30:00',
  endLocal: '2026-03-02T20:00:00',
  requirements: [{ id: 1001, role: 'GP', roleLabel: 'GP', skills: [], min: 1, desired: 1, staffed: 1 }],
  assignments: [
    {
      id: 5001,
      clinicianId: 7,
      clinicianName: 'Dr Chidi Clinician',
      role: 'GP',
      roleLabel: 'GP',
      pinned: false,
      source: 'SOLVER',
    },
  ],
  gapReasons: [],
};

const shiftWithGap: RotaShift = {
  id: 102,
  hubId: 2,
  hubName: 'Blyth',
  date: '2026-03-03',
  startLocal: '2026-03-03T18:30:00',
  endLocal: '2026-03-03T20:00:00',
  requirements: [
    { id: 1002, role: 'GP', roleLabel: 'GP', skills: [], min: 1, desired: 1, staffed: 0 },
    {
      id: 1003,
      role: 'PRACTICE_NURSE',
      roleLabel: 'Practice nurse',
      skills: [],
      min: 1,
      desired: 2,
      staffed: 1,
    },
  ],
  assignments: [
    {
      id: 5002,
      clinicianId: 8,
      clinicianName: 'Nia Nurse',
      role: 'PRACTICE_NURSE',
      roleLabel: 'Practice nurse',
      pinned: true,
      source: 'MANUAL',
    },
  ],
  gapReasons: ['Every GP free that evening would go over their baseline hours'],
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
    hubs: testHubs.map((hub) => ({ id: hub.id, name: hub.name })),
    solving: false,
    score: score(0, -90, -40),
    shifts: [structuredClone(fullyStaffedShift), structuredClone(shiftWithGap)],
  };
}

export const testSuggestions: Suggestion[] = [
  {
    clinicianId: 9,
    clinicianName: 'Dr Gita Gupta',
    role: 'GP',
    roleLabel: 'GP',
    scoreAfter: score(0, 0, -45),
    brokenRules: [],
  },
];

export const assignmentChange = {
  scoreBefore: score(0, -90, -40),
  scoreAfter: score(0, 0, -45),
  brokenRules: [],
};

export function testPublishPreview(violations: PublishPreview['violations'] = []): PublishPreview {
  return {
    baseVersion: 1,
    nextVersion: 2,
    added: [
      {
        shiftId: 101,
        hubName: 'Cramlington',
        date: '2026-03-02',
        startLocal: '2026-03-02T18:30:00',
        endLocal: '2026-03-02T20:00:00',
        clinicianName: 'Dr Chidi Clinician',
        roleLabel: 'GP',
      },
    ],
    removed: [
      {
        shiftId: 102,
        hubName: 'Blyth',
        date: '2026-03-03',
        startLocal: '2026-03-03T18:30:00',
        endLocal: '2026-03-03T20:00:00',
        clinicianName: 'Dr Old Assignment',
        roleLabel: 'GP',
      },
    ],
    violations,
  };
}
