import { http, HttpResponse } from 'msw';
import type { CalendarTokenStatus, Me, MyShift, Notification, WeekHours } from '@/api/types';

const me: Me = {
  clinicianId: 7,
  name: 'Dr Chidi Clinician',
  role: 'GP',
  roleLabel: 'GP',
  practice: { id: 3, code: 'A84001', name: 'Seaton Park Practice' },
  baselineWeeklyMinutes: 2250,
};

export const testMyShifts: MyShift[] = [
  {
    shiftId: 101,
    date: '2026-03-02',
    hubId: 1,
    hubName: 'Cramlington',
    startLocal: '2026-03-02T18:30:00',
    endLocal: '2026-03-02T20:00:00',
    role: 'GP',
    roleLabel: 'GP',
    rotaId: 42,
    rotaName: 'North hubs, March',
    version: 2,
  },
];

export const testWeekHours: WeekHours[] = [
  {
    isoWeek: '2026-W10',
    weekStart: '2026-03-02',
    weekEnd: '2026-03-08',
    baselineMinutes: 2250,
    practiceMinutes: 1800,
    hubMinutes: 90,
    totalMinutes: 1890,
    headroomMinutes: 360,
  },
  {
    isoWeek: '2026-W11',
    weekStart: '2026-03-09',
    weekEnd: '2026-03-15',
    baselineMinutes: 2250,
    practiceMinutes: 1800,
    hubMinutes: 450,
    totalMinutes: 2250,
    headroomMinutes: 0,
  },
];

let notifications: Notification[] = [];
let calendar: CalendarTokenStatus = { active: false, createdAt: null };

export function resetSelfServiceMocks() {
  notifications = [
    {
      id: 1,
      createdAt: '2026-02-27T10:00:00Z',
      kind: 'SHIFT_ADDED',
      title: 'New hub shift',
      message: 'Mon 2 Mar 18:30–20:00 at Cramlington',
      rotaId: 42,
      readAt: null,
      emailStatus: 'SENT',
      emailAt: '2026-02-27T10:00:05Z',
    },
  ];
  calendar = { active: false, createdAt: null };
}
resetSelfServiceMocks();

/** The clinician's self-service endpoints. */
export const selfServiceHandlers = [
  http.get('*/api/me', () => HttpResponse.json(me)),
  http.get('*/api/me/shifts', () => HttpResponse.json(testMyShifts)),
  http.get('*/api/me/hours', () => HttpResponse.json(testWeekHours)),
  http.get('*/api/me/notifications', () => HttpResponse.json(notifications)),
  http.post('*/api/me/notifications/:notificationId/read', ({ params }) => {
    notifications = notifications.map((notification) =>
      notification.id === Number(params.notificationId)
        ? { ...notification, readAt: '2026-02-27T11:00:00Z' }
        : notification,
    );
    return HttpResponse.json(notifications.find((notification) => notification.id === Number(params.notificationId)));
  }),
  http.get('*/api/me/calendar-token', () => HttpResponse.json(calendar)),
  http.post('*/api/me/calendar-token', () => {
    calendar = { active: true, createdAt: '2026-02-27T10:00:00Z' };
    return HttpResponse.json({ url: 'http://localhost/api/calendar/secret-token.ics' }, { status: 201 });
  }),
  http.delete('*/api/me/calendar-token', () => {
    calendar = { active: false, createdAt: null };
    return new HttpResponse(null, { status: 204 });
  }),
  http.get('*/api/me/unavailability', () => HttpResponse.json([])),
  http.get('*/api/me/preferences', () => HttpResponse.json([])),
];
