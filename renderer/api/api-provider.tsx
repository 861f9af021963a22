import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useRef,
} from 'react';
import { unionTouched, type Touched } from '../../electron/common/api/change.ts';
import type { NotebookApi, NotebookEvent } from '../../electron/common/api/contract.ts';
import { useCoalesced } from '../commands/useCoalesced.ts';
import { toastReducer, type Notify, type Toast } from '../state/toasts.ts';
import type { Connection } from './connect.ts';
import { invalidateTouched } from './invalidation.ts';

type EventListener = (event: NotebookEvent) => void;

interface ApiServices {
  api: NotebookApi;
  host: Connection['host'];
  notify: Notify;
  toasts: Toast[];
  dismissToast: (id: number) => void;
  /** The notebook's events other than changes (import progress); returns the unsubscribe. */
  listen: (listener: EventListener) => () => void;
}

const ApiContext = createContext<ApiServices | null>(null);

/**
 * A cache whose entries stay fresh until a change event says otherwise: the notebook changes
 * only through the API, and every change says what it touched.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * The page's data layer: the query cache, kept fresh by the notebook's change events (one
 * subscription for the page), the toasts that report what happened, and the API the hooks call.
 */
export function ApiProvider({
  connection,
  client,
  children,
}: {
  connection: Connection;
  client: QueryClient;
  children: React.ReactNode;
}) {
  const { api, host, subscribe } = connection;
  const [toasts, dispatch] = useReducer(toastReducer, []);
  const notify = useCallback<Notify>(
    (text, kind = 'info', undoable = false) =>
      dispatch({ type: 'toast', toast: { kind, text, undoable } }),
    [],
  );
  const dismissToast = useCallback((id: number) => dispatch({ type: 'dismiss', id }), []);

  const listeners = useRef(new Set<EventListener>());
  const listen = useCallback((listener: EventListener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  // Issue 9: many changes in a row (an import of 150 files) make one refresh, not 150:
  // trailing 150 ms, at most 1 s late, and always one after the last change.
  const pending = useRef<Touched | null>(null);
  const refresh = useCoalesced(
    useCallback(() => {
      const touched = pending.current;
      pending.current = null;
      if (touched !== null) void invalidateTouched(client, api, touched);
    }, [client, api]),
    150,
    1000,
  );

  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'changed') {
          pending.current =
            pending.current === null ? event.touched : unionTouched(pending.current, event.touched);
          refresh();
        }
        for (const listener of listeners.current) listener(event);
      }),
    [subscribe, refresh],
  );

  const services = useMemo(
    () => ({ api, host, notify, toasts, dismissToast, listen }),
    [api, host, notify, toasts, dismissToast, listen],
  );
  return (
    <QueryClientProvider client={client}>
      <ApiContext.Provider value={services}>{children}</ApiContext.Provider>
    </QueryClientProvider>
  );
}

export function useApi(): ApiServices {
  const services = useContext(ApiContext);
  if (services === null) throw new Error('useApi outside ApiProvider');
  return services;
}
