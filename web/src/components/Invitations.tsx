import { useMutation } from "urql";
import { describeError } from "../errors";
import type { WorkspacesQuery } from "../gql/graphql";
import { AcceptInvitationMutation } from "../graphql/workspaces";
import { navigate, workspacePath } from "../router";
import { useToast } from "./Toasts";

export function Invitations({ invitations }: { invitations: WorkspacesQuery["myInvitations"] }) {
  const [state, accept] = useMutation(AcceptInvitationMutation);
  const toast = useToast();
  if (invitations.length === 0) return null;
  return (
    <section className="invites" aria-label="Pending invitations">
      <div className="nav-heading">
        Invitations <span className="count">{invitations.length}</span>
      </div>
      {invitations.map((inv) => (
        <div key={inv.id} className="invite">
          <div>
            <strong>{inv.workspaceName}</strong>
            <div className="muted small">
              {inv.invitedBy.name} invited you as {inv.role.toLowerCase()}
            </div>
          </div>
          <button
            className="btn btn-primary btn-sm"
            disabled={state.fetching}
            onClick={async () => {
              const r = await accept({ input: { invitationId: inv.id } });
              if (r.error) return toast(describeError(r.error));
              const ws = r.data?.acceptInvitation.workspace;
              toast(`You joined ${inv.workspaceName}.`, "info");
              if (ws) navigate(workspacePath(ws.id));
            }}
          >
            Accept
          </button>
        </div>
      ))}
    </section>
  );
}
