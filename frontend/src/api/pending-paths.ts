/**
 * Endpoints the backend branches are building but that are not yet in `openapi/openapi.json`, declared in
 * openapi-typescript's shape so the one client can call them. `ApiPaths` (./api-paths.ts) lets the generated
 * description win: as soon as a path appears there, its declaration here stops being used, and the type-check
 * shows any difference. Each block names the backend records it mirrors; delete a block once it is generated.
 */
import type { components } from './generated/schema';

type Json<T> = { content: { 'application/json': T } };
type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type Parameters<Path = never, Query = never> = { header?: never; cookie?: never } & ([Path] extends [never]
  ? { path?: never }
  : { path: Path }) &
  ([Query] extends [never] ? { query?: never } : { query: Query });
type Responses<Response, Status extends number> = {
  [S in Status]: [Response] extends [never] ? { headers: { [name: string]: unknown }; content?: never } : Json<Response>;
};
type Operation<Response, Path = never, Query = never, Body = never, Status extends number = 200> = ([Body] extends [
  never,
]
  ? { requestBody?: never }
  : { requestBody: Json<Body> }) & { parameters: Parameters<Path, Query>; responses: Responses<Response, Status> };

type DateString = string;
type LocalDateTimeString = string;
type InstantString = string;
type DateRangeQuery = { from: DateString; to: DateString };
type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** The clinical roles, as the generated description of the clinician directory names them. */
export type ClinicalRole = NonNullable<components['schemas']['ClinicianSummaryResponse']['role']>;

// --- selfservice branch: io.hubrota.{myshifts,calendar,coverage} ------------------------------------------------

type MeResponse = {
  clinicianId: number;
  name: string;
  role: ClinicalRole;
  roleLabel: string;
  practice: { id: number; code: string; name: string };
  baselineWeeklyMinutes: number;
};
type MyShiftResponse = {
  shiftId: number;
  date: DateString;
  hubId: number;
  hubName: string;
  startLocal: LocalDateTimeString;
  endLocal: LocalDateTimeString;
  role: ClinicalRole;
  roleLabel: string;
  rotaId: number;
  rotaName: string;
  version: number;
};
type WeekHoursResponse = {
  isoWeek: string;
  weekStart: DateString;
  weekEnd: DateString;
  baselineMinutes: number;
  practiceMinutes: number;
  hubMinutes: number;
  totalMinutes: number;
  headroomMinutes: number;
};
type UnavailabilityKind = 'LEAVE' | 'SICKNESS' | 'TRAINING' | 'OTHER';
type UnavailabilityRequest = {
  from: DateString;
  to: DateString;
  startTime?: string;
  endTime?: string;
  kind: UnavailabilityKind;
  reason?: string;
};
type UnavailabilityResponse = {
  id: number;
  version: number;
  start: InstantString;
  end: InstantString;
  from: DateString;
  to: DateString;
  startTime?: string;
  endTime?: string;
  kind: UnavailabilityKind;
  reason?: string;
};
type PreferenceKind =
  | 'PREFER_WEEKDAY'
  | 'AVOID_WEEKDAY'
  | 'PREFER_DATE'
  | 'AVOID_DATE'
  | 'PREFER_HUB'
  | 'AVOID_HUB';
type PreferenceRequest = { kind: PreferenceKind; weekday?: Weekday; date?: DateString; hubId?: number; weight: number };
type PreferenceResponse = {
  id: number;
  version: number;
  kind: PreferenceKind;
  weekday?: Weekday;
  date?: DateString;
  hubId?: number;
  hubName?: string;
  weight: number;
};
type CalendarTokenStatusResponse = { active: boolean; createdAt: InstantString | null };
type CalendarTokenResponse = { url: string };
type StaffingSource = 'PUBLISHED' | 'DRAFT';
type RoleCoverage = { role: ClinicalRole; required: number; desired: number; staffed: number };
type HourCoverage = { hour: number; required: number; desired: number; staffed: number; roles: RoleCoverage[] };
type CoverageResponse = {
  from: DateString;
  to: DateString;
  hubs: {
    hubId: number;
    hubName: string;
    days: { date: DateString; source: StaffingSource; hours: HourCoverage[] }[];
  }[];
  gaps: {
    hubId: number;
    hubName: string;
    date: DateString;
    shiftId: number;
    start: LocalDateTimeString;
    end: LocalDateTimeString;
    role: ClinicalRole;
    required: number;
    staffed: number;
    missing: number;
    source: StaffingSource;
  }[];
};
type AccessFigures = {
  windowMinutes: number;
  gpOnSiteMinutes: number;
  gpOnSiteShare?: number | null;
  staffedMinutes: number;
  minutesPer1000PerWeek?: number | null;
  meetsStandard?: boolean | null;
};
type AccessResponse = {
  from: DateString;
  to: DateString;
  days: number;
  weeks: number;
  standardMinutesPer1000PerWeek: number;
  hubs: {
    hubId: number;
    hubName: string;
    populationServed: number;
    openingHours: AccessFigures;
    enhancedAccessHours: AccessFigures;
  }[];
  overall: { population: number; openingHours: AccessFigures; enhancedAccessHours: AccessFigures };
};

