import { SocketClose } from "@taskgraph/core";
import { CloseCode } from "graphql-ws";

// The close codes are named once for the server and the web client, in packages/core/src/closeCodes.ts.
export { SocketClose, type SocketCloseCode } from "@taskgraph/core";

// The names that stand for graphql-ws's own codes must stay them: its clients give up on exactly these.
const sameAsGraphqlWs: [number, number][] = [
  [SocketClose.SignedOut, CloseCode.Unauthorized],
  [SocketClose.InvalidToken, CloseCode.Forbidden],
];
for (const [ours, theirs] of sameAsGraphqlWs)
  if (ours !== theirs) throw new Error(`close code ${ours} no longer matches graphql-ws (${theirs})`);
