import path from "node:path";
import { z } from "zod";
import { checkOrgNumber } from "../domain/org-number";
import { ContentError, readContentFile } from "./content.server";

// Norway's official registers, shipped as content files: the municipalities (SSB's Standard for
// kommuneinndeling) in content/municipalities.json, and the regional health authorities with
// their health trusts in content/health-trusts.json. Read and validated once per process.

const MUNICIPALITIES_FILE = "municipalities.json";
const HEALTH_TRUSTS_FILE = "health-trusts.json";

const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dato må skrives ÅÅÅÅ-MM-DD");
const countyNumber = z.string().regex(/^\d{2}$/, "fylkesnummer må være to sifre");
const municipalityNumber = z.string().regex(/^\d{4}$/, "kommunenummer må være fire sifre");

const orgNumber = z
  .string()
  .regex(/^\d{9}$/, "organisasjonsnummer må være ni sifre")
  .refine((value) => checkOrgNumber(value).ok, "organisasjonsnummeret har feil kontrollsiffer");

/** The parts of a multilingual municipality name as SSB writes it: "Guovdageaidnu - Kautokeino". */
function nameParts(name: string): string[] {
  return name.split(" - ").map((part) => part.trim());
}

/** Reports every value that occurs more than once, at the path of its second occurrence. */
function requireUnique(ctx: z.RefinementCtx, values: string[], pathOf: (index: number) => (string | number)[], what: string) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: pathOf(index), message: `${what} «${value}» finnes to ganger` });
    seen.add(value);
  });
}

export const municipalityRegisterSchema = z
  .object({
    version: z.number().int().positive(),
    source: text,
    validFrom: isoDate,
    retrieved: isoDate,
    counties: z.array(z.object({ number: countyNumber, name: text }).strict()).min(1),
    municipalities: z
      .array(
        z
          .object({
            number: municipalityNumber,
            /** The name as SSB gives it, e.g. "Namsos - Nåavmesjenjaelmie" or "Herøy (Nordland)". */
            name: text,
            county: countyNumber,
            /** For a multilingual name: its Norwegian part, e.g. "Kautokeino" for "Guovdageaidnu - Kautokeino". */
            norwegianName: text.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .superRefine((file, ctx) => {
    requireUnique(ctx, file.counties.map((c) => c.number), (i) => ["counties", i, "number"], "fylkesnummeret");
    requireUnique(ctx, file.counties.map((c) => c.name), (i) => ["counties", i, "name"], "fylkesnavnet");
    requireUnique(ctx, file.municipalities.map((m) => m.number), (i) => ["municipalities", i, "number"], "kommunenummeret");
    const counties = new Set(file.counties.map((c) => c.number));
    const namesInCounty = new Set<string>();
    file.municipalities.forEach((m, i) => {
      const at = (field: string) => ["municipalities", i, field];
      if (!counties.has(m.county)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: at("county"), message: `fylket «${m.county}» finnes ikke i counties` });
      }
      if (!m.number.startsWith(m.county)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: at("number"),
          message: `kommunenummeret «${m.number}» begynner ikke med fylkesnummeret «${m.county}»`,
        });
      }
      const nameKey = `${m.county}:${m.name}`;
      if (namesInCounty.has(nameKey)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: at("name"), message: `kommunenavnet «${m.name}» finnes to ganger i fylket` });
      }
      namesInCounty.add(nameKey);
      const parts = nameParts(m.name.replace(/\s*\([^)]*\)$/, ""));
      if (parts.length > 1 && !m.norwegianName) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: at("norwegianName"), message: "flerspråklige kommunenavn må ha norwegianName" });
      }
      if (m.norwegianName && !parts.includes(m.norwegianName)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: at("norwegianName"),
          message: `«${m.norwegianName}» er ikke en del av kommunenavnet «${m.name}»`,
        });
      }
    });
  });

const organisation = { name: text, orgNumber: orgNumber.optional() };

export const healthTrustRegisterSchema = z
  .object({
    version: z.number().int().positive(),
    source: text,
    validFrom: isoDate,
    retrieved: isoDate,
    regionalHealthAuthorities: z
      .array(z.object({ ...organisation, healthTrusts: z.array(z.object(organisation).strict()).min(1) }).strict())
      .min(1),
  })
  .superRefine((file, ctx) => {
    const all = file.regionalHealthAuthorities.flatMap((rhf, r) => [
      { ...rhf, path: ["regionalHealthAuthorities", r] },
      ...rhf.healthTrusts.map((hf, h) => ({ ...hf, path: ["regionalHealthAuthorities", r, "healthTrusts", h] })),
    ]);
    requireUnique(ctx, all.map((o) => o.name), (i) => [...all[i].path, "name"], "navnet");
    const numbered = all.filter((o) => o.orgNumber !== undefined);
    requireUnique(ctx, numbered.map((o) => o.orgNumber as string), (i) => [...numbered[i].path, "orgNumber"], "organisasjonsnummeret");
  });

