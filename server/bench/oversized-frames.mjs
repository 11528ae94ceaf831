// Twelve unauthenticated 95 MB WebSocket frames (the attack of issue #10, defect 7) against a fresh server:
// prints its RSS before, at peak and after, the close codes the sockets got, and SIGTERM-to-exit time.
// Usage (from server/): node bench/oversized-frames.mjs [serverDir, default: this server]
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const serverDir = process.argv[2] ?? path.join(import.meta.dirname, "..");
const WebSocket = createRequire(path.join(serverDir, "package.json"))("ws");
const dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-frames-"));
const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
  cwd: serverDir,
  env: { ...process.env, PORT: "0", HOST: "127.0.0.1", WEB_DIST: "", DATA_DIR: dataDir },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((resolve) => {
  let buf = "";
  child.stdout.on("data", (c) => {
    buf += c;
    const m = /"url":"([^"]+)".*taskgraph listening/.exec(buf);
    if (m) resolve(m[1]);
  });
});
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))[1]) / 1024;
await new Promise((r) => setTimeout(r, 2000));
const before = rss();
const payload = Buffer.alloc(95 * 1024 * 1024, 0x61);
let peak = before;
const timer = setInterval(() => (peak = Math.max(peak, rss())), 50);
const codes = await Promise.all(
  Array.from(
    { length: 12 },
    () =>
      new Promise((resolve) => {
        const ws = new WebSocket(`${url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
        ws.on("open", () => ws.send(payload, () => {}));
        ws.on("close", (code) => resolve(code));
        ws.on("error", () => {});
        setTimeout(() => {
          ws.terminate();
          resolve("open after 20 s");
        }, 20_000);
      }),
  ),
);
await new Promise((r) => setTimeout(r, 1000));
clearInterval(timer);
console.log(
  JSON.stringify({
    serverDir,
    rssBeforeMB: Math.round(before),
    rssPeakMB: Math.round(peak),
    rssAfterMB: Math.round(rss()),
    closeCodes: [...new Set(codes)],
  }),
);
child.kill("SIGTERM");
const at = Date.now();
await new Promise((r) => child.once("exit", r));
console.log(JSON.stringify({ sigtermToExitMs: Date.now() - at }));
rmSync(dataDir, { recursive: true, force: true });
