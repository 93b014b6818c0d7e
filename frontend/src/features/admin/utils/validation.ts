import { z } from 'zod';

/**
 * Client-side copies of the backend's Bean Validation rules on the admin requests (io.hubrota.admin), so a form
 * says what is wrong before it is sent. The server checks again; its field errors land on the same fields.
 */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export const CLINICAL_ROLES = [
  'GP',
  'ADVANCED_NURSE_PRACTITIONER',
  'PRACTICE_NURSE',
  'CLINICAL_PHARMACIST',
  'PARAMEDIC',
  'PHYSICIAN_ASSOCIATE',
  'HEALTHCARE_ASSISTANT',
  'MENTAL_HEALTH_PRACTITIONER',
] as const;

export const USER_ROLES = ['ADMIN', 'HUB_MANAGER', 'CLINICIAN', 'OPS_LEAD'] as const;

/** Codes.PATTERN / Codes.MESSAGE. */
export const code = z
  .string()
  .trim()
  .min(1, 'Enter a code')
  .max(20, 'At most 20 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Letters, digits, '.', '_' and '-' only, starting with a letter or digit");

/** @NotBlank @Size(max). */
export const requiredText = (what: string, max: number) =>
  z.string().trim().min(1, `Enter ${what}`).max(max, `At most ${max} characters`);

/** @NotNull on an Integer or Double, from a NumberInput (which gives '' when empty). */
const number = (what: string) => z.number({ error: `Enter ${what}` });

export const integer = (what: string) => number(what).int('Enter a whole number');

export const latitude = number('a latitude').min(-90, 'Between -90 and 90').max(90, 'Between -90 and 90');
export const longitude = number('a longitude').min(-180, 'Between -180 and 180').max(180, 'Between -180 and 180');

export const weekday = z.enum(WEEKDAYS, { error: 'Choose a day' });
export const clinicalRole = z.enum(CLINICAL_ROLES, { error: 'Choose a role' });

/** A LocalTime as a time input gives it: HH:mm, or HH:mm:ss. */
export const timeOfDay = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, 'Enter a time');

/** Skills: @NotBlank @Size(max = 50) on each. */
export const skills = z.array(z.string().trim().min(1).max(50, 'A skill has at most 50 characters'));

/** @EndAfterStart: times of day compare as strings once both are HH:mm[:ss]. */
export const endsAfterStart = (start: string, end: string) => end.slice(0, 5) > start.slice(0, 5);

/** Mantine's TimeInput shows HH:mm; the API sends HH:mm:ss. */
export const toTimeInput = (time: string) => time.slice(0, 5);

export const formatEnum = (value: string) =>
  value === 'GP' ? 'GP' : value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

export const enumOptions = (values: readonly string[]) => values.map((value) => ({ value, label: formatEnum(value) }));
