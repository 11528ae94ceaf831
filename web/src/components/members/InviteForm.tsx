import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { describeError } from "../../client/errors";
import type { Role } from "../../gql/graphql";
import { InviteMemberMutation } from "../../graphql/members";
import { ROLE_LABEL } from "../../model/displayNames";
import { Options } from "../shared/Options";
import { useToast } from "../shared/Toasts";
import type { IssuedLink } from "./useMembers";

/** Invite someone by email with one of the roles you may grant. */
export function InviteForm({ workspaceId, roles, onIssued }: { workspaceId: string; roles: Role[]; onIssued: (link: IssuedLink) => void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const [state, invite] = useMutation(InviteMemberMutation);
  const toast = useToast();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await invite({ input: { workspaceId, email: email.trim(), role } });
    const created = r.data?.inviteMember;
    if (!created?.inviteUrl) return toast(describeError(r.error));
    onIssued({ email: created.email, url: created.inviteUrl, emailSent: !!created.emailSent });
    setEmail("");
    // The next invitation starts from the usual role again: re-inviting someone must not silently keep the last one.
    setRole("MEMBER");
  }
  return (
    <section className="panel">
      <header className="panel-header">
        <h2>Invite people</h2>
      </header>
      <form className="invite-form" onSubmit={submit}>
        <input
          type="email"
          required
          placeholder="name@company.com"
          aria-label="Email to invite"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <select aria-label="Role for the invitation" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <Options values={roles} labels={ROLE_LABEL} />
        </select>
        <button type="submit" className="btn btn-primary" disabled={state.fetching}>
          Send invite
        </button>
      </form>
    </section>
  );
}
