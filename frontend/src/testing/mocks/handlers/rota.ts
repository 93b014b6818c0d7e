import { http, HttpResponse } from 'msw';
import type { CreateRotaRequest, RotaBoard, RotaSummary } from '@/api/types';
import {
  assignmentChange,
  testHubs,
  testPublishPreview,
  testRotaBoard,
  testRotaVersions,
  testSuggestions,
  testVersionDiff,
} from '../data/rota-fixtures';

function summaryOf(board: RotaBoard): RotaSummary {
  const { id, name, firstDate, lastDate, status, publishedVersion, hubs, version } = board;
  return { id, name, firstDate, lastDate, status, publishedVersion, hubs, version, solving: board.solver.solving };
}

/** The rota workflow as the workflow branch serves it; tests override single handlers with server.use(). */
export const rotaHandlers = [
  http.get('*/api/hubs', () => HttpResponse.json(testHubs)),
  http.get('*/api/rotas', () => HttpResponse.json([summaryOf(testRotaBoard())])),
  http.post('*/api/rotas', async ({ request }) => {
    const body = (await request.json()) as CreateRotaRequest;
    const board: RotaBoard = {
      ...testRotaBoard(),
      id: 43,
      version: 0,
      name: body.name,
      firstDate: body.firstDate,
      publishedVersion: 0,
      days: [],
      gaps: [],
      score: null,
    };
    return HttpResponse.json(board, { status: 201 });
  }),
  http.get('*/api/rotas/:rotaId', () => HttpResponse.json(testRotaBoard())),
  http.get('*/api/rotas/:rotaId/shifts/:shiftId/suggestions', () => HttpResponse.json(testSuggestions)),
  http.post('*/api/rotas/:rotaId/assignments', () => HttpResponse.json(assignmentChange, { status: 201 })),
  http.get('*/api/rotas/:rotaId/versions', () => HttpResponse.json(testRotaVersions)),
  http.get('*/api/rotas/:rotaId/versions/:number/diff', ({ params }) => HttpResponse.json(testVersionDiff(Number(params.number)))),
  http.get('*/api/rotas/:rotaId/publish-preview', () => HttpResponse.json(testPublishPreview())),
  http.post('*/api/rotas/:rotaId/publish', () =>
    HttpResponse.json(
      { versionNumber: 2, diff: testPublishPreview().diff, notifiedClinicians: 2 },
      { status: 201 },
    ),
  ),
];
