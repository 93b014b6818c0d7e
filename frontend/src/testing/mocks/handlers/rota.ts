import { http, HttpResponse } from 'msw';
import type { CreateRotaRequest, RotaSummary } from '@/api/types';
import {
  assignmentChange,
  testHubs,
  testPublishPreview,
  testRotaBoard,
  testSuggestions,
} from '../data/rota-fixtures';

/** The rota workflow as the frontend expects it; tests override single handlers with server.use(). */
export const rotaHandlers = [
  http.get('*/api/hubs', () => HttpResponse.json(testHubs)),
  http.get('*/api/rotas', () => {
    const { shifts: _shifts, solving: _solving, score: _score, ...summary } = testRotaBoard();
    return HttpResponse.json<RotaSummary[]>([summary]);
  }),
  http.post('*/api/rotas', async ({ request }) => {
    const body = (await request.json()) as CreateRotaRequest;
    return HttpResponse.json<RotaSummary>(
      {
        id: 43,
        version: 0,
        name: body.name,
        firstDate: body.firstMonday,
        lastDate: body.firstMonday,
        status: 'DRAFT',
        publishedVersion: 0,
        hubs: testHubs.filter((hub) => body.hubIds.includes(hub.id)).map((hub) => ({ id: hub.id, name: hub.name })),
      },
      { status: 201 },
    );
  }),
  http.get('*/api/rotas/:rotaId', () => HttpResponse.json(testRotaBoard())),
  http.get('*/api/rotas/:rotaId/shifts/:shiftId/suggestions', () => HttpResponse.json(testSuggestions)),
  http.post('*/api/rotas/:rotaId/assignments', () => HttpResponse.json(assignmentChange, { status: 201 })),
  http.get('*/api/rotas/:rotaId/publish-preview', () => HttpResponse.json(testPublishPreview())),
  http.post('*/api/rotas/:rotaId/publish', () =>
    HttpResponse.json(
      { version: 2, publishedAt: '2026-02-27T10:00:00Z', publishedBy: 'hub.manager', assignmentCount: 2 },
      { status: 201 },
    ),
  ),
];
