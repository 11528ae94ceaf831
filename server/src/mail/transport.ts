import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export type SendMail = (mail: OutgoingMail) => Promise<void>;

/** An SMTP sender for SMTP_URL (smtp://user:pass@host:port or smtps://…), with bounded waits. */
export function smtpSender(smtpUrl: string, from: string): SendMail {
  // Bounded so a dead mail server fails an invitation's email in seconds, not nodemailer's default minutes.
  const transport = nodemailer.createTransport(
    { url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
    { from },
  );
  return async (mail) => {
    await transport.sendMail(mail);
  };
}
