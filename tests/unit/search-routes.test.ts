// The search pages as people use them: a member of project 2 never sees project 1's hits, neither
// across their projects nor by asking for project 1's search; hostile text answers 200 with a message.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { loader as searchAll } from "../../app/routes/sok";
import { loader as searchProject } from "../../app/routes/prosjekter.$projectId.sok";
import { EMPTY_SEARCH_MESSAGE } from "../../app/domain/search-query";
import { getAs, responseOf } from "./requests";

type Answer = { answer: { query: string; shortened: boolean; result: null | { ok: false; message: string } | { ok: true; hits: { projectId: number; kind: string }[]; pages: { total: number } } } };
const LEADER_1 = "prosjektleder@trinnvis.test";
const LEADER_2 = "prosjektleder2@trinnvis.test";

async function across(email: string, q: string) {
  const response = await responseOf(async () => searchAll({ request: await getAs(email, `/sok?q=${encodeURIComponent(q)}`), params: {}, context: {} }));
  expect(response.status).toBe(200);
  return ((await response.json()) as Answer).answer;
}

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("search across one's projects", () => {
  it("finds project 1's records for its leader, and nothing of them for project 2's leader", async () => {
    const mine = await across(LEADER_1, "selvhjelpsplan");
    expect(mine.result?.ok && mine.result.hits.length).toBeGreaterThan(0);
    expect(mine.result?.ok && mine.result.hits.every((h) => h.projectId === 1)).toBe(true);
    const theirs = await across(LEADER_2, "selvhjelpsplan");
    expect(theirs.result).toMatchObject({ ok: true, hits: [], pages: { total: 0 } });
  });

  it("gives project 2's leader only project 2's hits for a word both projects use", async () => {
    const answer = await across(LEADER_2, "kommune");
    expect(answer.result?.ok && answer.result.hits.length).toBeGreaterThan(0);
    expect(answer.result?.ok && [...new Set(answer.result.hits.map((h) => h.projectId))]).toEqual([2]);
  });

  it("answers hostile text with hits or a message, never an error", async () => {
    for (const q of ['"', '"selvhjelpsplan', "NEAR(selvhjelpsplan", "selvhjelpsplan OR *", "title:selvhjelpsplan", "(((", "ø".repeat(10_000), "^*:{}"]) {
      const answer = await across(LEADER_1, q);
      expect(answer.result, q.slice(0, 20)).not.toBeNull();
      if (answer.result && !answer.result.ok) expect(answer.result.message).toBe(EMPTY_SEARCH_MESSAGE);
    }
    const long = await across(LEADER_1, `selvhjelpsplan ${"x".repeat(10_000)}`);
    expect(long.shortened).toBe(true);
    expect(long.query.length).toBeLessThanOrEqual(400);
    expect(long.result?.ok).toBe(true);
  });
});

describe("search within a project", () => {
  it("is refused (404) to a member of another project, and finds in one's own", async () => {
    const refused = await responseOf(async () => searchProject({ request: await getAs(LEADER_2, "/prosjekter/1/sok?q=selvhjelpsplan"), params: { projectId: "1" }, context: {} }));
    expect(refused.status).toBe(404);
    const own = await responseOf(async () => searchProject({ request: await getAs(LEADER_1, "/prosjekter/1/sok?q=selvhjelpsplan"), params: { projectId: "1" }, context: {} }));
    const answer = ((await own.json()) as Answer).answer;
    expect(answer.result?.ok && answer.result.hits.length).toBeGreaterThan(0);
  });
});
