import { useMutation } from "urql";
import { SignOutMutation } from "../../graphql/auth";
import { PROFILE_PATH } from "../../router";
import { Avatar } from "../shared/Avatar";
import { followLink } from "../shared/followLink";

type Props = { user: { id: string; name: string; email: string } | null | undefined; onProfile: boolean; onSignedOut: () => void };

/** The sidebar's foot: you (a link to your profile) and Sign out. */
export function UserMenu({ user, onProfile, onSignedOut }: Props) {
  const [, signOut] = useMutation(SignOutMutation);
  return (
    <div className="sidebar-footer">
      {user && (
        <a
          href={PROFILE_PATH}
          className={`me${onProfile ? " active" : ""}`}
          aria-current={onProfile ? "page" : undefined}
          title="Your profile and activity"
          onClick={followLink(PROFILE_PATH)}
        >
          <Avatar user={user} size="sm" />
          <div className="me-text">
            <strong>{user.name}</strong>
            <span className="muted">Your profile · {user.email}</span>
          </div>
        </a>
      )}
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        onClick={async () => {
          await signOut({});
          onSignedOut();
        }}
      >
        Sign out
      </button>
    </div>
  );
}
