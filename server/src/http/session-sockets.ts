import { keyedSets, type Revocations } from "./revocations.js";

/** Every open socket by the session that opened it: a revoked session's sockets close first, on every instance. */
export interface SessionSockets {
  /** Registers a socket's closer under its session; returns the unregister function. */
  track(sessionId: string, close: () => void): () => void;
}

export function createSessionSockets(revocations: Revocations): SessionSockets {
  const sockets = keyedSets<string, () => void>();
  revocations.onRevoke((sessionId) => {
    for (const close of sockets.get(sessionId)) close();
    sockets.delete(sessionId);
  });
  return {
    track(sessionId, close) {
      if (revocations.revoked(sessionId)) {
        close();
        return () => {};
      }
      return sockets.add(sessionId, close);
    },
  };
}
