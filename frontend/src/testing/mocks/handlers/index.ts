import { authHandlers } from './auth';
import { rotaHandlers } from './rota';

export const handlers = [...authHandlers, ...rotaHandlers];
