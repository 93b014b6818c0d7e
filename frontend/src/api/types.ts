/**
 * Names for API shapes used across the app. Every type here is derived from the API paths (by path and
 * status, so it does not depend on the backend's schema names): the generated description, or a pending
 * declaration until the backend publishes the path. Never declare an API shape by hand outside those two.
 */
import type { Serialised } from '@/lib/api-client';
import type { ApiPaths } from './api-paths';
import type { paths } from './generated/schema';

export type SessionUserResponse = paths['/api/auth/me']['get']['responses'][200]['content']['application/json'];

/**
 * The signed-in user with every field present: the description marks none of them required, so the auth
 * fetchers fill in what is missing (see features/auth/utils/to-current-user.ts).
 */
export type CurrentUser = Required<Omit<SessionUserResponse, 'clinicianId'>> & { clinicianId: number | null };

export type Role = CurrentUser['roles'][number];

export type LoginRequestBody = paths['/api/auth/login']['post']['requestBody']['content']['application/json'];

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? Serialised<T> : never;
type RequestJsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type GetResponse<P extends keyof ApiPaths> = ApiPaths[P] extends { get: { responses: { 200: infer R } } }
  ? JsonOf<R>
  : never;
type Body<P extends keyof ApiPaths, M extends 'post' | 'put'> = ApiPaths[P] extends {
  [K in M]: { requestBody?: infer B };
}
  ? RequestJsonOf<NonNullable<B>>
  : never;
type Created<P extends keyof ApiPaths> = ApiPaths[P] extends { post: { responses: infer R } }
  ? R extends { 201: infer C }
    ? JsonOf<C>
    : R extends { 200: infer O }
      ? JsonOf<O>
      : never
  : never;

export type Practice = GetResponse<'/api/practices'>[number];
export type Hub = GetResponse<'/api/hubs'>[number];
export type ShiftTemplate = GetResponse<'/api/hubs/{hubId}/templates'>[number];
export type ClinicianPage = GetResponse<'/api/clinicians'>;
export type ClinicianSummary = ClinicianPage['content'][number];
export type ClinicalRole = ClinicianSummary['role'];
export type UserAccount = GetResponse<'/api/admin/users'>[number];
export type ImportResult = Created<'/api/admin/imports/clinicians'>;
export type ClinicianDetail = GetResponse<'/api/clinicians/{clinicianId}'>;
export type CreatePracticeRequest = Body<'/api/admin/practices', 'post'>;
export type UpdatePracticeRequest = Body<'/api/admin/practices/{practiceId}', 'put'>;
export type CreateHubRequest = Body<'/api/admin/hubs', 'post'>;
export type UpdateHubRequest = Body<'/api/admin/hubs/{hubId}', 'put'>;
export type CreateShiftTemplateRequest = Body<'/api/admin/hubs/{hubId}/templates', 'post'>;
export type UpdateShiftTemplateRequest = Body<'/api/admin/hubs/{hubId}/templates/{templateId}', 'put'>;
export type CreateClinicianRequest = Body<'/api/admin/clinicians', 'post'>;
export type UpdateClinicianRequest = Body<'/api/admin/clinicians/{clinicianId}', 'put'>;
export type CreateUserRequest = Body<'/api/admin/users', 'post'>;
export type UpdateUserRequest = Body<'/api/admin/users/{userId}', 'put'>;
export type SetUserEnabledRequest = Body<'/api/admin/users/{userId}/enabled', 'put'>;
export type ResetPasswordRequest = Body<'/api/admin/users/{userId}/password', 'put'>;
export type UserRole = UserAccount['roles'][number];
export type Weekday = ShiftTemplate['weekday'];

export type Me = GetResponse<'/api/me'>;
export type MyShift = GetResponse<'/api/me/shifts'>[number];
export type WeekHours = GetResponse<'/api/me/hours'>[number];
export type Unavailability = GetResponse<'/api/me/unavailability'>[number];
export type UnavailabilityRequest = Body<'/api/me/unavailability', 'post'>;
export type Preference = GetResponse<'/api/me/preferences'>[number];
export type PreferenceRequest = Body<'/api/me/preferences', 'post'>;
export type CalendarTokenStatus = GetResponse<'/api/me/calendar-token'>;
export type CalendarToken = Created<'/api/me/calendar-token'>;
export type Notification = GetResponse<'/api/me/notifications'>[number];

export type Coverage = GetResponse<'/api/coverage'>;
export type HubCoverage = Coverage['hubs'][number];
export type CoverageGap = Coverage['gaps'][number];
export type Access = GetResponse<'/api/coverage/access'>;

export type RotaSummary = GetResponse<'/api/rotas'>[number];
export type CreateRotaRequest = Body<'/api/rotas', 'post'>;
export type RotaBoard = GetResponse<'/api/rotas/{rotaId}'>;
export type Score = NonNullable<RotaBoard['score']>;
export type RotaDay = RotaBoard['days'][number];
export type RotaShift = RotaDay['shifts'][number];
export type RotaGap = RotaBoard['gaps'][number];
export type RequirementLine = RotaShift['requirements'][number];
export type RotaAssignment = RotaShift['assignments'][number];
export type AssignmentChange = Created<'/api/rotas/{rotaId}/assignments'>;
export type BrokenRule = AssignmentChange['brokenRules'][number];
export type Suggestion = GetResponse<'/api/rotas/{rotaId}/shifts/{shiftId}/suggestions'>[number];
export type PublishPreview = GetResponse<'/api/rotas/{rotaId}/publish-preview'>;
export type RotaDiff = PublishPreview['diff'];
export type ClinicianChange = RotaDiff['changes'][number];
export type RotaVersion = GetResponse<'/api/rotas/{rotaId}/versions'>[number];
export type PublishResult = Created<'/api/rotas/{rotaId}/publish'>;
export type AbsenceRequest = Body<'/api/rotas/{rotaId}/absences', 'post'>;

export type { SolveProgressEvent } from './solve-events';
