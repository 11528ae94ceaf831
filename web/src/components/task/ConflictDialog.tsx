import type { UpdateTaskInput } from "../../gql/graphql";
import { FIELD_LABEL, formatField } from "../../model/taskFields";
import type { BoardWorkspace } from "../board/boardModel";
import { cardElement, Modal } from "../shared/Modal";
import { baseValue, type Conflict, conflictFields } from "./conflict";
import { useConflictResolution } from "./useConflictResolution";

type Props = { conflict: Conflict; members: BoardWorkspace["members"]; onConflict: (c: Conflict) => void; onClose: () => void };

/** Your edit met someone else's: both sides, field by field, and a choice of which to keep. */
export function ConflictDialog({ conflict, members, onConflict, onClose }: Props) {
  const { busy, applyMine, discard } = useConflictResolution(conflict, onConflict, onClose);
  const { base, mine, current } = conflict;
  const { mineFields, theirFields, rows } = conflictFields(conflict);
  const people = members.map((m) => m.user);
  // The server names the fields that clash (extensions.fields); without it, the fields both sides changed.
  const clashing = current.clashing ?? mineFields.filter((f) => theirFields.includes(f));
  const clashWords = clashing.length
    ? clashing.map((f) => FIELD_LABEL[f as keyof typeof FIELD_LABEL]?.toLowerCase() ?? f).join(" and ")
    : "it";
  const heading = clashing.length ? `Someone else changed the ${clashWords}` : "Someone else changed this task";

  return (
    <Modal
      label={heading}
      role="alertdialog"
      className="conflict"
      onClose={() => void discard()}
      returnFocusTo={() => cardElement(base.id)}
    >
      <header className="modal-header">
        <span className="conflict-icon" aria-hidden>
          !
        </span>
        <h2>{heading}</h2>
      </header>
      <p className="muted">
        While you were editing “{base.title}”, someone else changed {clashWords}. Nothing of theirs was overwritten. Choose what to keep.
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
                  <td className={yours ? "changed" : "same"}>
                    {yours ? formatField(f, mine[f as keyof UpdateTaskInput], people) : <span className="muted">unchanged</span>}
                  </td>
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
    </Modal>
  );
}
