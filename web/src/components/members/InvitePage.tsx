import { useMutation, useQuery } from "urql";
import { describeError } from "../../client/errors";
import { hasReason, INVITATION_CLOSED } from "../../client/reasons";
import type { InvitationByTokenQuery as InvitationData } from "../../gql/graphql";
import { AcceptInvitationMutation, DeclineInvitationMutation, InvitationByTokenQuery } from "../../graphql/workspaces";
import { navigate, workspacePath } from "../../router";
import { ErrorState, Spinner } from "../shared/States";
import { useToast } from "../shared/Toasts";

type Invitation = NonNullable<InvitationData["invitation"]>;

function useInvitation(token: string) {
  // Always asked fresh: the link may have been revoked, resent or accepted since this tab last looked.
  return useQuery({ query: InvitationByTokenQuery, variables: { token }, requestPolicy: "network-only" });
}

/** Why a link cannot be used any more, in plain words; null while it can be. */
function closedReason(invitation: Invitation | null | undefined): string | null {
  if (!invitation)
    return "This invite link doesn't work. It may have been replaced by a newer one: ask whoever invited you to send it again.";
  switch (invitation.status) {
    case "ACCEPTED":
      return `This invitation to ${invitation.workspaceName} has already been accepted.`;
    case "REVOKED":
      return `${invitation.invitedBy.name} withdrew this invitation to ${invitation.workspaceName}.`;
    case "DECLINED":
      return `This invitation to ${invitation.workspaceName} was declined.`;
  }
  if (invitation.expired) {
    return `This invite link expired on ${new Date(invitation.expiresAt).toLocaleDateString()}. Ask ${invitation.invitedBy.name} to send a new one.`;
  }
  return null;
}

function Summary({ invitation }: { invitation: Invitation }) {
  return (
    <p data-testid="invite-summary">
      <strong>{invitation.invitedBy.name}</strong> invited you to join <strong>{invitation.workspaceName}</strong> as{" "}
      {invitation.role.toLowerCase()}.
    </p>
  );
}

/** Above the sign-in form when a signed-out visitor opens an invite link: what they are signing in for. */
export function InviteNotice({ token }: { token: string }) {
  const [result] = useInvitation(token);
  if (result.fetching) return <Spinner label="Loading invitation" />;
  const invitation = result.data?.invitation;
  const closed = result.error ? describeError(result.error) : closedReason(invitation);
  return (
    <div className="invite-notice" role="note">
      {closed ? <p>{closed}</p> : <Summary invitation={invitation!} />}
      {!closed && <p className="muted small">Sign in or create an account, then accept the invitation.</p>}
    </div>
  );
}

/** /invite/<token> for a signed-in user: what the invitation is, and Accept or Decline. */
export function InvitePage({ token }: { token: string }) {
  const [result, reexecute] = useInvitation(token);
  const [accepting, accept] = useMutation(AcceptInvitationMutation);
  const [declining, decline] = useMutation(DeclineInvitationMutation);
  const toast = useToast();
  const invitation = result.data?.invitation;

  if (result.fetching && !result.data) return <Spinner label="Loading invitation" />;
  if (result.error && !result.data) return <ErrorState error={result.error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
  const closed = closedReason(invitation);

  async function onAccept() {
    const r = await accept({ input: { token } });
    const joined = r.data?.acceptInvitation.workspace;
    if (joined) {
      toast(`You joined ${joined.name}.`, "info");
      // Replace, so the secret link does not stay in the tab's history.
      return navigate(workspacePath(joined.id), true);
    }
    if (hasReason(r.error, ...INVITATION_CLOSED)) reexecute({ requestPolicy: "network-only" });
    toast(describeError(r.error));
  }

  async function onDecline() {
    const r = await decline({ input: { token } });
    if (r.error) return toast(describeError(r.error));
    toast("Invitation declined.", "info");
    navigate("/", true);
  }

  return (
    <div className="empty-page invite-page">
      <h1>{closed ? "Invitation" : `Join ${invitation!.workspaceName}`}</h1>
      {closed ? <p className="muted">{closed}</p> : <Summary invitation={invitation!} />}
      {!closed && <p className="muted small">It was sent to {invitation!.email}.</p>}
      <div className="invite-actions">
        {closed ? (
          <button type="button" className="btn" onClick={() => navigate("/", true)}>
            Go to your workspaces
          </button>
        ) : (
          <>
            <button type="button" className="btn btn-primary" disabled={accepting.fetching || declining.fetching} onClick={onAccept}>
              Accept and join
            </button>
            <button type="button" className="btn btn-ghost" disabled={accepting.fetching || declining.fetching} onClick={onDecline}>
              Decline
            </button>
          </>
        )}
      </div>
    </div>
  );
}
