import { ROLE_LABEL } from "../../model/displayNames";
import { InvitationAction } from "./InvitationAction";
import type { MembersData } from "./useMembers";

/** Invitations not yet answered; the ones for roles you may manage can be resent (a new link) or revoked. */
export function PendingInvitations({ data }: { data: MembersData }) {
  const { pending } = data;
  if (pending.length === 0) return null;
  return (
    <section className="panel">
      <header className="panel-header">
        <h2>Pending invitations</h2>
        <span className="count">{pending.length}</span>
      </header>
      <ul className="member-list">
        {pending.map((inv) => (
          <li key={inv.id} className="member" data-testid="invitation-row">
            <span className="avatar avatar-empty" aria-hidden />
            <div className="member-text">
              <strong>{inv.email}</strong>
              <span className="muted small">
                Invited by {inv.invitedBy.name} ·{" "}
                {inv.expired ? (
                  <span className="danger-text">link expired</span>
                ) : (
                  `link valid until ${new Date(inv.expiresAt).toLocaleDateString()}`
                )}
              </span>
            </div>
            <span className="role-pill">{ROLE_LABEL[inv.role]}</span>
            {data.canEdit(inv.role) && (
              <>
                <InvitationAction action="Resend" to={inv.email} disabled={data.resending} onClick={() => void data.resend(inv.id)} />
                <InvitationAction
                  action="Revoke"
                  to={inv.email}
                  disabled={data.revoking}
                  danger
                  onClick={() => void data.revoke(inv.id, inv.email)}
                />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
