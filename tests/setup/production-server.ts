// The production server in a process of its own, for the crash test and the benchmark.
import { spawn, type ChildProcess } from "node:child_process";

export function startProductionServer(options: { databasePath: string; port: number; stderr?: "inherit" | "ignore" }): ChildProcess {
  return spawn("npx", ["tsx", "app/server/serve.ts"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: options.databasePath, PORT: String(options.port) },
    stdio: ["ignore", "ignore", options.stderr ?? "ignore"],
    detached: true, // its own process group: a kill of -pid reaches the node process behind npx
  });
}

export async function waitUntilUp(base: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("Serveren startet ikke");
}

/** Logs in through the form's endpoint and returns the session cookie. */
export async function logInOverHttp(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/logg-inn`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ email, password }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`Innloggingen feilet (${response.status})`);
  return cookie;
}
