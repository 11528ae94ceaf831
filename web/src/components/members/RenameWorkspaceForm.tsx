import { useState } from "react";
import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import { RenameWorkspaceMutation } from "../../graphql/workspaces";
import { useToast } from "../shared/Toasts";

/** The owner renames the workspace. */
export function RenameWorkspaceForm({ workspaceId, name }: { workspaceId: string; name: string }) {
  const [value, setValue] = useState(name);
  const [state, rename] = useMutation(RenameWorkspaceMutation);
  const toast = useToast();
  return (
    <section className="panel">
      <header className="panel-header">
        <h2>Workspace name</h2>
      </header>
      <form
        className="invite-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await rename({ input: { workspaceId, name: value.trim() } });
          if (r.error) toast(describeError(r.error));
        }}
      >
        <input aria-label="Workspace name" value={value} onChange={(e) => setValue(e.target.value)} required />
        <button type="submit" className="btn" disabled={state.fetching || value.trim() === name}>
          Rename
        </button>
      </form>
    </section>
  );
}
