import type { paths } from './generated/schema';

/** Every path the client may call, as the backend's OpenAPI description declares it. */
export type ApiPaths = paths;
