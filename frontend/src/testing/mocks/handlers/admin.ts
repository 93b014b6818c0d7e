import { http, HttpResponse } from 'msw';
import type { ClinicianDetail, ClinicianPage, Practice, UserAccount } from '@/api/types';

const practices: Practice[] = [
  { id: 3, version: 0, code: 'A84001', name: 'Seaton Park Practice', locality: 'Blyth', listSize: 9400, latitude: 55.1, longitude: -1.5 },
];

const clinicians: ClinicianPage = {
  content: [
    {
      id: 7,
      version: 0,
      code: 'C007',
      name: 'Dr Chidi Clinician',
      role: 'GP',
      skills: [],
      practice: { id: 3, code: 'A84001', name: 'Seaton Park Practice' },
      baselineWeeklyMinutes: 2250,
      maxTravelMinutes: 30,
      active: true,
      email: null,
    },
  ],
  page: 0,
  size: 25,
  totalElements: 1,
  totalPages: 1,
};

/** Dr Chidi Clinician as GET /api/clinicians/7 answers: the list's fields and the weekly commitments. */
export const testClinicianDetail: ClinicianDetail = {
  ...clinicians.content[0],
  commitments: [{ id: 70, weekday: 'MONDAY', start: '08:00:00', end: '18:00:00', validFrom: '2026-01-05', validTo: '2026-06-28' }],
  preferences: [],
  unavailability: [],
  userId: 7,
};

const users: UserAccount[] = [
  {
    id: 7,
    version: 0,
    username: 'dr.clinician',
    displayName: 'Dr Chidi Clinician',
    enabled: true,
    roles: ['CLINICIAN'],
    hubIds: [],
    clinicianId: 7,
  },
];

export const adminHandlers = [
  http.get('*/api/practices', () => HttpResponse.json(practices)),
  http.get('*/api/clinicians', () => HttpResponse.json(clinicians)),
  http.get('*/api/clinicians/:clinicianId', () => HttpResponse.json(testClinicianDetail)),
  http.get('*/api/admin/users', () => HttpResponse.json(users)),
  http.get('*/api/hubs/:hubId/templates', () => HttpResponse.json([])),
  http.post('*/api/admin/imports/:kind', () => HttpResponse.json({ created: 2, updated: 1 })),
];
