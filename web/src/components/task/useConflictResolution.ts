import { useState } from "react";
import { useClient, useMutation } from "urql";
import { describeError } from "../../client/errors";
import { newMutationId } from "../../client/mutationId";
import { TaskHistoryQuery, UpdateTaskMutation } from "../../graphql/tasks";
import { useToast } from "../shared/Toasts";
import { type Conflict, conflictCurrent } from "./conflict";

/** The two ways out of a conflict: apply your changes on top of theirs, or keep theirs. */
export function useConflictResolution(conflict: Conflict, onConflict: (c: Conflict) => void, onClose: () => void) {
  const { base, mine, current } = conflict;
  const [, updateTask] = useMutation(UpdateTaskMutation);
  const client = useClient();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const title = String(current.title ?? base.title);

  async function applyMine() {
    setBusy(true);
    const { expectedVersion: _v, clientMutationId: _c, ...fields } = mine;
    const input = { ...fields, expectedVersion: current.version, clientMutationId: newMutationId() };
    const r = await updateTask({ input });
    setBusy(false);
    const again = conflictCurrent(r.error);
    if (again) return onConflict({ base, mine, current: again }); // they changed it yet again
    if (r.error) return toast(`Your changes to “${title}” weren't saved. ${describeError(r.error)}`);
    toast(`Saved your changes to “${title}” on top of theirs.`, "info");
    onClose();
  }

  async function discard() {
    setBusy(true);
    // Make sure the board shows their version even if no live update reached us.
    await client.query(TaskHistoryQuery, { id: current.id ?? base.id }, { requestPolicy: "network-only" }).toPromise();
    setBusy(false);
    toast(`Kept their version of “${title}”. Your changes were discarded.`, "info");
    onClose();
  }

  return { busy, applyMine, discard };
}
