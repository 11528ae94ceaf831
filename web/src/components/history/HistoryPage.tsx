import { can } from "@taskgraph/core";
import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import { BoardsQuery } from "../../graphql/boards";
import {
  CheckpointsQuery,
  CreateCheckpointMutation,
  DeleteCheckpointMutation,
  RestoreWorkspaceMutation,
  WorkspaceDiffQuery,
} from "../../graphql/checkpoints";
import { currentBoardId } from "../board/BoardSwitcher";
import { useUndoButton } from "../board/useUndoRedo";
import { NameForm } from "../shared/NameForm";
import { ErrorState, Spinner } from "../shared/States";
import { useToast } from "../shared/Toasts";
import { timeAgo } from "../shared/timeAgo";

const show = (value: unknown) => (value == null || value === "" ? "—" : typeof value === "string" ? value : JSON.stringify(value));

/** Named checkpoints of the log, the diff between two versions of the current board, and restoring it. */
export function HistoryPage({ workspaceId, boardId: fromUrl }: { workspaceId: string; boardId?: string }) {
  const [state, refetch] = useQuery({ query: CheckpointsQuery, variables: { id: workspaceId } });
  const [boards] = useQuery({ query: BoardsQuery, variables: { id: workspaceId } });
  const [, createCheckpoint] = useMutation(CreateCheckpointMutation);
  const [, deleteCheckpoint] = useMutation(DeleteCheckpointMutation);
  const [, restore] = useMutation(RestoreWorkspaceMutation);
  const [name, setName] = useState("");
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const toast = useToast();
  const undoButton = useUndoButton(workspaceId);
  const workspace = state.data?.workspace;
  const boardList = boards.data?.workspace?.boards ?? [];
  const boardId = currentBoardId(boardList, fromUrl);
  const board = boardList.find((b) => b.id === boardId);
  const head = workspace?.version ?? 0;
  const toVersion = to ?? head;
  const [diff] = useQuery({
    query: WorkspaceDiffQuery,
    variables: { id: workspaceId, from: from ?? 0, to: toVersion, boardId },
    pause: from === null || !workspace,
    requestPolicy: "network-only",
  });

  if (state.error && !state.data) return <ErrorState error={state.error} retry={() => refetch({ requestPolicy: "network-only" })} />;
  if (!workspace) return <Spinner label="Loading history" />;
  const canWrite = can(workspace.myRole, "writeTasks");
  const versions = [
    { label: `Now (version ${head})`, version: head },
    ...workspace.checkpoints.map((c) => ({ label: `${c.name} (version ${c.version})`, version: c.version })),
    { label: "Empty workspace (version 0)", version: 0 },
  ];

  async function onCreate(e: FormEvent) {
    e.preventDefault();
    const r = await createCheckpoint({ input: { workspaceId, name } });
    if (r.error) return toast(`Checkpoint not saved. ${describeError(r.error)}`);
    setName("");
    refetch({ requestPolicy: "network-only" });
  }

  async function onRestore() {
    if (from === null || !board) return;
    if (!window.confirm(`Bring every card of “${board.name}” back to version ${from}? This is one change you can undo.`)) return;
    const r = await restore({ input: { workspaceId, version: from, boardId: board.id } });
    if (r.error || !r.data) return toast(`Not restored. ${describeError(r.error)}`);
    const n = r.data.restoreWorkspace.tasks.length;
    // The restore is one change of yours, so Undo (here, or Ctrl+Z on the board) takes all of it back.
    if (n) toast(`Restored ${n} card${n === 1 ? "" : "s"} to version ${from}.`, "info", undoButton);
    else toast("Nothing to restore: the board already matches.", "info");
    refetch({ requestPolicy: "network-only" });
  }

  const d = diff.data?.workspace?.diff;
  return (
    <section className="history-page" aria-label="History">
      <div className="history-columns">
        <div className="panel">
          <h2>Checkpoints</h2>
          <p className="muted small">Name a version of the workspace, like a git tag, to compare with or return to later.</p>
          {canWrite && (
            <NameForm
              label="Checkpoint name"
              placeholder="e.g. Before the sprint"
              value={name}
              onChange={setName}
              onSubmit={onCreate}
              required
            >
              <button className="btn btn-primary btn-sm" type="submit">
                Save checkpoint
              </button>
            </NameForm>
          )}
          <ul className="checkpoint-list">
            {workspace.checkpoints.length === 0 && <li className="muted small">No checkpoints yet.</li>}
            {workspace.checkpoints.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="link-btn"
                  onClick={() => {
                    setFrom(c.version);
                    setTo(null);
                  }}
                  title="Compare with now"
                >
                  {c.name}
                </button>
                <span className="muted small">
                  version {c.version} · {c.createdBy.name} · {timeAgo(c.createdAt)}
                </span>
                {canWrite && (
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={`Delete checkpoint ${c.name}`}
                    onClick={async () => {
                      await deleteCheckpoint({ input: { id: c.id } });
                      refetch({ requestPolicy: "network-only" });
                    }}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
        <div className="panel">
          <h2>Compare {board ? `“${board.name}”` : ""}</h2>
          <div className="field-grid">
            <label className="field">
              <span>From</span>
              <select
                aria-label="From version"
                value={from ?? ""}
                onChange={(e) => setFrom(e.target.value === "" ? null : Number(e.target.value))}
              >
                <option value="">Choose…</option>
                {versions.map((v) => (
                  <option key={`f${v.label}`} value={v.version}>
                    {v.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>To</span>
              <select aria-label="To version" value={to ?? head} onChange={(e) => setTo(Number(e.target.value))}>
                {versions.map((v) => (
                  <option key={`t${v.label}`} value={v.version}>
                    {v.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {from === null ? (
            <p className="muted small">Choose a version to see what changed since.</p>
          ) : diff.fetching && !d ? (
            <Spinner label="Comparing" />
          ) : diff.error ? (
            <ErrorState error={diff.error} />
          ) : d ? (
            <section className="diff" aria-label="Differences">
              {d.added.length + d.removed.length + d.changed.length === 0 && <p className="muted">No differences.</p>}
              {d.added.map((t) => (
                <p key={`a${t.taskId}`} className="diff-added">
                  + {t.title}
                </p>
              ))}
              {d.removed.map((t) => (
                <p key={`r${t.taskId}`} className="diff-removed">
                  − {t.title}
                </p>
              ))}
              {d.changed.map((c) => (
                <div key={`c${c.taskId}`} className="diff-changed">
                  <strong>{c.after.title}</strong>
                  <ul>
                    {c.fields.map((f) => (
                      <li key={f.field}>
                        {f.field}: <del>{show(f.from)}</del> → <ins>{show(f.to)}</ins>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              {canWrite && board && from !== head && (
                <button type="button" className="btn btn-sm" onClick={onRestore}>
                  Restore board to version {from}
                </button>
              )}
            </section>
          ) : null}
        </div>
      </div>
    </section>
  );
}
