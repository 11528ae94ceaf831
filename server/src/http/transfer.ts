import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { createContext, type Services } from "../context.js";
import { exportCsv, exportJson } from "../domain/export.js";
import { can, operationPermission, type Permission } from "../domain/permissions.js";
import { importMaxBytes, importTrello, parseTrello } from "../domain/trello-import.js";
import { logger } from "../logger.js";
import { json } from "./probes.js";

export const EXPORT_PATH = "/export/";
export const IMPORT_PATH = "/import/trello/";

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}
const refusal = (status: number, code: string, reason: string, message: string) => new HttpRefusal(status, { code, reason, message });

/**
 * Board export and import over plain HTTP, outside GraphQL: an export streams (a 50,000-task board is written
 * a page of rows at a time, never built in memory), and an import uploads a file larger than GraphQL's 1 MB
 * body limit (http/limits.ts) up to IMPORT_MAX_BYTES. Auth: `Authorization: Bearer <token>`.
 *   GET  /export/{workspaceId}.csv | .json        any member
 *   POST /import/trello/{workspaceId}?dryRun=true&mapping={"List name":"DONE"}   MEMBER and up
 * Refusals answer JSON `{ error: { code, reason, message } }` with the matching HTTP status.
 */
export function createTransferRoutes(services: Services) {
  async function authorize(req: IncomingMessage, rawId: string, permission: Permission) {
    const auth = await services.sessions.authenticate(req.headers.authorization);
    if (!auth) throw refusal(401, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", "Send Authorization: Bearer <token>.");
    let workspaceId: string | null = null;
    try {
      const decoded = decodeGlobalID(decodeURIComponent(rawId));
      if (decoded.typename === "Workspace") workspaceId = decoded.id;
    } catch {
      workspaceId = null;
    }
    const member = workspaceId
      ? await services.prisma.membership.findUnique({
          where: { workspaceId_userId: { workspaceId, userId: auth.user.id } },
          select: { role: true },
        })
      : null;
    // Unknown workspace and non-member read the same: existence is not revealed.
    if (!workspaceId || !member) throw refusal(404, "NOT_FOUND", "NOT_FOUND", "Workspace not found.");
    if (!can(member.role, permission)) throw refusal(403, "FORBIDDEN", "ROLE_TOO_LOW", "Your role in this workspace does not allow this.");
    return { auth, workspaceId };
  }

  async function exportBoard(req: IncomingMessage, res: ServerResponse, rest: string) {
    if (req.method !== "GET") throw refusal(405, "BAD_USER_INPUT", "BAD_REQUEST", "Use GET.");
    const match = /^(.+)\.(csv|json)$/.exec(rest);
    if (!match) throw refusal(404, "NOT_FOUND", "NOT_FOUND", "Ask for /export/{workspaceId}.csv or .json.");
    const { workspaceId } = await authorize(req, match[1]!, operationPermission.read);
    const format = match[2] as "csv" | "json";
    const { name } = await services.prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
    const file = `${
      name
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-|-$/g, "")
        .toLowerCase() || "board"
    }-tasks.${format}`;
    res.writeHead(200, {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${file.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file)}`,
      "cache-control": "no-store",
    });
    const rows = format === "csv" ? exportCsv(services.prisma, workspaceId) : exportJson(services.prisma, workspaceId);
    for await (const chunk of rows) {
      if (res.destroyed) return; // the client went away: stop reading rows
      if (!res.write(chunk)) await Promise.race([once(res, "drain"), once(res, "close")]);
    }
    res.end();
  }

  async function importBoard(req: IncomingMessage, res: ServerResponse, rest: string, url: URL) {
    if (req.method !== "POST") throw refusal(405, "BAD_USER_INPUT", "BAD_REQUEST", "Use POST with the Trello JSON as the body.");
    const { auth, workspaceId } = await authorize(req, rest, operationPermission.importTrello);
    let mapping: Record<string, string> = {};
    const rawMapping = url.searchParams.get("mapping");
    if (rawMapping) {
      try {
        const parsed: unknown = JSON.parse(rawMapping);
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error();
        mapping = parsed as Record<string, string>;
      } catch {
        throw refusal(
          400,
          "BAD_USER_INPUT",
          "INVALID_VALUE",
          'mapping must be a JSON object of list name (or id) to status, e.g. {"Doing":"IN_PROGRESS"}.',
        );
      }
    }
    const text = await readBody(req, importMaxBytes);
    const ctx = createContext(services, auth, true);
    const dryRun = url.searchParams.get("dryRun") === "true";
    const result = await importTrello(ctx, workspaceId, parseTrello(text), mapping, dryRun);
    json(res, 200, {
      dryRun,
      created: result.created,
      plan: { ...result.plan, tasks: result.plan.tasks.slice(0, 200), taskCount: result.plan.tasks.length },
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname.startsWith(EXPORT_PATH)) return await exportBoard(req, res, url.pathname.slice(EXPORT_PATH.length));
      return await importBoard(req, res, url.pathname.slice(IMPORT_PATH.length), url);
    } catch (error) {
      if (error instanceof HttpRefusal) {
        // No `connection: close` on a 413: readBody resumed the request, so Node discards the rest of the upload
        // and the client, which only reads the answer once it has sent everything, gets the 413 instead of EPIPE.
        return json(res, error.status, { error: error.body });
      }
      if (error instanceof GraphQLError && typeof error.extensions.code === "string" && statusOf[error.extensions.code]) {
        const { code, reason, field } = error.extensions;
        return json(res, statusOf[code]!, { error: { code, reason, message: error.message, ...(field ? { field } : {}) } });
      }
      throw error;
    }
  }

  return {
    handle: (req: IncomingMessage, res: ServerResponse) => {
      handle(req, res).catch((err) => {
        logger.error({ err }, "export/import failed");
        if (!res.headersSent) json(res, 500, { error: { code: "INTERNAL_SERVER_ERROR", message: "Unexpected error." } });
        else res.destroy();
      });
    },
  };
}

/** The body as text, refusing (413) as soon as it is known to exceed `max`: a 50 MB upload is never held. */
async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const tooLarge = () =>
    refusal(
      413,
      "REQUEST_ENTITY_TOO_LARGE",
      "TOO_LARGE",
      `The file is larger than the import limit of ${Math.round(max / 1_000_000)} MB (IMPORT_MAX_BYTES).`,
    );
  if (Number(req.headers["content-length"] ?? 0) > max) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
