import { request } from 'playwright-core';
import { baseUrl } from './config.mjs';

/** The demo data's shared password (`--hubrota.demo.size=S`). */
export const DEMO_PASSWORD = 'demo-password-2026';

/**
 * A signed-in API session outside the browser, for setting up and checking data the journeys need.
 * Sends the CSRF header the backend asks for on every write, as the app does.
 */
export async function apiSession(username, password = DEMO_PASSWORD) {
  const context = await request.newContext({ baseURL: baseUrl() });
  const csrfToken = async () => {
    const { cookies } = await context.storageState();
    return cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  };
  const call = async (method, path, body) => {
    if ((await csrfToken()) === undefined) {
      await context.get('/api/auth/csrf');
    }
    const response = await context.fetch(path, {
      method,
      headers: { 'X-XSRF-TOKEN': (await csrfToken()) ?? '', Accept: 'application/json' },
      data: body,
    });
    if (!response.ok()) {
      throw new Error(`${method} ${path} as ${username}: ${response.status()} ${await response.text()}`);
    }
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };
  await call('POST', '/api/auth/login', { username, password });
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    close: () => context.dispose(),
  };
}

const sleep = (millis) => new Promise((resolve) => setTimeout(resolve, millis));

/** Waits until the rota's solver has stopped, stopping it after `maxSeconds`. */
export async function waitForSolveToEnd(manager, rotaId, maxSeconds = 60) {
  for (let waited = 0; ; waited += 2) {
    const board = await manager.get(`/api/rotas/${rotaId}`);
    if (!board.solver.solving) {
      return board;
    }
    if (waited === maxSeconds) {
      await manager.post(`/api/rotas/${rotaId}/stop`);
    }
    await sleep(2000);
  }
}

/** The Monday after next, so a new rota's week lies wholly in the future. */
export function mondayAfterNext(from = new Date()) {
  const date = new Date(Date.UTC(from.getFullYear(), from.getMonth(), from.getDate()));
  const daysToMonday = (8 - date.getUTCDay()) % 7 || 7;
  date.setUTCDate(date.getUTCDate() + daysToMonday + 7);
  return date.toISOString().slice(0, 10);
}

/**
 * A published one-week rota of the manager's hubs: the newest one that exists, or a new one created, solved and
 * published through the API. Lets each journey run on its own as well as after the manager's journey.
 */
export async function ensurePublishedRota(manager) {
  const rotas = await manager.get('/api/rotas');
  const published = rotas.filter((rota) => rota.publishedVersion > 0).sort((a, b) => b.id - a.id)[0];
  if (published) {
    return manager.get(`/api/rotas/${published.id}`);
  }
  const me = await manager.get('/api/auth/me');
  const created = await manager.post('/api/rotas', {
    name: `E2E set-up ${Date.now()}`,
    firstDate: mondayAfterNext(),
    weeks: 1,
    hubIds: me.hubIds,
  });
  await manager.post(`/api/rotas/${created.id}/solve`);
  const solved = await waitForSolveToEnd(manager, created.id, 30);
  await manager.post(`/api/rotas/${created.id}/publish`, { version: solved.version, note: 'E2E set-up' });
  return manager.get(`/api/rotas/${created.id}`);
}
