import { http, HttpResponse } from 'msw';
import type { Access, Coverage } from '@/api/types';

const hours = (required: number, staffed: number) =>
  [18, 19].map((hour) => ({ hour, required, desired: required, staffed, roles: [] }));

export const testCoverage: Coverage = {
  from: '2026-03-02',
  to: '2026-03-08',
  hubs: [
    {
      hubId: 1,
      hubName: 'Cramlington',
      days: [
        { date: '2026-03-02', source: 'PUBLISHED', hours: hours(2, 2) },
        { date: '2026-03-03', source: 'PUBLISHED', hours: hours(2, 1) },
      ],
    },
  ],
  gaps: [
    {
      hubId: 1,
      hubName: 'Cramlington',
      date: '2026-03-03',
      shiftId: 102,
      start: '2026-03-03T18:30:00',
      end: '2026-03-03T20:00:00',
      role: 'GP',
      required: 1,
      staffed: 0,
      missing: 1,
      source: 'PUBLISHED',
    },
  ],
};

const figures = (perThousand: number) => ({
  windowMinutes: 720,
  gpOnSiteMinutes: 600,
  gpOnSiteShare: 0.83,
  staffedMinutes: 3000,
  minutesPer1000PerWeek: perThousand,
  meetsStandard: perThousand >= 60,
});

export const testAccess: Access = {
  from: '2026-03-02',
  to: '2026-03-08',
  days: 7,
  weeks: 1,
  standardMinutesPer1000PerWeek: 60,
  hubs: [
    {
      hubId: 1,
      hubName: 'Cramlington',
      populationServed: 52000,
      openingHours: figures(64.2),
      enhancedAccessHours: figures(31),
    },
  ],
  overall: { population: 52000, openingHours: figures(57.5), enhancedAccessHours: figures(31) },
};

const loadHour = (hourOfWeek: number, gpTreatable: number, staffedClinicianHours: number) => ({
  hourOfWeek,
  day: 'MONDAY',
  hour: hourOfWeek % 24,
  outOfHoursShare: hourOfWeek % 24 >= 18 ? 1 : 0,
  actualHours: 1,
  forecastHours: 0,
  arrivals: gpTreatable * 3,
  gpTreatable,
  staffedClinicianHours,
  requiredClinicianHours: staffedClinicianHours,
});

export const testOohVsCapacity = {
  site: 'NSECH',
  from: '2026-03-02',
  to: '2026-03-08',
  hoursOfWeek: [loadHour(18, 4, 2), loadHour(19, 5, 2)],
  diversion: {
    oohCapacityClinicianHours: 4,
    appointmentsOffered: 24,
    oohGpTreatableAttendances: 9,
    estimatedDivertedAttendances: 8,
    assumption: 'three appointments avert one attendance',
  },
};

export const coverageHandlers = [
  http.get('*/api/ed-load/ooh-vs-capacity', () => HttpResponse.json(testOohVsCapacity)),
  http.get('*/api/coverage', () => HttpResponse.json(testCoverage)),
  http.get('*/api/coverage/access', () => HttpResponse.json(testAccess)),
];
