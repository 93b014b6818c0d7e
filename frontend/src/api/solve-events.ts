import type { Score } from './types';

/**
 * One `solve` event of `/api/rotas/{rotaId}/solve-events` (io.hubrota.rota.SolveEvent). Server-sent events are
 * outside what OpenAPI describes, so this one payload is declared by hand from that record.
 */
export type SolveProgressEvent = {
  bestScore?: Score | null;
  secondsSpent: number;
  coveragePercent: number;
  solving: boolean;
};
