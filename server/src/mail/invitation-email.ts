import type { OutgoingMail } from "./transport.js";

export interface InvitationEmail {
  to: string;
  workspaceName: string;
  inviterName: string;
  role: string;
  link: string;
  expiresAt: Date;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
// Names are user input: one line each in a header, whatever they contain.
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The email that carries an invite link: plain text first, a minimal HTML twin for mail clients that prefer it. */
export function invitationEmail(invite: InvitationEmail): OutgoingMail {
  const workspace = oneLine(invite.workspaceName);
  const inviter = oneLine(invite.inviterName);
  const role = invite.role.toLowerCase();
  const expires = invite.expiresAt.toUTCString();
  return {
    to: invite.to,
    subject: `${inviter} invited you to ${workspace} on Taskgraph`,
    text: [
      `${inviter} invited you to join ${workspace} on Taskgraph as ${role}.`,
      "",
      `Accept or decline: ${invite.link}`,
      "",
      `The link works until ${expires}. Anyone with the link can join, so don't forward it.`,
      "If you weren't expecting this, ignore this email.",
    ].join("\n"),
    html: [
      `<p>${escapeHtml(inviter)} invited you to join <strong>${escapeHtml(workspace)}</strong> on Taskgraph as ${role}.</p>`,
      `<p><a href="${escapeHtml(invite.link)}">Accept or decline the invitation</a></p>`,
      `<p>The link works until ${expires}. Anyone with the link can join, so don't forward it. If you weren't expecting this, ignore this email.</p>`,
    ].join("\n"),
  };
}
