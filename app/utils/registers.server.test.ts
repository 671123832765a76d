import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "./content.server";
import {
  findRegisterOrganisation,
  getHealthTrustRegister,
  getMunicipalityRegister,
  healthTrustRegisterSchema,
  listRegisterOrganisations,
  loadRegisters,
  municipalityRegisterSchema,
} from "./registers.server";

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join("content", file), "utf8"));

/** A directory holding both register files, one of them changed by `edit`. */
function registersWith(file: string, edit: (json: any) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-registers-"));
  for (const name of ["municipalities.json", "health-trusts.json"]) {
    const json = readJson(name);
    if (name === file) edit(json);
    fs.writeFileSync(path.join(dir, name), JSON.stringify(json));
  }
  return dir;
}

describe("content/municipalities.json", () => {
  const register = getMunicipalityRegister();
  const municipalities = register.municipalities;
  const byNumber = new Map(municipalities.map((m) => [m.number, m]));
  const countyName = new Map(register.counties.map((c) => [c.number, c.name]));

  it("is SSB's division valid from 1 January 2024: 357 municipalities in 15 counties", () => {
    expect(register.validFrom).toBe("2024-01-01");
    expect(register.source).toMatch(/SSB/);
    expect(municipalities).toHaveLength(357);
    expect(register.counties.map((c) => `${c.number} ${c.name}`)).toEqual([
      "03 Oslo",
      "11 Rogaland",
      "15 Møre og Romsdal",
      "18 Nordland",
      "31 Østfold",
      "32 Akershus",
      "33 Buskerud",
      "34 Innlandet",
      "39 Vestfold",
      "40 Telemark",
      "42 Agder",
      "46 Vestland",
      "50 Trøndelag",
      "55 Troms",
      "56 Finnmark",
    ]);
  });

  it("has unique four-digit numbers, each starting with its county's number", () => {
    const numbers = municipalities.map((m) => m.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const m of municipalities) {
      expect(m.number).toMatch(/^\d{4}$/);
      expect(countyName.has(m.county)).toBe(true);
      expect(m.number.startsWith(m.county)).toBe(true);
    }
    // Every county has municipalities.
    expect(new Set(municipalities.map((m) => m.county)).size).toBe(15);
  });

  it("has unique names within each county", () => {
    const keys = municipalities.map((m) => `${m.county}:${m.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("holds the entries of the 2024 reform", () => {
    const at = (number: string) => {
      const m = byNumber.get(number);
      return m && { name: m.norwegianName ?? m.name, county: countyName.get(m.county) };
    };
    expect(at("5007")).toEqual({ name: "Namsos", county: "Trøndelag" });
    expect(at("0301")).toEqual({ name: "Oslo", county: "Oslo" });
    expect(at("1580")).toEqual({ name: "Haram", county: "Møre og Romsdal" });
    expect(at("1508")).toEqual({ name: "Ålesund", county: "Møre og Romsdal" });
    expect(at("3201")).toEqual({ name: "Bærum", county: "Akershus" });
    expect(at("3101")).toEqual({ name: "Halden", county: "Østfold" });
    expect(at("3301")).toEqual({ name: "Drammen", county: "Buskerud" });
    expect(at("3905")).toEqual({ name: "Tønsberg", county: "Vestfold" });
    expect(at("4003")).toEqual({ name: "Skien", county: "Telemark" });
    expect(at("5501")).toEqual({ name: "Tromsø", county: "Troms" });
    expect(at("5601")).toEqual({ name: "Alta", county: "Finnmark" });
    expect(at("5612")).toEqual({ name: "Kautokeino", county: "Finnmark" });
    // SSB's multilingual forms are kept as SSB gives them.
    expect(byNumber.get("5622")?.name).toBe("Porsanger - Porsángu - Porsanki");
    expect(byNumber.get("5612")?.name).toBe("Guovdageaidnu - Kautokeino");
    // Numbers from before the 2024 reform are gone.
    for (const old of ["1507", "3001", "3024", "3801", "5401", "5444"]) expect(byNumber.has(old)).toBe(false);
  });
});

describe("content/health-trusts.json", () => {
  const register = getHealthTrustRegister();
  const trustsOf = (rhf: string) =>
    register.regionalHealthAuthorities.find((r) => r.name === rhf)?.healthTrusts.map((h) => h.name);

  it("has the four regional health authorities and their health trusts", () => {
    expect(register.regionalHealthAuthorities.map((r) => r.name)).toEqual([
      "Helse Nord RHF",
      "Helse Midt-Norge RHF",
      "Helse Vest RHF",
      "Helse Sør-Øst RHF",
    ]);
    expect(trustsOf("Helse Midt-Norge RHF")).toEqual([
      "St. Olavs hospital HF",
      "Helse Nord-Trøndelag HF",
      "Helse Møre og Romsdal HF",
    ]);
    expect(trustsOf("Helse Nord RHF")).toEqual(
      expect.arrayContaining(["Finnmarkssykehuset HF", "Universitetssykehuset Nord-Norge HF", "Nordlandssykehuset HF", "Helgelandssykehuset HF"]),
    );
    expect(trustsOf("Helse Vest RHF")).toEqual(
      expect.arrayContaining(["Helse Stavanger HF", "Helse Fonna HF", "Helse Bergen HF", "Helse Førde HF"]),
    );
    expect(trustsOf("Helse Sør-Øst RHF")).toEqual(
      expect.arrayContaining([
        "Akershus universitetssykehus HF",
        "Oslo universitetssykehus HF",
        "Sykehuset Innlandet HF",
        "Sykehuset Østfold HF",
        "Sykehuset i Vestfold HF",
        "Sykehuset Telemark HF",
        "Sørlandet sykehus HF",
        "Vestre Viken HF",
        "Sunnaas sykehus HF",
      ]),
    );
  });

  it("gives organisation numbers as nine digits, each once", () => {
    const numbers = register.regionalHealthAuthorities.flatMap((r) => [r.orgNumber, ...r.healthTrusts.map((h) => h.orgNumber)]);
    const present = numbers.filter((n): n is string => n !== undefined);
    for (const n of present) expect(n).toMatch(/^\d{9}$/);
    expect(new Set(present).size).toBe(present.length);
  });
});

describe("register choices", () => {
  const choices = listRegisterOrganisations();

  it("are unique by key and by name, and sorted by name", () => {
    expect(new Set(choices.map((c) => c.key)).size).toBe(choices.length);
    expect(new Set(choices.map((c) => c.name)).size).toBe(choices.length);
    const names = choices.map((c) => c.name);
    expect([...names].sort(new Intl.Collator("nb", { sensitivity: "base", numeric: true }).compare)).toEqual(names);
  });

  it("hold every municipality, RHF and health trust", () => {
    const trusts = getHealthTrustRegister().regionalHealthAuthorities.flatMap((r) => [r, ...r.healthTrusts]);
    expect(choices.filter((c) => c.level === "kommune")).toHaveLength(357);
    expect(choices.filter((c) => c.level === "spesialisthelsetjeneste")).toHaveLength(trusts.length);
  });

  it("name municipalities as the organisation is called", () => {
    expect(findRegisterOrganisation("kommune:5007")).toEqual({
      key: "kommune:5007",
      name: "Namsos kommune",
      level: "kommune",
      region: "Trøndelag",
      number: "5007",
    });
    expect(findRegisterOrganisation("kommune:0301")?.name).toBe("Oslo kommune");
    expect(findRegisterOrganisation("kommune:5612")?.name).toBe("Kautokeino kommune");
    expect(findRegisterOrganisation("kommune:5622")?.name).toBe("Porsanger kommune");
    expect(findRegisterOrganisation("kommune:1826")?.name).toBe("Hattfjelldal kommune");
    expect(findRegisterOrganisation("kommune:1515")?.name).toBe("Herøy kommune (Møre og Romsdal)");
    expect(findRegisterOrganisation("kommune:1818")?.name).toBe("Herøy kommune (Nordland)");
    expect(findRegisterOrganisation("kommune:1580")).toMatchObject({ name: "Haram kommune", region: "Møre og Romsdal" });
  });

  it("place health trusts under their RHF", () => {
    const hnt = choices.find((c) => c.name === "Helse Nord-Trøndelag HF");
    expect(hnt).toMatchObject({ level: "spesialisthelsetjeneste", region: "Helse Midt-Norge RHF" });
    expect(hnt?.key).toMatch(/^hf:/);
    expect(findRegisterOrganisation(hnt!.key)).toEqual(hnt);
    const rhf = choices.find((c) => c.name === "Helse Midt-Norge RHF");
    expect(rhf).toMatchObject({ level: "spesialisthelsetjeneste", region: "Helse Midt-Norge RHF" });
  });

  it("find nothing for an unknown key", () => {
    expect(findRegisterOrganisation("kommune:9999")).toBeNull();
    expect(findRegisterOrganisation("")).toBeNull();
  });
});

describe("register validation", () => {
  it("rejects a municipality file with a number twice", () => {
    const file = readJson("municipalities.json");
    expect(municipalityRegisterSchema.safeParse(file).success).toBe(true);
    file.municipalities.push({ ...file.municipalities.find((m: { number: string }) => m.number === "5007"), name: "Ny kommune" });
    const result = municipalityRegisterSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("\n")).toMatch(/«5007» finnes to ganger/);
  });

  it("rejects a municipality outside its county or in a county that does not exist", () => {
    const wrongCounty = readJson("municipalities.json");
    wrongCounty.municipalities.find((m: { number: string }) => m.number === "5007").county = "55";
    expect(municipalityRegisterSchema.safeParse(wrongCounty).error?.issues[0].message).toMatch(/begynner ikke med/);
    const noCounty = readJson("municipalities.json");
    noCounty.municipalities.push({ number: "9901", name: "Ingen", county: "99" });
    expect(municipalityRegisterSchema.safeParse(noCounty).error?.issues[0].message).toMatch(/finnes ikke/);
  });

  it("rejects organisation numbers that are not nine digits or used twice", () => {
    const shortNumber = readJson("health-trusts.json");
    expect(healthTrustRegisterSchema.safeParse(shortNumber).success).toBe(true);
    shortNumber.regionalHealthAuthorities[0].healthTrusts[0].orgNumber = "12345678";
    expect(healthTrustRegisterSchema.safeParse(shortNumber).success).toBe(false);
    const twice = readJson("health-trusts.json");
    twice.regionalHealthAuthorities[1].healthTrusts[0].orgNumber = twice.regionalHealthAuthorities[0].orgNumber;
    expect(healthTrustRegisterSchema.safeParse(twice).success).toBe(false);
  });

  it("stops loading with a message naming the file and field", () => {
    const dir = registersWith("municipalities.json", (m) => {
      m.municipalities[1].number = m.municipalities[0].number;
    });
    expect(() => loadRegisters(dir)).toThrow(ContentError);
    expect(() => loadRegisters(dir)).toThrow(/municipalities\.json.*\n.*municipalities\.1\.number/);
  });
});
