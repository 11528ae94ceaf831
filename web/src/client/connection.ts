import { isRefusedTokenClose } from "@taskgraph/core";
import { createContext, useContext, useSyncExternalStore } from "react";

/**
 * live: WebSocket up. reconnecting: trying again. polling: down, the board refetches over HTTP.
 * offline: the HTTP refetches fail too, so what is shown may be stale.
 */
export type ConnectionStatus = "connecting" | "live" | "reconnecting" | "polling" | "offline";

/** The status after a fallback poll: a failed one means offline until one gets through (the socket's own news wins). */
export const afterPoll = (current: ConnectionStatus, reached: boolean): ConnectionStatus =>
  current === "live" || current === "connecting" ? current : reached ? (current === "offline" ? "polling" : current) : "offline";

/**
 * Whether what arrives over the socket (presence: who is here, who edits what) is current. Any other status means
 * the socket is down and the last list is only who was here before it dropped.
 */
export const isLive = (status: ConnectionStatus): boolean => status === "live" || status === "connecting";

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

/** The socket closed because the token is no good (signed out, expired, revoked): any other close is worth a reconnect. */
export const isRefusedToken = (event: unknown): boolean => isRefusedTokenClose((event as { code?: unknown } | null)?.code);
