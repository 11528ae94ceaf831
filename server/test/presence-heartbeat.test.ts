import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "./gql/index.js";
import { inviteToken, ok, Subscription, sleep, uniqueEmail, wsClient } from "./support/client.js";
import { createTestDatabase } from "./support/databases.js";
import { SignUp } from "./support/documents.js";
import { spawnServer } from "./support/server-process.js";

const CreateWorkspace = graphql(`
  mutation HeartbeatWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }
`);
const Invite = graphql(`
  mutation HeartbeatInvite($input: InviteMemberInput!) { inviteMember(input: $input) { id inviteUrl } }
`);
const Accept = graphql(`
  mutation HeartbeatAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }
`);
const Presence = graphql(`
  subscription HeartbeatPresence($workspaceId: ID!) { presence(workspaceId: $workspaceId) { kind user { id } } }
`);

describe("presence and silent sockets", () => {
  it("a client that stops answering pings is dropped and leaves within two heartbeat intervals", async () => {
    const database = await createTestDatabase();
    // A 300 ms heartbeat stands in for the production 10 s: the rule (two silent intervals) is the same.
    const server = await spawnServer({
      DATA_DIR: database.config.dataDir,
      DATABASE_URL: database.config.databaseUrl,
      WS_HEARTBEAT_MS: "300",
    });
    try {
      const account = async (name: string) =>
        (await ok(SignUp, { input: { email: uniqueEmail(name), password: "correct horse", name } }, undefined, server.url)).signUp;
      const owner = await account("Owner");
      const silent = await account("Silent");
      const { createWorkspace: ws } = await ok(CreateWorkspace, { input: { name: "Heartbeat" } }, owner.token, server.url);
      const { inviteMember } = await ok(
        Invite,
        { input: { workspaceId: ws.id, email: silent.user.email, role: "VIEWER" } },
        owner.token,
        server.url,
      );
      await ok(Accept, { input: { token: inviteToken(inviteMember.inviteUrl) } }, silent.token, server.url);

      const watcherClient = wsClient(owner.token, server.url);
      const watcher = new Subscription(watcherClient, Presence, { workspaceId: ws.id });
      await watcher.waitFor(1);

      // A raw graphql-ws client whose socket never answers pings: a laptop that went to sleep.
      const socket = new WebSocket(`${server.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws", { autoPong: false });
      const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
      await new Promise((resolve) => socket.once("open", resolve));
      socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${silent.token}` } }));
      await new Promise((resolve) => socket.once("message", resolve));
      socket.send(
        JSON.stringify({
          id: "1",
          type: "subscribe",
          payload: { query: "subscription($w: ID!) { presence(workspaceId: $w) { kind } }", variables: { w: ws.id } },
        }),
      );

      const kinds = () => watcher.data.map((d) => `${d.presence.kind}:${d.presence.user.id === silent.user.id ? "silent" : "owner"}`);
      await watcher.waitFor(2);
      expect(kinds()).toContain("JOINED:silent");
      const joinedAt = Date.now();
      await watcher.waitFor(3, 5_000);
      expect(kinds()).toContain("LEFT:silent");
      // Two 300 ms intervals of silence, plus up to one interval until the check runs.
      expect(Date.now() - joinedAt).toBeLessThan(2_000);
      await closed;
      watcher.dispose();
      await watcherClient.dispose();
      await sleep(50);
    } finally {
      await server.stop();
      await database.drop();
    }
  }, 90_000);
});
