import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import { CreateWorkspaceMutation } from "../../graphql/workspaces";
import { navigate, workspacePath } from "../../router";
import { useToast } from "../shared/Toasts";

export function CreateWorkspaceForm({ compact = false }: { compact?: boolean }) {
  const [open, setOpen] = useState(!compact);
  const [name, setName] = useState("");
  const [state, create] = useMutation(CreateWorkspaceMutation);
  const toast = useToast();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    const r = await create({ input: { name: name.trim() } });
    if (r.error) return toast(describeError(r.error));
    setName("");
    if (compact) setOpen(false);
    if (r.data) navigate(workspacePath(r.data.createWorkspace.id));
  }

  if (!open)
    return (
      <button type="button" className="ws-link ws-new" onClick={() => setOpen(true)}>
        <span className="ws-icon ws-icon-plus" aria-hidden>
          +
        </span>
        New workspace
      </button>
    );
  return (
    <form className="inline-form" onSubmit={submit}>
      <input
        autoFocus={compact}
        placeholder="Workspace name"
        aria-label="Workspace name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <div className="row">
        <button type="submit" className="btn btn-primary btn-sm" disabled={state.fetching || !name.trim()}>
          Create
        </button>
        {compact && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setOpen(false)}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
