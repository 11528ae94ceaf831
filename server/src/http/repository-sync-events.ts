import type { IncomingMessage, ServerResponse } from "node:http";
import { decodeGlobalID } from "@pothos/plugin-relay";
import type { Services } from "../context.js";
import { logger } from "../logger.js";
import { progressSteps } from "../repo-sync/progress-store.js";
import { json } from "./probes.js";
import { keyedSets, type Revocations } from "./revocations.js";

type EndReason = "signed-out" | "shutdown" | "closed";

export const REPOSITORY_SYNC_EVENTS_PATH = "/events/repository-syncs/";

/**
 * GET /events/repository-syncs/{syncId}: a sync's progress as plain Server-Sent Events, for clients without
 * a GraphQL library (EventSource). Replays from the start (or after Last-Event-ID), goes live, and closes
 * after the terminal step; a reconnect with nothing left after it gets 204, which stops EventSource.
 * Auth: `Authorization: Bearer <token>`, or `?token=` since EventSource cannot set headers. A stream ends when
 * its session is revoked on any instance (a last `event: end` with reason SESSION_ENDED first), like the
 * GraphQL transports' streams (live-streams.ts); EventSource's reconnect then gets 401 and stops.
 */
export function createRepositorySyncEvents(services: Services, revocations: Revocations) {
  const open = keyedSets<string, (reason: EndReason) => void>();
  revocations.onRevoke((sessionId) => {
    for (const end of open.get(sessionId)) end("signed-out");
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "GET") return json(res, 405, { error: "method not allowed" });
    const url = new URL(req.url ?? "/", "http://localhost");
    const token = url.searchParams.get("token");
    const auth = await services.sessions.authenticate(req.headers.authorization ?? (token ? `Bearer ${token}` : undefined));
    if (!auth) {
      res.setHeader("www-authenticate", 'Bearer error="invalid_token"');
      return json(res, 401, { error: "a valid bearer token is required" });
    }
    let syncId: string | null = null;
    try {
      const decoded = decodeGlobalID(decodeURIComponent(url.pathname.slice(REPOSITORY_SYNC_EVENTS_PATH.length)));
      if (decoded.typename === "RepositorySync") syncId = decoded.id;
    } catch {
      syncId = null;
    }
    // Unknown sync and non-member read the same: existence is not revealed.
    const sync = syncId
      ? await services.prisma.repositorySync.findUnique({ where: { id: syncId }, select: { id: true, workspaceId: true, status: true } })
      : null;
    const member = sync
      ? await services.prisma.membership.findUnique({
          where: { workspaceId_userId: { workspaceId: sync.workspaceId, userId: auth.user.id } },
          select: { role: true },
        })
      : null;
    if (!sync || !member) return json(res, 404, { error: "not found" });
    const lastEventId = Number(req.headers["last-event-id"] ?? url.searchParams.get("lastEventId") ?? 0);
    const after = Number.isInteger(lastEventId) && lastEventId > 0 ? lastEventId : 0;
    if (sync.status !== "QUEUED" && sync.status !== "RUNNING") {
      const remaining = await services.prisma.repositorySyncProgress.count({ where: { syncId: sync.id, sequence: { gt: after } } });
      if (remaining === 0) {
        res.writeHead(204);
        return res.end();
      }
    }
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.flushHeaders();
    const controller = new AbortController();
    let endedBy: EndReason | undefined;
    const end = (reason: EndReason) => {
      endedBy ??= reason;
      controller.abort();
    };
    const untrack = open.add(auth.sessionId, end);
    req.on("close", () => end("closed"));
    // Revoked between authenticate and here (on another instance): end at once.
    if (revocations.revoked(auth.sessionId)) end("signed-out");
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
    try {
      for await (const step of progressSteps(services.prisma, sync.id, after, controller.signal)) {
        const data = {
          sequence: step.sequence,
          status: step.status,
          phase: step.phase,
          progress: step.progress,
          filesScanned: step.filesScanned,
          filesTotal: step.filesTotal,
          message: step.message,
          at: step.at.toISOString(),
        };
        res.write(`id: ${step.sequence}\nevent: progress\ndata: ${JSON.stringify(data)}\n\n`);
      }
    } catch (err) {
      logger.error({ err, syncId: sync.id }, "repository sync event stream failed");
    } finally {
      clearInterval(heartbeat);
      untrack();
      if (endedBy === "signed-out") res.write(`event: end\ndata: ${JSON.stringify({ reason: "SESSION_ENDED" })}\n\n`);
      res.end();
    }
  }

  return {
    handle: (req: IncomingMessage, res: ServerResponse) => {
      handle(req, res).catch((err) => {
        logger.error({ err }, "repository sync events failed");
        if (!res.headersSent) json(res, 500, { error: "internal error" });
        else res.end();
      });
    },
    /** Shutdown: end every open stream (clients reconnect with Last-Event-ID elsewhere). */
    endAll: () => {
      for (const set of [...open.values()]) for (const end of [...set]) end("shutdown");
    },
  };
}