// --- workflow branch: io.hubrota.rota.RotaDtos, io.hubrota.publishing.PublishingDtos, io.hubrota.notifications ------

type RotaStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
type ScoreResponse = { hard: number; medium: number; soft: number };
type RotaHubResponse = { id: number; code: string; name: string; rooms: number };
type RotaSummaryResponse = {
  id: number;
  name: string;
  firstDate: DateString;
  lastDate: DateString;
  status: RotaStatus;
  publishedVersion: number;
  hubs: RotaHubResponse[];
  solving: boolean;
  version: number;
};
type CreateRotaRequest = { name: string; firstDate: DateString; weeks: number; hubIds: number[] };
type BoardLine = { id: number; role: ClinicalRole; skills: string[]; min: number; desired: number; assigned: number };
type BoardAssignment = {
  id: number;
  clinicianId: number;
  clinicianName: string;
  role: ClinicalRole;
  requirementId: number;
  pinned: boolean;
  source: 'SOLVER' | 'MANUAL';
  version: number;
};
type BoardShift = {
  id: number;
  hubId: number;
  hubName: string;
  start: LocalDateTimeString;
  end: LocalDateTimeString;
  requirements: BoardLine[];
  assignments: BoardAssignment[];
};
type GapReason =
  | 'NO_ELIGIBLE_CLINICIAN'
  | 'ROOM_LIMIT'
  | 'ON_LEAVE_OR_COMMITTED'
  | 'ALL_AT_HOURS_CEILING'
  | 'REST_RULES'
  | 'UNFILLED';
type GapResponse = {
  shiftId: number;
  requirementId: number;
  hubName: string;
  start: LocalDateTimeString;
  role: ClinicalRole;
  skills: string[];
  missing: number;
  reason: GapReason;
  explanation: string;
};
type RotaBoardResponse = {
  id: number;
  name: string;
  firstDate: DateString;
  lastDate: DateString;
  status: RotaStatus;
  publishedVersion: number;
  version: number;
  hubs: RotaHubResponse[];
  days: { date: DateString; bankHoliday: boolean; shifts: BoardShift[] }[];
  gaps: GapResponse[];
  score?: ScoreResponse | null;
  coveragePercent: number;
  solver: { solving: boolean; lastSavedScore?: ScoreResponse | null; lastSavedAt?: InstantString | null };
};
type BrokenRule = { constraint: string; description: string };
type EditResponse = {
  scoreBefore: ScoreResponse;
  scoreAfter: ScoreResponse;
  brokenRules: BrokenRule[];
  assignmentId?: number | null;
};
type SuggestionResponse = {
  clinicianId: number;
  clinicianName: string;
  role: ClinicalRole;
  requirementId: number;
  scoreDelta: ScoreResponse;
};
type ShiftRef = { shiftId: number; hubName: string; start: LocalDateTimeString; end: LocalDateTimeString };
type RotaDiff = {
  fromVersion: number;
  toVersion?: number | null;
  changedClinicians: number;
  changes: { clinicianId: number; clinicianName: string; gained: ShiftRef[]; lost: ShiftRef[] }[];
};
type Violation = { rule: string; clinicianId?: string | null; description: string; penalty: number };
type PublishPreviewResponse = { publishable: boolean; violations: Violation[]; diff: RotaDiff };
type PublishRequest = { note?: string; version: number };
type PublishResponse = { versionNumber: number; diff: RotaDiff; notifiedClinicians: number };
type VersionResponse = {
  number: number;
  publishedAt: InstantString;
  publishedBy: string;
  note?: string | null;
  assignments: number;
};
type AbsenceRequest = { clinicianId: number; from: DateString; to: DateString; reason?: string };
type AbsenceResponse = { unavailabilityId: number; removedAssignments: ShiftRef[] };
type NotificationResponse = {
  id: number;
  createdAt: InstantString;
  kind: string;
  title: string;
  message: string;
  rotaId?: number | null;
  readAt?: InstantString | null;
};

