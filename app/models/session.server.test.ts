import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { SESSION_IDLE_MS, SESSION_TTL_MS } from "../utils/env.server";
import { createSession, getSessionByToken } from "./session.server";
import { getUserByEmail } from "./user.server";

const MINUTE = 60 * 1000;
let userId: number;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
  userId = getUserByEmail("prosjektleder@trinnvis.test")!.id;
});

describe("session timeouts", () => {
  it("ends a session left idle too long", () => {
    const { token } = createSession(userId);
    expect(getSessionByToken(token, Date.now() + SESSION_IDLE_MS + MINUTE)).toBeNull();
    expect(getSessionByToken(token)).toBeNull();
  });

  it("keeps an active session alive past the idle limit, counted from the last request", () => {
    const start = Date.now();
    const { token } = createSession(userId);
    expect(getSessionByToken(token, start + SESSION_IDLE_MS - 5 * MINUTE)).not.toBeNull();
    expect(getSessionByToken(token, start + 2 * SESSION_IDLE_MS - 10 * MINUTE)).not.toBeNull();
  });

  it("ends every session at its absolute limit, however active", () => {
    const start = Date.now();
    const { token } = createSession(userId);
    for (let t = start; t < start + SESSION_TTL_MS; t += SESSION_IDLE_MS / 2) expect(getSessionByToken(token, t)).not.toBeNull();
    expect(getSessionByToken(token, start + SESSION_TTL_MS + MINUTE)).toBeNull();
  });
});
