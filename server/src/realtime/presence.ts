import { getOrCreate } from "../lib/get-or-create.js";

/** How long a `setPresence` lease lives without a refresh. */
export const PRESENCE_TTL_MS = 30_000;

/** One user present in a workspace: what they edit (a raw Task id, or null) and since when they are present. */
export interface PresenceEntry {
  userId: string;
  taskId: string | null;
  since: Date;
}

export type PresenceKind = "SNAPSHOT" | "JOINED" | "LEFT" | "UPDATED";

/** A change in who is present, with the full list after it so a client never has to merge. */
export interface PresenceChange {
  kind: PresenceKind;
  workspaceId: string;
  userId: string;
  taskId: string | null;
  viewers: PresenceEntry[];
}

export interface PresenceConnection {
  /** Who is present right after this connection joined, the caller included. */
  snapshot: PresenceEntry[];
  /** Ends this connection: the user leaves unless another connection or a live lease keeps them present. */
  close(): void;
}

/**
 * The seam a distributed engine (Redis hashes with expiry, say) replaces, like EventBus for the log.
 * A user is present in a workspace while at least one of their connections (an open `presence`
 * subscription) is open, or, for a client that only calls `setPresence`, while its lease lasts.
 * Closing a user's last connection leaves at once (the lease goes with it); a lease that expires
 * while a connection is open only clears the task being edited.
 */
export interface PresenceRegistry {
  /** Joins as a viewer and starts listening; the listener never sees the change its own join caused. */
  connect(workspaceId: string, userId: string, listener: (change: PresenceChange) => void): PresenceConnection;
  /** Records (or refreshes) what the user edits; present for PRESENCE_TTL_MS after the last call. */
  touch(workspaceId: string, userId: string, taskId: string | null): void;
  list(workspaceId: string): PresenceEntry[];
  /** Drops every timer and listener. */
  close(): void;
}

interface UserPresence {
  connections: number;
  taskId: string | null;
  since: Date;
  /** The `setPresence` lease; null when the user has only called connect. */
  lease: NodeJS.Timeout | null;
}

interface WorkspacePresence {
  users: Map<string, UserPresence>;
  listeners: Set<(change: PresenceChange) => void>;
}

/** The in-process registry: workspace → user → connections and lease. Timers are unref'd and cleared. */
export function createPresenceRegistry(ttlMs = PRESENCE_TTL_MS, now: () => Date = () => new Date()): PresenceRegistry {
  const workspaces = new Map<string, WorkspacePresence>();

  const workspace = (workspaceId: string) => {
    return getOrCreate(workspaces, workspaceId, (): WorkspacePresence => ({ users: new Map(), listeners: new Set() }));
  };
  const entries = (ws: WorkspacePresence | undefined): PresenceEntry[] =>
    ws ? [...ws.users].map(([userId, u]) => ({ userId, taskId: u.taskId, since: u.since })).sort((a, b) => +a.since - +b.since) : [];
  const emit = (workspaceId: string, kind: PresenceKind, userId: string, taskId: string | null) => {
    const ws = workspaces.get(workspaceId);
    if (!ws) return;
    const change: PresenceChange = { kind, workspaceId, userId, taskId, viewers: entries(ws) };
    for (const listener of [...ws.listeners]) listener(change);
  };
  const forget = (workspaceId: string) => {
    const ws = workspaces.get(workspaceId);
    if (ws && ws.users.size === 0 && ws.listeners.size === 0) workspaces.delete(workspaceId);
  };
  /** Removes the user when nothing keeps them present any more. */
  const settle = (workspaceId: string, userId: string) => {
    const ws = workspaces.get(workspaceId);
    const user = ws?.users.get(userId);
    if (!ws || !user || user.connections > 0 || user.lease) return;
    ws.users.delete(userId);
    emit(workspaceId, "LEFT", userId, null);
    forget(workspaceId);
  };

  return {
    connect(workspaceId, userId, listener) {
      const ws = workspace(workspaceId);
      let user = ws.users.get(userId);
      if (user) user.connections++;
      else {
        user = { connections: 1, taskId: null, since: now(), lease: null };
        ws.users.set(userId, user);
        emit(workspaceId, "JOINED", userId, null);
      }
      ws.listeners.add(listener);
      let open = true;
      return {
        snapshot: entries(ws),
        close() {
          if (!open) return;
          open = false;
          ws.listeners.delete(listener);
          const current = ws.users.get(userId);
          if (current && --current.connections === 0 && current.lease) {
            // Closing the last connection is an explicit goodbye: leave now, whatever the lease says.
            clearTimeout(current.lease);
            current.lease = null;
          }
          settle(workspaceId, userId);
          forget(workspaceId);
        },
      };
    },

    touch(workspaceId, userId, taskId) {
      const ws = workspace(workspaceId);
      let user = ws.users.get(userId);
      const joined = !user;
      if (!user) {
        user = { connections: 0, taskId, since: now(), lease: null };
        ws.users.set(userId, user);
      }
      const changed = user.taskId !== taskId;
      user.taskId = taskId;
      if (user.lease) clearTimeout(user.lease);
      const lease: NodeJS.Timeout = setTimeout(() => {
        const current = ws.users.get(userId);
        if (!current || current.lease !== lease) return;
        current.lease = null;
        // The lease was what said which task they edit: without it they only view (or leave).
        if (current.connections > 0 && current.taskId !== null) {
          current.taskId = null;
          emit(workspaceId, "UPDATED", userId, null);
        }
        settle(workspaceId, userId);
      }, ttlMs);
      lease.unref();
      user.lease = lease;
      if (joined) emit(workspaceId, "JOINED", userId, taskId);
      else if (changed) emit(workspaceId, "UPDATED", userId, taskId);
    },

    list: (workspaceId) => entries(workspaces.get(workspaceId)),

    close() {
      for (const ws of workspaces.values()) {
        for (const user of ws.users.values()) if (user.lease) clearTimeout(user.lease);
        ws.listeners.clear();
      }
      workspaces.clear();
    },
  };
}
