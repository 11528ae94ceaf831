import type { GraphQLError } from "graphql";
import { type ZodError, z } from "zod";
import { limits } from "../domain/validate.js";
import { badInput, type Reason } from "../errors.js";

/**
 * Ranges and lengths of arguments and input fields as zod schemas, checked by Pothos' zod plugin
 * (`validate: { schema }`) before the resolver runs; the domain only normalizes (trims). Messages are
 * predicates ("must not be empty"): the refusal names the field before them.
 */
export const text = {
  /** 1 to `max` characters once trimmed. */
  required: (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`),
  /** Blank allowed; at most `max` characters. */
  optional: (max: number) => z.string().max(max, `must be at most ${max} characters`),
};

export const between = (min: number, max: number) =>
  z.number().int().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);

export const atLeast = (min: number) => z.number().int().min(min, `must be ${min} or more`);

export const taskTitle = text.required(limits.title);
export const taskDescription = text.optional(limits.description);
export const workspaceName = text.required(limits.workspaceName);
export const userName = text.required(limits.userName);

/** The plugin's refusal: BAD_USER_INPUT for the first issue, with the field it concerns and a stable reason. */
export function validationRefusal(error: ZodError): GraphQLError {
  const issue = error.issues[0] as ZodError["issues"][number] & { origin?: string };
  const field = String([...issue.path].reverse().find((p) => typeof p === "string") ?? "input");
  return badInput(`${field} ${issue.message}.`, field, reasonOf(issue));
}

function reasonOf(issue: { code?: string; origin?: string }): Reason {
  if (issue.origin === "string") return issue.code === "too_small" ? "EMPTY_TEXT" : "TOO_LONG";
  if (issue.code === "too_small" || issue.code === "too_big") return "OUT_OF_RANGE";
  return "INVALID_VALUE";
}