type RotaId = { rotaId: number };

export type pendingPaths = {

  '/api/me': { parameters: NoParameters; get: Operation<MeResponse> };
  '/api/me/shifts': { parameters: NoParameters; get: Operation<MyShiftResponse[], never, DateRangeQuery> };
  '/api/me/hours': { parameters: NoParameters; get: Operation<WeekHoursResponse[], never, DateRangeQuery> };
  '/api/me/unavailability': {
    parameters: NoParameters;
    get: Operation<UnavailabilityResponse[]>;
    post: Operation<UnavailabilityResponse, never, never, UnavailabilityRequest, 201>;
  };
  '/api/me/unavailability/{id}': {
    parameters: NoParameters;
    delete: Operation<never, { id: number }, never, never, 204>;
  };
  '/api/me/preferences': {
    parameters: NoParameters;
    get: Operation<PreferenceResponse[]>;
    post: Operation<PreferenceResponse, never, never, PreferenceRequest, 201>;
  };
  '/api/me/preferences/{id}': { parameters: NoParameters; delete: Operation<never, { id: number }, never, never, 204> };
  '/api/me/calendar-token': {
    parameters: NoParameters;
    get: Operation<CalendarTokenStatusResponse>;
    post: Operation<CalendarTokenResponse, never, never, never, 201>;
    delete: Operation<never, never, never, never, 204>;
  };
  '/api/me/notifications': { parameters: NoParameters; get: Operation<NotificationResponse[]> };
  '/api/me/notifications/{notificationId}/read': {
    parameters: NoParameters;
    post: Operation<NotificationResponse, { notificationId: number }>;
  };
  '/api/coverage': {
    parameters: NoParameters;
    get: Operation<CoverageResponse, never, DateRangeQuery & { hubId?: number }>;
  };
  '/api/coverage/access': {
    parameters: NoParameters;
    get: Operation<AccessResponse, never, DateRangeQuery & { hubId?: number[] }>;
  };

  '/api/rotas': {
    parameters: NoParameters;
    get: Operation<RotaSummaryResponse[]>;
    post: Operation<RotaBoardResponse, never, never, CreateRotaRequest, 201>;
  };
  '/api/rotas/{rotaId}': { parameters: NoParameters; get: Operation<RotaBoardResponse, RotaId> };
  '/api/rotas/{rotaId}/solve': { parameters: NoParameters; post: Operation<never, RotaId, never, never, 202> };
  '/api/rotas/{rotaId}/stop': { parameters: NoParameters; post: Operation<never, RotaId, never, never, 202> };
  '/api/rotas/{rotaId}/assignments': {
    parameters: NoParameters;
    post: Operation<EditResponse, RotaId, never, { shiftId: number; clinicianId: number }, 201>;
  };
  '/api/rotas/{rotaId}/assignments/{assignmentId}': {
    parameters: NoParameters;
    delete: Operation<EditResponse, RotaId & { assignmentId: number }>;
    patch: Operation<EditResponse, RotaId & { assignmentId: number }, never, { pinned: boolean; version: number }>;
  };
  '/api/rotas/{rotaId}/shifts/{shiftId}/suggestions': {
    parameters: NoParameters;
    get: Operation<SuggestionResponse[], RotaId & { shiftId: number }>;
  };
  '/api/rotas/{rotaId}/publish-preview': { parameters: NoParameters; get: Operation<PublishPreviewResponse, RotaId> };
  '/api/rotas/{rotaId}/publish': {
    parameters: NoParameters;
    post: Operation<PublishResponse, RotaId, never, PublishRequest, 201>;
  };
  '/api/rotas/{rotaId}/versions': { parameters: NoParameters; get: Operation<VersionResponse[], RotaId> };
  '/api/rotas/{rotaId}/absences': {
    parameters: NoParameters;
    post: Operation<AbsenceResponse, RotaId, never, AbsenceRequest, 201>;
  };
};

/**
 * One `solve` event of `/api/rotas/{rotaId}/solve-events` (io.hubrota.rota.SolveEvent; server-sent events are
 * outside OpenAPI, so this one stays declared by hand).
 */
export type SolveProgressEvent = {
  bestScore?: ScoreResponse | null;
  secondsSpent: number;
  coveragePercent: number;
  solving: boolean;
};
