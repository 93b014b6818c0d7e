import { adminHandlers } from './admin';
import { authHandlers } from './auth';
import { coverageHandlers } from './coverage';
import { rotaHandlers } from './rota';
import { selfServiceHandlers } from './self-service';

export const handlers = [...authHandlers, ...rotaHandlers, ...selfServiceHandlers, ...coverageHandlers, ...adminHandlers];
