import { HttpResponse } from 'msw';

/** An RFC 9457 problem details response, as the Spring backend sends them. */
export function problemResponse(status: number, title: string, detail: string, type = 'about:blank') {
  return HttpResponse.json(
    { type, title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The backend's 409 for an edit against a version that is no longer current. */
export function staleVersionResponse(detail: string) {
  return problemResponse(409, 'Changed by someone else', detail, 'urn:hubrota:problem:stale-version');
}
