import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

const serverDir = path.join(import.meta.dirname, "..", "..");

export interface ServerProcess {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code once the process has exited (null when a signal killed it). */
  exited: Promise<number | null>;
  /** Everything the server logged so far (JSON lines). */
  output: string[];
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<void>;
  /** SIGKILL: the crash case. */
  kill(): Promise<void>;
}

/** Starts the real server (src/main.ts) as its own process on a free port and resolves once it listens. */
export function spawnServer(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<ServerProcess> {
  // `node --import tsx` rather than the tsx CLI: one process, so a kill reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", WEB_DIST: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const output: string[] = [];
  child.stderr!.on("data", (chunk) => output.push(String(chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${output.join("")}`));
    }, timeoutMs);
    const failedToStart = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output.join("")}`));
    };
    child.once("exit", failedToStart);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      output.push(line);
      if (process.env.TEST_SERVER_LOGS) console.log(line);
      let entry: { msg?: string; url?: string };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === "taskgraph listening" && entry.url) {
        clearTimeout(timer);
        child.off("exit", failedToStart);
        resolve({
          url: entry.url,
          process: child,
          exited,
          output,
          stop: async () => {
            child.kill("SIGTERM");
            await exited;
          },
          kill: async () => {
            child.kill("SIGKILL");
            await exited;
          },
        });
      }
    });
  });
}
