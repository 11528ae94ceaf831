import type { FieldNode, OperationDefinitionNode } from "graphql";
import { createClient as createWsClient } from "graphql-ws";
import { Client, fetchExchange, mapExchange, subscriptionExchange } from "urql";
import { cache } from "./cache";
import { isRefusedToken, type StatusStore } from "./connection";
import { endSession } from "./session";
import { lastVersion } from "./versions";

export interface ClientOptions {
  token: string | null;
  status: StatusStore;
  /** Tests point these at a running server; the app always uses its own origin. */
  url?: string;
  wsUrl?: string;
  /** Called when the server refuses the token; by default the session ends and sign-in shows. */
  onSessionEnded?: () => void;
}

const defaultWsUrl = () => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;

function rootField(query: unknown): string {
  const op = (query as { definitions: OperationDefinitionNode[] }).definitions.find((d) => d.kind === "OperationDefinition");
  return (op?.selectionSet.selections[0] as FieldNode | undefined)?.name.value ?? "";
}

export function createAppClient({ token, status, url = "/graphql", wsUrl, onSessionEnded = endSession }: ClientOptions) {
  const authorization = token ? `Bearer ${token}` : undefined;
  let everConnected = false;
  const ws = createWsClient({
    url: wsUrl ?? defaultWsUrl(),
    lazy: !token, // signed in: keep one socket open so the badge reflects reality
    retryAttempts: Infinity,
    // Every close is retried (1012 and 1001 from a restarting server included) except a refused token:
    // retrying that would loop forever.
    shouldRetry: (event) => !isRefusedToken(event),
    retryWait: (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 8000) * (0.75 + Math.random() / 2))),
    connectionParams: () => (authorization ? { authorization } : {}),
    on: {
      connecting: () => status.set(everConnected ? "reconnecting" : "connecting"),
      connected: () => {
        everConnected = true;
        status.set("live");
      },
      closed: (event) => {
        // A failed reconnect says nothing new while the fallback polls fail too: stay "offline".
        if (status.get() !== "offline") status.set("polling");
        if (token && isRefusedToken(event)) onSessionEnded();
      },
    },
  });

  const client = new Client({
    url,
    exchanges: [
      cache,
      // HTTP 401: the token names no live session (signed out elsewhere, expired, revoked).
      mapExchange({
        onResult(result) {
          if (token && result.error?.response?.status === 401) onSessionEnded();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request, operation) {
          const field = rootField(operation.query);
          const vars = (request.variables ?? {}) as Record<string, unknown>;
          const workspaceId = vars.workspaceId as string | undefined;
          // graphql-ws re-sends this payload on every reconnect; the getter makes it resume from the last applied version.
          const payload = {
            query: request.query ?? "",
            operationName: request.operationName,
            extensions: request.extensions,
            get variables() {
              const seen = workspaceId ? lastVersion(field, workspaceId) : undefined;
              const asked = typeof vars.since === "number" ? vars.since : undefined;
              const since = seen === undefined ? asked : asked === undefined ? seen : Math.max(seen, asked);
              return since === undefined ? vars : { ...vars, since };
            },
          };
          return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(payload, sink) }) };
        },
      }),
    ],
    fetchOptions: (): RequestInit => ({ headers: authorization ? { authorization } : {} }),
    // Always POST JSON: the server refuses preflight-free GETs (CSRF prevention), and urql would GET queries.
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
  });

  return { client, dispose: () => void ws.dispose() };
}
