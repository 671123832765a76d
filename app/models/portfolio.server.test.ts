// The portfolio's correlated reads: each tiltak's latest evaluation and each measure's latest point are its own.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { dataPoints, measures, tiltak, tiltakEvaluations } from "../../db/schema";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { listMeasureOwnership, listTiltakResponsibility } from "./portfolio.server";

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

describe("portfolio reads", () => {
  it("takes a tiltak's own latest evaluation: stopped only when that one decided to end it", () => {
    const db = getDb();
    const [first, second] = ["Avsluttet tiltak", "Fortsetter"].map((title) => db.insert(tiltak).values({ projectId: 2, title, priority: "prioritert" }).returning().get());
    db.insert(tiltakEvaluations).values({ tiltakId: first.id, date: "2026-01-01", method: "gjennomgang", result: "Virket ikke", decision: "fortsette", nextEvaluationDate: "2026-06-01" }).run();
    db.insert(tiltakEvaluations).values({ tiltakId: first.id, date: "2026-06-01", method: "gjennomgang", result: "Avsluttes", decision: "avslutte" }).run();
    db.insert(tiltakEvaluations).values({ tiltakId: second.id, date: "2026-07-01", method: "gjennomgang", result: "Bra", decision: "fortsette", nextEvaluationDate: "2027-07-01" }).run();
    const rows = new Map(listTiltakResponsibility([2]).map((t) => [t.id, t]));
    expect(rows.get(first.id)?.stopped).toBe(true);
    expect(rows.get(second.id)?.stopped).toBe(false);
  });

  it("gives each measure the date of its own latest point", () => {
    const db = getDb();
    const measure = db.insert(measures).values({ projectId: 2, name: "Egen måling", kind: "antall" }).returning().get();
    db.insert(dataPoints).values([{ measureId: measure.id, date: "2026-03-01", value: 1 }, { measureId: measure.id, date: "2026-05-01", value: 2 }]).run();
    const empty = db.insert(measures).values({ projectId: 2, name: "Uten punkter", kind: "antall" }).returning().get();
    const rows = new Map(listMeasureOwnership([2]).map((m) => [m.id, m]));
    expect(rows.get(measure.id)).toMatchObject({ latestDate: "2026-05-01" });
    expect(rows.get(empty.id)).toMatchObject({ latestDate: null });
  });
});