export type MunicipalityRegister = z.infer<typeof municipalityRegisterSchema>;
export type HealthTrustRegister = z.infer<typeof healthTrustRegisterSchema>;

/** One choice in a project leader's "pick from the register" field. */
export type RegisterOrganisation = {
  /** Stable: "kommune:5007", "hf:<orgNumber or slug>", "rhf:<orgNumber or slug>". */
  key: string;
  /** As people name the organisation: "Namsos kommune", "Helse Nord-Trøndelag HF". */
  name: string;
  level: "kommune" | "spesialisthelsetjeneste";
  /** The county of a municipality; the regional health authority of a health trust (an RHF's own name). */
  region: string;
  /** Kommunenummer, for municipalities. */
  number?: string;
  orgNumber?: string;
};


/** "Namsos kommune" for "Namsos - Nåavmesjenjaelmie"; "Herøy kommune (Nordland)" for "Herøy (Nordland)". */
export function municipalityOrganisationName(municipality: MunicipalityRegister["municipalities"][number]): string {
  const match = /^(.*?)(?:\s*\(([^)]*)\))?$/.exec(municipality.name.trim());
  const base = match?.[1] ?? municipality.name;
  const qualifier = match?.[2];
  const norwegian = municipality.norwegianName ?? nameParts(base)[0];
  return `${norwegian} kommune${qualifier ? ` (${qualifier})` : ""}`;
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const collator = new Intl.Collator("nb", { sensitivity: "base", numeric: true });

function organisationsFrom(municipalities: MunicipalityRegister, healthTrusts: HealthTrustRegister): RegisterOrganisation[] {
  const countyName = new Map(municipalities.counties.map((c) => [c.number, c.name]));
  const choices: RegisterOrganisation[] = municipalities.municipalities.map((m) => ({
    key: `kommune:${m.number}`,
    name: municipalityOrganisationName(m),
    level: "kommune",
    region: countyName.get(m.county) ?? m.county,
    number: m.number,
  }));
  for (const rhf of healthTrusts.regionalHealthAuthorities) {
    choices.push({
      key: `rhf:${rhf.orgNumber ?? slugify(rhf.name)}`,
      name: rhf.name,
      level: "spesialisthelsetjeneste",
      region: rhf.name,
      ...(rhf.orgNumber ? { orgNumber: rhf.orgNumber } : {}),
    });
    for (const hf of rhf.healthTrusts) {
      choices.push({
        key: `hf:${hf.orgNumber ?? slugify(hf.name)}`,
        name: hf.name,
        level: "spesialisthelsetjeneste",
        region: rhf.name,
        ...(hf.orgNumber ? { orgNumber: hf.orgNumber } : {}),
      });
    }
  }
  for (const [what, values] of [
    ["nøkkelen", choices.map((c) => c.key)],
    ["navnet", choices.map((c) => c.name)],
  ] as const) {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) throw new ContentError(`Registrene gir valget med ${what} «${value}» to ganger`);
      seen.add(value);
    }
  }
  return choices
    .sort((a, b) => collator.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((c) => Object.freeze(c));
}

export type Registers = {
  municipalities: MunicipalityRegister;
  healthTrusts: HealthTrustRegister;
  /** Every municipality, RHF and health trust as a choice, sorted by name. */
  organisations: RegisterOrganisation[];
};

/** Reads and validates both register files in `dir`. Throws ContentError naming the file and field. */
export function loadRegisters(dir = path.resolve(process.env.CONTENT_DIR || "content")): Registers {
  const municipalities = readContentFile(dir, MUNICIPALITIES_FILE, municipalityRegisterSchema);
  const healthTrusts = readContentFile(dir, HEALTH_TRUSTS_FILE, healthTrustRegisterSchema);
  return { municipalities, healthTrusts, organisations: organisationsFrom(municipalities, healthTrusts) };
}

let cached: (Registers & { byKey: Map<string, RegisterOrganisation> }) | undefined;

function registers() {
  if (!cached) {
    const loaded = loadRegisters(path.resolve(process.env.CONTENT_DIR || "content"));
    cached = { ...loaded, byKey: new Map(loaded.organisations.map((o) => [o.key, o])) };
  }
  return cached;
}

/** content/municipalities.json, read and validated once per process. */
export function getMunicipalityRegister(): MunicipalityRegister {
  return registers().municipalities;
}

/** content/health-trusts.json, read and validated once per process. */
export function getHealthTrustRegister(): HealthTrustRegister {
  return registers().healthTrusts;
}

/** Every municipality ("Namsos kommune"), RHF and health trust as a choice, sorted by name. */
export function listRegisterOrganisations(): RegisterOrganisation[] {
  return [...registers().organisations];
}

/** The choice with this key ("kommune:5007", "hf:983974791"), or null. */
export function findRegisterOrganisation(key: string): RegisterOrganisation | null {
  return registers().byKey.get(key) ?? null;
}
