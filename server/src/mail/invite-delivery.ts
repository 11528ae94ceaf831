import type { Config } from "../config.js";
import { logger } from "../logger.js";
import { type InvitationEmail, invitationEmail } from "./invitation-email.js";
import { smtpSender } from "./transport.js";

/** How invite links are made and reach the invitee: by email with SMTP_URL, otherwise in the server log. */
export interface InviteDelivery {
  /** How long a newly (re)issued link stays valid. */
  ttlMs: number;
  linkFor(token: string): string;
  /** Resolves true when the email was handed to the SMTP server; false when the link was only logged or sending failed. */
  deliver(invite: InvitationEmail & { invitationId: string }): Promise<boolean>;
}

export function createInviteDelivery(config: Pick<Config, "publicUrl" | "smtpUrl" | "mailFrom" | "invitationTtlHours">): InviteDelivery {
  const send = config.smtpUrl ? smtpSender(config.smtpUrl, config.mailFrom) : null;
  return {
    ttlMs: config.invitationTtlHours * 3_600_000,
    linkFor: (token) => `${config.publicUrl}/invite/${token}`,
    async deliver(invite) {
      if (!send) {
        // No mail server configured: the inviter copies the link from the members page, or an operator from here.
        logger.info(
          { invitationId: invite.invitationId, email: invite.to, inviteUrl: invite.link },
          "invite link (SMTP_URL is not set, so it was not emailed)",
        );
        return false;
      }
      try {
        await send(invitationEmail(invite));
        logger.info({ invitationId: invite.invitationId, email: invite.to }, "invite link emailed");
        return true;
      } catch (error) {
        // The invitation stands; the inviter still has the link to copy, so this is not the request's failure.
        logger.warn({ err: error, invitationId: invite.invitationId, email: invite.to }, "invite email could not be sent");
        return false;
      }
    },
  };
}
