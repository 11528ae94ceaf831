import { createContext, useContext, useSyncExternalStore } from "react";

/** live: WebSocket up. reconnecting: trying again. polling: down, the board refetches over HTTP. */
export type ConnectionStatus = "connecting" | "live" | "reconnecting" | "polling";

export interface StatusStore {
  get(): ConnectionStatus;
  set(status: ConnectionStatus): void;
  subscribe(listener: () => void): () => void;
}

export function createStatusStore(initial: ConnectionStatus = "connecting"): StatusStore {
  let status = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set(next) {
      if (next === status) return;
      status = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const StatusContext = createContext<StatusStore>(createStatusStore("live"));

export function useConnectionStatus(): ConnectionStatus {
  const store = useContext(StatusContext);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * graphql-ws close codes that mean "this token is no good": 4401 (signed out while connected) and 4403
 * (connection_init with an unknown, revoked or expired token). Any other close is worth a reconnect:
 * 1012 (the server restarts) and 1001 (going away) above all.
 */
export function isRefusedToken(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return code === 4401 || code === 4403;
}
