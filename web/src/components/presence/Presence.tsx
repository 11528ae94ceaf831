import { createContext, useContext, useEffect, useMemo } from "react";
import { useMutation, useSubscription } from "urql";
import { isLive, useConnectionStatus } from "../../client/connection";
import type { PresenceSubscription as PresenceEvent } from "../../gql/graphql";
import { PresenceSubscription, SetPresenceMutation } from "../../graphql/presence";
import { Avatar } from "../shared/Avatar";

type Person = { id: string; name: string };
export type Viewer = { user: Person; taskId: string | null | undefined; since: string };

export interface Presence {
  /** Everyone on the board, each person once (several tabs collapse), earliest first. */
  viewers: Viewer[];
  /** Who else is editing each task (you are left out). */
  editing: Map<string, Person[]>;
  meId: string | null;
  /**
   * The live connection is down: `viewers` is who was here when it dropped (shown as last seen, not as here now),
   * and `editing` is empty, since nobody can be said to be editing a card right now.
   */
  stale: boolean;
}

const empty: Presence = { viewers: [], editing: new Map(), meId: null, stale: false };
const PresenceContext = createContext<Presence>(empty);
export const usePresence = () => useContext(PresenceContext);
export const PresenceProvider = PresenceContext.Provider;

/** Subscribes to `presence`; every event carries the full list, so the newest one is the state. */
export function usePresenceSubscription(workspaceId: string, meId: string | null): Presence {
  const [result] = useSubscription<PresenceEvent, PresenceEvent["presence"]["viewers"]>(
    { query: PresenceSubscription, variables: { workspaceId } },
    (_prev, event) => event.presence.viewers,
  );
  const raw = result.data;
  // Presence arrives only over the socket; while it is down the list keeps whoever was here when it dropped.
  // Back online, the server's SNAPSHOT on the new subscription replaces it.
  const stale = !isLive(useConnectionStatus());
  return useMemo(() => {
    const byUser = new Map<string, Viewer>();
    for (const v of raw ?? []) {
      const seen = byUser.get(v.user.id);
      // One person in two tabs: keep the entry that says what they edit.
      if (!seen || (!seen.taskId && v.taskId)) byUser.set(v.user.id, { ...v, since: seen?.since ?? v.since });
    }
    const viewers = [...byUser.values()];
    const editing = new Map<string, Person[]>();
    for (const v of viewers) {
      if (stale || !v.taskId || v.user.id === meId) continue;
      editing.set(v.taskId, [...(editing.get(v.taskId) ?? []), v.user]);
    }
    return { viewers, editing, meId, stale };
  }, [raw, meId, stale]);
}

const REFRESH_MS = 15_000;

/** Tells the others which card you have open; the server forgets a lease after 30 s, so refresh it while open. */
export function useEditingPresence(workspaceId: string, taskId: string | null) {
  const [, setPresence] = useMutation(SetPresenceMutation);
  useEffect(() => {
    if (!taskId) return;
    const send = () => void setPresence({ input: { workspaceId, taskId } });
    send();
    const timer = setInterval(send, REFRESH_MS);
    return () => {
      clearInterval(timer);
      void setPresence({ input: { workspaceId, taskId: null } });
    };
  }, [workspaceId, taskId, setPresence]);
}

/** The stack of faces in the board header. */
export function PresenceAvatars() {
  const { viewers, meId, stale } = usePresence();
  if (viewers.length === 0) return null;
  const shown = viewers.slice(0, 5);
  const names = viewers.map((v) => (v.user.id === meId ? `${v.user.name} (you)` : v.user.name));
  // Offline, the faces are who was here before the connection dropped: greyed, and said so.
  const label = stale ? `Last seen on this board before the connection dropped: ${names.join(", ")}` : `On this board: ${names.join(", ")}`;
  return (
    <div className={`presence${stale ? " is-stale" : ""}`} role="img" data-testid="presence" aria-label={label} title={label}>
      {shown.map((v) => (
        <span key={v.user.id} className={`presence-face${v.taskId && !stale ? " is-editing" : ""}`} data-user-id={v.user.id}>
          <Avatar user={v.user} size="sm" />
        </span>
      ))}
      {viewers.length > shown.length && <span className="presence-more">+{viewers.length - shown.length}</span>}
    </div>
  );
}

/** Small faces on a card or in its dialog: who else has it open. */
export function EditingFaces({ people, label = true }: { people: Person[]; label?: boolean }) {
  if (people.length === 0) return null;
  const text = `${people.map((p) => p.name).join(", ")} ${people.length === 1 ? "is" : "are"} editing`;
  return (
    <span className="editing-faces" role="img" data-testid="editing-faces" title={text} aria-label={text}>
      {people.slice(0, 3).map((p) => (
        <Avatar key={p.id} user={p} size="sm" />
      ))}
      <span className="editing-label" aria-hidden>
        {label ? "editing" : "✎"}
      </span>
    </span>
  );
}
