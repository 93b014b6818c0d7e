import { HttpResponse } from 'msw';

/** An RFC 9457 problem details response, as the Spring backend sends them. */
export function problemResponse(status: number, title: string, detail: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
