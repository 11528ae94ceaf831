import type { ServerResponse } from "node:http";
import type { Database } from "../db/database.js";
import type { EventBus } from "../realtime/pubsub.js";
import type { Drain } from "./drain.js";

const PROBE_TIMEOUT_MS = 2_000;

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref())]);

const reach = (check: () => Promise<unknown>) =>
  within(check(), PROBE_TIMEOUT_MS).then(
    () => "ok" as const,
    () => "unreachable" as const,
  );

/**
 * /health: liveness (the process answers, with the database kind). /ready: may this instance take
 * traffic? Only when the database and the bus both answer, and not once shutdown has begun.
 */
export function createProbes(db: Database, bus: EventBus, drain: Drain) {
  return {
    health(res: ServerResponse) {
      db.prisma.$queryRaw`SELECT 1`.then(
        () => json(res, 200, { status: "ok", database: db.kind }),
        () => json(res, 503, { status: "unavailable", database: db.kind }),
      );
    },
    async ready(res: ServerResponse) {
      const [database, eventBus] = await Promise.all([reach(() => db.prisma.$queryRaw`SELECT 1`), reach(() => bus.ping())]);
      const ready = database === "ok" && eventBus === "ok" && !drain.draining;
      json(res, ready ? 200 : 503, {
        status: ready ? "ready" : drain.draining ? "shutting down" : "unavailable",
        database: { kind: db.kind, status: database },
        bus: { kind: bus.kind, status: eventBus },
      });
    },
  };
}

export function json(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}
