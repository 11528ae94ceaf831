import { Client, fetchExchange, subscriptionExchange } from "urql";
import { createClient as createWsClient } from "graphql-ws";
import type { OperationDefinitionNode, FieldNode } from "graphql";
import { cache } from "./cache";
import type { StatusStore } from "./connection";
import { lastVersion } from "./versions";

export interface ClientOptions {
  token: string | null;
  status: StatusStore;
  /** Tests point these at a running server; the app always uses its own origin. */
  url?: string;
  wsUrl?: string;
}

const defaultWsUrl = () => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;

function rootField(query: unknown): string {
  const op = (query as { definitions: OperationDefinitionNode[] }).definitions.find((d) => d.kind === "OperationDefinition");
  return (op?.selectionSet.selections[0] as FieldNode | undefined)?.name.value ?? "";
}

export function createAppClient({ token, status, url = "/graphql", wsUrl }: ClientOptions) {
  const authorization = token ? `Bearer ${token}` : undefined;
  let everConnected = false;
  const ws = createWsClient({
    url: wsUrl ?? defaultWsUrl(),
    lazy: !token, // signed in: keep one socket open so the badge reflects reality
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 2 ** retries, 8000) * (0.75 + Math.random() / 2))),
    connectionParams: () => (authorization ? { authorization } : {}),
    on: {
      connecting: () => status.set(everConnected ? "reconnecting" : "connecting"),
      connected: () => {
        everConnected = true;
        status.set("live");
      },
      closed: () => status.set("polling"),
    },
  });

  const client = new Client({
    url,
    exchanges: [
      cache,
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
    requestPolicy: "cache-and-network",
  });

  return { client, dispose: () => void ws.dispose() };
}
