import { useEffect, useState } from "react";
import { useClient, useMutation } from "urql";
import type { CombinedError } from "urql";
import { describeError } from "../../client/errors";
import { hasReason } from "../../client/reasons";
import type { UpdateTaskInput } from "../../gql/graphql";
import { TaskHistoryQuery, UpdateTaskMutation } from "../../graphql/tasks";
import { newMutationId } from "../../client/mutationId";
import { FIELD_LABEL, FIELDS, formatField, type FieldName } from "../../model/taskFields";
import type { BoardWorkspace, Task } from "../board/boardModel";
import { useToast } from "../shared/Toasts";

/** The task as the server has it now, from a CONFLICT's extensions.current. */
export type CurrentTask = { id: string; version: number; updatedAt?: string } & Partial<Record<FieldName, unknown>>;

export interface Conflict {
  /** The task as it was when you started editing. */
  base: Task;
  /** What you tried to change (only the changed fields). */
  mine: UpdateTaskInput;
  current: CurrentTask;
}

/** The task as the server has it now, when the error says your edit was based on an older version. */
export function conflictCurrent(error: CombinedError | undefined): CurrentTask | null {
  if (!hasReason(error, "STALE_VERSION")) return null;
  return (error?.graphQLErrors[0]?.extensions?.current as CurrentTask | undefined) ?? null;
}

const baseValue = (task: Task, f: FieldName): unknown => (f === "assigneeId" ? (task.assignee?.id ?? null) : task[f]);

type Props = { conflict: Conflict; members: BoardWorkspace["members"]; onConflict: (c: Conflict) => void; onClose: () => void };

export function ConflictDialog({ conflict, members, onConflict, onClose }: Props) {
  const { base, mine, current } = conflict;
  const [, updateTask] = useMutation(UpdateTaskMutation);
  const client = useClient();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const people = members.map((m) => m.user);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && discard();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const mineFields = FIELDS.filter((f) => f in mine);
  const theirFields = FIELDS.filter((f) => f in current && (current[f] ?? null) !== (baseValue(base, f) ?? null));
  const rows = FIELDS.filter((f) => mineFields.includes(f) || theirFields.includes(f));
  const title = String(current.title ?? base.title);

  async function applyMine() {
    setBusy(true);
    const { expectedVersion: _v, clientMutationId: _c, ...fields } = mine;
    const input = { ...fields, expectedVersion: current.version, clientMutationId: newMutationId() };
    const r = await updateTask({ input });
    setBusy(false);
    const again = conflictCurrent(r.error);
    if (again) return onConflict({ base: conflict.base, mine, current: again }); // they changed it yet again
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

  return (
    <div className="modal-backdrop">
      <div className="modal conflict" role="alertdialog" aria-modal="true" aria-labelledby="conflict-title" aria-describedby="conflict-text">
        <header className="modal-header">
          <span className="conflict-icon" aria-hidden>!</span>
          <h2 id="conflict-title">Someone else changed this task</h2>
        </header>
        <p id="conflict-text" className="muted">
          While you were editing “{base.title}”, someone else saved a change to it. Nothing of theirs was overwritten. Choose what to keep.
        </p>
        <div className="conflict-table-wrap">
          <table className="conflict-table">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Theirs now</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => {
                const theirs = theirFields.includes(f);
                const yours = mineFields.includes(f);
                return (
                  <tr key={f} className={theirs && yours ? "clash" : undefined}>
                    <th scope="row">
                      {FIELD_LABEL[f]}
                      {theirs && yours && <span className="clash-tag">both changed</span>}
                    </th>
                    <td className={theirs ? "changed" : "same"}>
                      {formatField(f, current[f], people)}
                      {theirs && <span className="was">was {formatField(f, baseValue(base, f), people)}</span>}
                    </td>
                    <td className={yours ? "changed" : "same"}>{yours ? formatField(f, mine[f as keyof UpdateTaskInput], people) : <span className="muted">unchanged</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <footer className="modal-footer">
          <span className="spacer" />
          <button type="button" className="btn btn-ghost" onClick={discard} disabled={busy}>
            Discard mine
          </button>
          <button type="button" className="btn btn-primary" onClick={applyMine} disabled={busy} autoFocus>
            Apply mine on top
          </button>
        </footer>
      </div>
    </div>
  );
}
