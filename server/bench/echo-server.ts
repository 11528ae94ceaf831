// The baseline for bench/fanout.ts: a bare graphql-yoga + graphql-ws server that only echoes an in-process
// pub/sub topic. No auth, no database, no log: what the stack itself costs per event and subscriber.
// `publish(title)` sends one event shaped like Taskgraph's taskChanged to every subscriber.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ExecutionArgs } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { createPubSub, createSchema, createYoga } from "graphql-yoga";
import { WebSocketServer } from "ws";

interface Echo {
  kind: string;
  version: number;
  task: { id: string; title: string; status: string; priority: string; assignee: { id: string; name: string } | null };
  actor: { id: string; name: string };
}

const pubsub = createPubSub<{ echo: [Echo] }>();
let version = 0;

const yoga = createYoga({
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: false,
  logging: false,
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type User { id: ID! name: String! }
      type Task { id: ID! title: String! status: String! priority: String! assignee: User }
      type TaskChangedEvent { kind: String! version: Int! task: Task! actor: User! }
      type Query { ok: Boolean! }
      type Mutation { publish(title: String!): Boolean! }
      type Subscription { taskChanged(workspaceId: ID!): TaskChangedEvent! }
    `,
    resolvers: {
      Query: { ok: () => true },
      Mutation: {
        publish: (_root: unknown, { title }: { title: string }) => {
          pubsub.publish("echo", {
            kind: "UPDATED",
            version: ++version,
            task: { id: "task-1", title, status: "TODO", priority: "MEDIUM", assignee: { id: "user-2", name: "Assignee" } },
            actor: { id: "user-1", name: "Writer" },
          });
          return true;
        },
      },
      Subscription: {
        taskChanged: { subscribe: () => pubsub.subscribe("echo"), resolve: (event: Echo) => event },
      },
    },
  }),
});

const server = createServer(yoga);
const wss = new WebSocketServer({ server, path: "/graphql" });
// graphql-ws over Yoga's envelop, as Yoga documents it.
useServer(
  {
    execute: (args: ExecutionArgs) => (args.rootValue as { execute: (a: ExecutionArgs) => unknown }).execute(args) as never,
    subscribe: (args: ExecutionArgs) => (args.rootValue as { subscribe: (a: ExecutionArgs) => unknown }).subscribe(args) as never,
    onSubscribe: async (ctx, _id, payload) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ ...ctx, params: payload } as never);
      const args = {
        schema,
        operationName: payload.operationName,
        document: parse(payload.query),
        variableValues: payload.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe },
      };
      const errors = validate(args.schema, args.document);
      return errors.length ? errors : args;
    },
  },
  wss,
);

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ msg: "echo listening", url: `http://127.0.0.1:${port}` }));
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
