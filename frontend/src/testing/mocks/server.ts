import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mocked backend for Vitest: every request the app makes is answered by a handler here. */
export const server = setupServer(...handlers);
