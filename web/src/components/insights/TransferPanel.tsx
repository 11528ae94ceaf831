import { useState } from "react";
import { useClient } from "urql";
import { useSessionToken } from "../../client/session";
import type { TaskStatus } from "../../gql/graphql";
import { BoardQuery } from "../../graphql/tasks";
import { STATUS_LABEL, STATUSES } from "../../model/displayNames";
import { Options } from "../shared/Options";

interface Plan {
  boardName: string;
  lists: { id: string; name: string; status: TaskStatus; by: "MAPPING" | "NAME" | "DEFAULT"; cards: number }[];
  taskCount: number;
  tasks: { title: string; status: TaskStatus; labels: string[]; dueAt: string | null }[];
  newLabels: { name: string; color: string }[];
  unmatchedMembers: string[];
  skippedArchived: number;
}

/** Export the board (CSV or JSON, streamed by the server) and import a Trello board after a dry-run preview. */
export function TransferPanel({ workspaceId, canImport }: { workspaceId: string; canImport: boolean }) {
  const [token] = useSessionToken();
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [mapping, setMapping] = useState<Record<string, TaskStatus>>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const auth = { authorization: `Bearer ${token}` };

  async function download(format: "csv" | "json") {
    setMessage(null);
    const response = await fetch(`/export/${encodeURIComponent(workspaceId)}.${format}`, { headers: auth });
    if (!response.ok) return setMessage({ kind: "error", text: `Export failed (${response.status}).` });
    const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `tasks.${format}`;
    const url = URL.createObjectURL(await response.blob());
    const a = Object.assign(document.createElement("a"), { href: url, download: name });
    a.click();
    URL.revokeObjectURL(url);
  }

  async function send(dryRun: boolean, chosen: File, lists: Record<string, TaskStatus>) {
    setBusy(true);
    setMessage(null);
    try {
      const query = new URLSearchParams({ mapping: JSON.stringify(lists), ...(dryRun ? { dryRun: "true" } : {}) });
      const response = await fetch(`/import/trello/${encodeURIComponent(workspaceId)}?${query}`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: chosen,
      });
      const body = await response.json();
      if (!response.ok) return setMessage({ kind: "error", text: body.error?.message ?? `Import failed (${response.status}).` });
      if (dryRun) {
        setPlan(body.plan);
        setMapping(Object.fromEntries((body.plan as Plan).lists.map((l) => [l.id, l.status])));
      } else {
        setPlan(null);
        setFile(null);
        setMessage({ kind: "ok", text: `Imported ${body.created} cards. Undo (Ctrl+Z on the board) takes the whole import back.` });
        void client.query(BoardQuery, { id: workspaceId }, { requestPolicy: "network-only" }).toPromise();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="transfer" aria-label="Export and import">
      <h3>Export and import</h3>
      <div className="row">
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => void download("csv")}>
          Download CSV
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => void download("json")}>
          Download JSON
        </button>
      </div>
      {canImport && (
        <div className="import">
          <label className="field">
            <span>Trello board (Menu → Print and export → Export as JSON)</span>
            <input
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const chosen = e.target.files?.[0] ?? null;
                setFile(chosen);
                setPlan(null);
                if (chosen) void send(true, chosen, {});
              }}
            />
          </label>
          {plan && file && (
            <section className="import-preview" aria-label="Import preview">
              <p>
                <strong>{plan.taskCount}</strong> cards from “{plan.boardName}” will be created
                {plan.newLabels.length > 0 && (
                  <>
                    , with {plan.newLabels.length} new labels ({plan.newLabels.map((l) => l.name).join(", ")})
                  </>
                )}
                .{plan.skippedArchived > 0 && <> {plan.skippedArchived} archived cards are left out.</>}
              </p>
              {plan.unmatchedMembers.length > 0 && (
                <p className="muted small">No member matches {plan.unmatchedMembers.join(", ")} by email: their cards stay unassigned.</p>
              )}
              <table className="mapping">
                <thead>
                  <tr>
                    <th>Trello list</th>
                    <th>Cards</th>
                    <th>Becomes</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.lists.map((l) => (
                    <tr key={l.id}>
                      <td>{l.name}</td>
                      <td>{l.cards}</td>
                      <td>
                        <select
                          aria-label={`Status for ${l.name}`}
                          value={mapping[l.id] ?? l.status}
                          onChange={(e) => setMapping({ ...mapping, [l.id]: e.target.value as TaskStatus })}
                        >
                          <Options values={STATUSES} labels={STATUS_LABEL} />
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button type="button" className="btn btn-primary btn-sm" disabled={busy} onClick={() => void send(false, file, mapping)}>
                Import {plan.taskCount} cards
              </button>
            </section>
          )}
        </div>
      )}
      {message && (
        <p className={message.kind === "error" ? "form-error" : "notice small"} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </section>
  );
}
