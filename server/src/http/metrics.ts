import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import { Counter, collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { Config } from "../config.js";
import type { EventBus } from "../realtime/pubsub.js";

/**
 * Prometheus metrics on a registry of this server's own: Yoga's (operations, phase durations, errors,
 * HTTP durations), the process defaults, and the realtime side (open sockets, live subscription streams,
 * events published). Served at /metrics only when METRICS=on or METRICS_TOKEN is set.
 */
export function createMetrics(config: Pick<Config, "metrics">, sample: { sockets(): number; streams(): number }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: "taskgraph_websocket_connections",
    help: "Open graphql-ws sockets",
    registers: [registry],
    collect() {
      this.set(sample.sockets());
    },
  });
  new Gauge({
    name: "taskgraph_subscription_streams",
    help: "Live subscription streams (WebSocket and SSE)",
    registers: [registry],
    collect() {
      this.set(sample.streams());
    },
  });
  const published = new Counter({
    name: "taskgraph_events_published_total",
    help: "Workspace events published to the bus",
    registers: [registry],
  });

  return {
    // Off, nothing is served: no per-operation label work either (it was a few percent of a write's CPU).
    plugin: (): Plugin =>
      !config.metrics.enabled
        ? {}
        : usePrometheus({
            registry,
            endpoint: false,
            skipIntrospection: true,
            metrics: {
              graphql_envelop_request: true,
              graphql_envelop_request_duration: true,
              graphql_envelop_phase_parse: true,
              graphql_envelop_phase_validate: true,
              graphql_envelop_phase_context: true,
              graphql_envelop_phase_execute: true,
              graphql_envelop_phase_subscribe: true,
              graphql_envelop_error_result: true,
              graphql_yoga_http_duration: true,
              // The schema deprecates nothing, and finding out walks every operation's document.
              graphql_envelop_deprecated_field: false,
            },
          }),
    /** The bus, counting what it publishes. */
    counting(bus: EventBus): EventBus {
      const publish: EventBus["publish"] = (event) => {
        published.inc();
        return bus.publish(event);
      };
      return new Proxy(bus, { get: (target, prop, receiver) => (prop === "publish" ? publish : Reflect.get(target, prop, receiver)) });
    },
    /** Answers /metrics: 404 when off, 401 without the configured token. */
    async serve(req: IncomingMessage, res: ServerResponse) {
      if (!config.metrics.enabled) return void res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      const token = config.metrics.token;
      if (token && !sameSecret(/^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "", token)) {
        return void res
          .writeHead(401, { "content-type": "application/json", "www-authenticate": 'Bearer realm="metrics"' })
          .end('{"error":"unauthorized"}');
      }
      const body = await registry.metrics();
      res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" }).end(body);
    },
  };
}

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
