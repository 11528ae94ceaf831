import { useRef, useState } from "react";
import type { IssuedLink } from "./useMembers";

/** The link that was just issued, to copy and send; shown once, as the server keeps only its hash. */
export function InviteLinkPanel({ issued, onClose }: { issued: IssuedLink; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.url);
    } catch {
      // No clipboard permission (or an insecure origin): select it so Ctrl+C works.
      input.current?.select();
      document.execCommand?.("copy");
    }
    setCopied(true);
  }
  return (
    <section className="panel invite-link" aria-label="Invite link">
      <header className="panel-header">
        <h2>Invite link for {issued.email}</h2>
        <button type="button" className="icon-btn" aria-label="Close invite link" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="invite-form">
        <p className="muted small invite-link-note">
          {issued.emailSent
            ? `We emailed this link to ${issued.email}. You can also copy it and send it yourself.`
            : `Email isn't set up on this server: copy the link and send it to ${issued.email} yourself.`}{" "}
          Whoever opens it can join, and it is shown only now.
        </p>
        <input ref={input} readOnly aria-label="Invite link URL" value={issued.url} onFocus={(e) => e.target.select()} />
        <button type="button" className="btn btn-primary" onClick={copy}>
          {copied ? "Copied" : "Copy invite link"}
        </button>
      </div>
    </section>
  );
}
