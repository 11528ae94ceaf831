import { createContext, useContext, useEffect, useMemo } from "react";
import { useMutation, useSubscription } from "urql";
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
}

const empty: Presence = { viewers: [], editing: new Map(), meId: null };
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
      if (!v.taskId || v.user.id === meId) continue;
      editing.set(v.taskId, [...(editing.get(v.taskId) ?? []), v.user]);
    }
    return { viewers, editing, meId };
  }, [raw, meId]);
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
  const { viewers, meId } = usePresence();
  if (viewers.length === 0) return null;
  const shown = viewers.slice(0, 5);
  const names = viewers.map((v) => (v.user.id === meId ? `${v.user.name} (you)` : v.user.name));
  return (
    <div
      className="presence"
      role="img"
      data-testid="presence"
      aria-label={`On this board: ${names.join(", ")}`}
      title={`On this board: ${names.join(", ")}`}
    >
      {shown.map((v) => (
        <span key={v.user.id} className={`presence-face${v.taskId ? " is-editing" : ""}`} data-user-id={v.user.id}>
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
