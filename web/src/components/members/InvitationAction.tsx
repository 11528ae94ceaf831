type Props = { action: "Decline" | "Resend" | "Revoke"; to: string; disabled: boolean; danger?: boolean; onClick: () => void };

/** A button that acts on one invitation, named for screen readers after whom or what it invites to. */
export function InvitationAction({ action, to, disabled, danger, onClick }: Props) {
  return (
    <button
      type="button"
      className={danger ? "btn btn-ghost btn-sm danger-text" : "btn btn-ghost btn-sm"}
      disabled={disabled}
      aria-label={`${action} invitation to ${to}`}
      onClick={onClick}
    >
      {action}
    </button>
  );
}
