import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { VIEWS, type ViewId } from './app-state.ts';

/**
 * Electron remembers the view for the next start, and this opens the last one. Nothing is
 * remembered before the last one is known: remembering the first view would overwrite it. The
 * last view is the window's, not the notebook's: read once from the bridge, not the API.
 */
export function useRememberedView(view: ViewId, restore: (view: ViewId) => void): void {
  const bridge = window.dossierBridge;
  const last = useQuery({
    queryKey: ['bridge', 'lastView'],
    queryFn: () => bridge!.lastView!(),
    enabled: bridge?.lastView !== undefined,
  });
  const restored = useRef(bridge?.lastView === undefined);

  useEffect(() => {
    if (restored.current) window.dossierBridge?.rememberView?.(view);
  }, [view]);

  const { isFetched, data } = last;
  useEffect(() => {
    // A failed read leaves the Library.
    if (restored.current || !isFetched) return;
    restored.current = true;
    if (data != null && VIEWS.some((item) => item.id === data)) restore(data);
  }, [isFetched, data, restore]);
}
