import { type CSSProperties, useState } from "react";
import { useClient, useMutation } from "urql";
import { describeError } from "../../client/errors";
import { CreateLabelMutation } from "../../graphql/insights";
import { BoardQuery } from "../../graphql/tasks";
import type { BoardWorkspace } from "../board/boardModel";

type Props = {
  workspaceId: string;
  labels: BoardWorkspace["labels"];
  selected: string[];
  canWrite: boolean;
  /** Admins and owners may create labels here too. */
  canManage: boolean;
  onChange: (labelIds: string[]) => void;
};

const PALETTE = ["#4bce97", "#f5cd47", "#fea362", "#f87168", "#9f8fef", "#579dff", "#6cc3e0", "#94c748", "#e774bb", "#8590a2"];

/** The task's labels as toggles, in the order applied; admins can add a new label to the workspace. */
export function LabelPicker({ workspaceId, labels, selected, canWrite, canManage, onChange }: Props) {
  const [name, setName] = useState("");
  const [color, setColor] = useState(PALETTE[0]!);
  const [error, setError] = useState<string | null>(null);
  const [, createLabel] = useMutation(CreateLabelMutation);
  const client = useClient();

  async function add() {
    const r = await createLabel({ input: { workspaceId, name: name.trim(), color } });
    if (r.error) return setError(describeError(r.error));
    // The workspace's label list is a plain field in the cache: read it again to show the new one everywhere.
    void client.query(BoardQuery, { id: workspaceId }, { requestPolicy: "network-only" }).toPromise();
    setError(null);
    setName("");
    if (r.data) onChange([...selected, r.data.createLabel.id]);
  }

  return (
    <fieldset className="field label-picker">
      <legend>Labels</legend>
      <div className="label-list">
        {labels.length === 0 && <span className="muted small">No labels in this workspace yet.</span>}
        {labels.map((l) => {
          const on = selected.includes(l.id);
          return (
            <button
              key={l.id}
              type="button"
              className={`label-chip${on ? " on" : ""}`}
              style={{ "--label": l.color } as CSSProperties}
              aria-pressed={on}
              disabled={!canWrite}
              onClick={() => onChange(on ? selected.filter((id) => id !== l.id) : [...selected, l.id])}
            >
              {l.name}
            </button>
          );
        })}
      </div>
      {canManage && (
        <div className="row label-new">
          <input
            aria-label="New label name"
            placeholder="New label"
            value={name}
            maxLength={50}
            onChange={(e) => setName(e.target.value)}
          />
          <input aria-label="New label colour" type="color" value={color} onChange={(e) => setColor(e.target.value)} />
          <button type="button" className="btn btn-ghost btn-sm" disabled={!name.trim()} onClick={() => void add()}>
            Add label
          </button>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
