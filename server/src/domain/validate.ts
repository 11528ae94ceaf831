import { badInput } from "../errors.js";

export const limits = { title: 500, description: 10_000, workspaceName: 100, userName: 100, password: { min: 8, max: 256 } };

/** Trims and checks a required, bounded text; the message names the field so a form can point at it. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text) throw badInput(`${field} must not be empty.`, field, "EMPTY_TEXT");
  if (text.length > max) throw badInput(`${field} must be at most ${max} characters.`, field, "TOO_LONG");
  return text;
}

export function optionalText(value: string, field: string, max: number): string {
  if (value.length > max) throw badInput(`${field} must be at most ${max} characters.`, field, "TOO_LONG");
  return value;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(value: string): string {
  const normalized = value.trim().toLowerCase();
  if (!emailPattern.test(normalized) || normalized.length > 254)
    throw badInput("That is not a valid email address.", "email", "INVALID_EMAIL");
  return normalized;
}

export function password(value: string): string {
  if (value.length < limits.password.min)
    throw badInput(`Password must be at least ${limits.password.min} characters.`, "password", "WEAK_PASSWORD");
  if (value.length > limits.password.max)
    throw badInput(`Password must be at most ${limits.password.max} characters.`, "password", "TOO_LONG");
  return value;
}
