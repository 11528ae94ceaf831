import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";
import { useWellFormedInput } from "../../src/security/well-formed-input.js";

// A Yoga with list-shaped inputs (which Taskgraph's schema does not have yet) and the input-text plugin, in its
// own process like the real server (one copy of graphql, as in production). `saves` counts resolver runs.
let saves = 0;
const yoga = createYoga({
  plugins: [useWellFormedInput()],
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      input Tag { name: String!, labels: [String!] }
      input Save { tags: [Tag!]!, ids: [ID!], matrix: [[String]] }
      type Query { saves: Int! }
      type Mutation { save(input: Save!): Boolean }
    `,
    resolvers: { Query: { saves: () => saves }, Mutation: { save: () => ++saves > 0 } },
  }),
});
const server = createServer(yoga).listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
