/**
 * Names for types that are used across features. Every type here is derived from the generated
 * OpenAPI schema (by path and status, so it does not depend on the backend's schema names);
 * never declare an API shape by hand.
 */
import type { paths } from './generated/schema';

export type CurrentUser = paths['/api/auth/me']['get']['responses'][200]['content']['application/json'];

export type Role = CurrentUser['roles'][number];

export type LoginRequestBody = paths['/api/auth/login']['post']['requestBody']['content']['application/json'];
