import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SolveProgressEvent } from '@/api/types';
import { getRotaQueryOptions } from './get-rota';

export type SolveProgress = {
  /** Every improvement received since the page opened, oldest first. */
  events: SolveProgressEvent[];
  /** True while the event stream is open. */
  isConnected: boolean;
};

/**
 * Follows `/api/rotas/{rotaId}/solve-events` (server-sent events) while `enabled`. Each event is a new best
 * score; the board is refetched when solving ends so it shows the final assignments.
 */
export function useSolveEvents(rotaId: number, enabled: boolean): SolveProgress {
  const queryClient = useQueryClient();
  const [events, setEvents] = useState<SolveProgressEvent[]>([]);
  const [isConnected, setIsConnected] = useState(false);

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') {
      return undefined;
    }
    const source = new EventSource(`/api/rotas/${rotaId}/solve-events`, { withCredentials: true });
    const refreshBoard = () => queryClient.invalidateQueries({ queryKey: getRotaQueryOptions(rotaId).queryKey });
    const onProgress = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as SolveProgressEvent;
      setEvents((previous) => [...previous, event]);
      if (!event.solving) {
        source.close();
        setIsConnected(false);
        void refreshBoard();
      }
    };
    source.onopen = () => setIsConnected(true);
    source.onmessage = onProgress;
    // The server names its events "solve".
    source.addEventListener('solve', onProgress);
    source.onerror = () => {
      // The stream ends when solving ends; the board shows the outcome either way.
      source.close();
      setIsConnected(false);
      void refreshBoard();
    };
    return () => {
      source.close();
      setIsConnected(false);
    };
  }, [enabled, rotaId, queryClient]);

  return { events, isConnected };
}
