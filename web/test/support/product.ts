import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

// The built product (web/dist served by the real server, `pnpm start`) on its own port and data directory,
// and Debian's Chromium driven by playwright-core: what every end-to-end suite runs against.
const root = path.resolve(import.meta.dirname, "..", "..", "..");
/** Screenshots for a person to look at after a run. */
export const shots = path.resolve(import.meta.dirname, "..", "..", "test-output");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

// `pnpm start` compiles the server before it listens: allow for that on a busy 2-core machine.
async function waitForHealth(url: string, ms = 200_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not become healthy");
}

export interface Product {
  /** http://127.0.0.1:<port> */
  readonly base: string;
  readonly browser: Browser;
  /** A GraphQL request over HTTP; throws on errors. Tests read the data loosely, as the server's own tests do. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Signs up through the API and answers the session token. */
  signUpViaApi(name: string, email: string): Promise<string>;
  /** A browser context already signed in with `token` (as a reload after sign-in would be). */
  signedInPage(token: string, width: number, height?: number): Promise<{ context: BrowserContext; page: Page }>;
}

/** Starts the product and the browser before the suite's tests and stops both after them. */
export function builtProduct(): Product {
  let server: ChildProcess | undefined;
  let dataDir = "";
  let base = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    dataDir = mkdtempSync(path.join(tmpdir(), "taskgraph-e2e-"));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn("pnpm", ["--filter", "@taskgraph/server", "start"], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn" },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true, // own process group, so pnpm, tsc and node all stop together
    });
    await waitForHealth(base);
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {}
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const product: Product = {
    get base() {
      return base;
    },
    get browser() {
      if (!browser) throw new Error("the browser starts in beforeAll");
      return browser;
    },
    async gql(query, variables = {}, token) {
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async signUpViaApi(name, email) {
      const d = await product.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
        input: { name, email, password: "correct-horse-battery" },
      });
      return d.signUp.token as string;
    },
    async signedInPage(token, width, height = 860) {
      const context = await product.browser.newContext({ viewport: { width, height } });
      await context.addInitScript((t) => localStorage.setItem("taskgraph.token", t), token);
      return { context, page: await context.newPage() };
    },
  };
  return product;
}
