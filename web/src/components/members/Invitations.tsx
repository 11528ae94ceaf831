import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import type { WorkspacesQuery } from "../../gql/graphql";
import { DeclineInvitationMutation } from "../../graphql/workspaces";
import { useToast } from "../shared/Toasts";
import { InvitationAction } from "./InvitationAction";

/**
 * Invitations addressed to your email. Joining needs the invite link that was sent to that address (an
 * unverified email alone proves nothing); declining works from here.
 */
export function Invitations({ invitations }: { invitations: WorkspacesQuery["myInvitations"] }) {
  const [state, decline] = useMutation(DeclineInvitationMutation);
  const toast = useToast();
  // A declined invitation keeps its cache entry, with the new status, until the list is refetched.
  const pending = invitations.filter((inv) => inv.status === "PENDING");
  if (pending.length === 0) return null;
  return (
    <section className="invites" aria-label="Pending invitations">
      <div className="nav-heading">
        Invitations <span className="count">{pending.length}</span>
      </div>
      {pending.map((inv) => (
        <div key={inv.id} className="invite">
          <div>
            <strong>{inv.workspaceName}</strong>
            <div className="muted small">
              {inv.invitedBy.name} invited you as {inv.role.toLowerCase()}. Open the invite link they sent you to join.
            </div>
          </div>
          <InvitationAction
            action="Decline"
            to={inv.workspaceName}
            disabled={state.fetching}
            onClick={async () => {
              const r = await decline({ input: { invitationId: inv.id } });
              if (r.error) return toast(describeError(r.error));
              toast(`Declined the invitation to ${inv.workspaceName}.`, "info");
            }}
          />
        </div>
      ))}
    </section>
  );
}
