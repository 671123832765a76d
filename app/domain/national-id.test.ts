import { describe, expect, it } from "vitest";
import { idnr } from "@navikt/fnrvalidator";
import { optionalText, requiredText } from "../utils/schemas";
import { containsNationalIdNumber, isNationalIdNumber, NATIONAL_ID_MESSAGE, normaliseForNationalId } from "./national-id";

// A synthetic number for a fictitious person born 01.01.1990: control digits 4 and 6 by mod 11.
const VALID = "01019010046";

/** The control digit by mod 11, or null where the rest gives 10 (no number with these digits). */
function control(digits: string, weights: number[]): string | null {
  const rest = 11 - ([...digits].reduce((sum, d, i) => sum + Number(d) * weights[i], 0) % 11);
  return rest === 11 ? "0" : rest === 10 ? null : String(rest);
}

/** A valid number for a birth date: D-number adds 40 to the day, H-number 40 to the month. */
function generate(day: number, month: number, year: number, kind: "fnr" | "dnr" | "hnr" | "tnr"): string {
  const dd = String(day + (kind === "dnr" ? 40 : 0)).padStart(2, "0");
  const mm = String(month + (kind === "hnr" ? 40 : kind === "tnr" ? 80 : 0)).padStart(2, "0");
  for (let individual = 100; ; individual += 37) {
    const nine = `${dd}${mm}${String(year % 100).padStart(2, "0")}${individual}`;
    const k1 = control(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = k1 && control(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k1 && k2) return nine + k1 + k2;
  }
}

const NUMBERS = [
  VALID,
  "15038512363",
  generate(15, 3, 1985, "fnr"),
  generate(1, 12, 2004, "fnr"),
  generate(29, 2, 1976, "fnr"),
  generate(31, 7, 1952, "fnr"),
  generate(9, 11, 2021, "fnr"),
  generate(15, 3, 1985, "dnr"),
  generate(1, 1, 1990, "dnr"),
  generate(28, 9, 1969, "dnr"),
  generate(12, 5, 2001, "hnr"),
];

const toDigits = (s: string, zero: number) => s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

/** Every way of writing the number that a tester got through before. */
const FORMATS: Record<string, (n: string) => string> = {
  "as it is": (n) => n,
  "dd mm yy nnnnn": (n) => `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
  "dd.mm.yy nnnnn": (n) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)} ${n.slice(6)}`,
  "dd.mm.yy-nnnnn": (n) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6)}`,
  "dd.mm.yy.nnnnn": (n) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}.${n.slice(6)}`,
  "dd-mm-yy nnnnn": (n) => `${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4, 6)} ${n.slice(6)}`,
  "dd.mm.yy nnn nn": (n) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
  "dd. mm. yy nnnnn": (n) => `${n.slice(0, 2)}. ${n.slice(2, 4)}. ${n.slice(4, 6)} ${n.slice(6)}`,
  "ddmmyy nnn nn": (n) => `${n.slice(0, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
  "ddmmyy nnnnn": (n) => `${n.slice(0, 6)} ${n.slice(6)}`,
  "ddmmyy  nnnnn (two spaces)": (n) => `${n.slice(0, 6)}  ${n.slice(6)}`,
  "ddmmyy-nnnnn": (n) => `${n.slice(0, 6)}-${n.slice(6)}`,
  "ddmmyy–nnnnn (en dash)": (n) => `${n.slice(0, 6)}\u2013${n.slice(6)}`,
  "ddmmyy‑nnnnn (non-breaking hyphen)": (n) => `${n.slice(0, 6)}\u2011${n.slice(6)}`,
  "no-break space": (n) => `${n.slice(0, 6)}\u00a0${n.slice(6)}`,
  "thin space": (n) => `${n.slice(0, 6)}\u2009${n.slice(6)}`,
  "narrow no-break space": (n) => `${n.slice(0, 2)}\u202f${n.slice(2, 4)}\u202f${n.slice(4, 6)}\u202f${n.slice(6)}`,
  "ideographic space": (n) => `${n.slice(0, 6)}\u3000${n.slice(6)}`,
  "newline": (n) => `${n.slice(0, 6)}\n${n.slice(6)}`,
  "CRLF": (n) => `${n.slice(0, 6)}\r\n${n.slice(6)}`,
  "dd.mm.yy newline nnnnn": (n) => `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}\n${n.slice(6)}`,
  "one digit a line": (n) => [...n].join("\n"),
  "tab": (n) => `${n.slice(0, 6)}\t${n.slice(6)}`,
  "slashes dd/mm/yy/nnnnn": (n) => `${n.slice(0, 2)}/${n.slice(2, 4)}/${n.slice(4, 6)}/${n.slice(6)}`,
  "slashes dd/mm/yy nnnnn": (n) => `${n.slice(0, 2)}/${n.slice(2, 4)}/${n.slice(4, 6)} ${n.slice(6)}`,
  "ddmmyy/nnnnn": (n) => `${n.slice(0, 6)}/${n.slice(6)}`,
  "groups of four": (n) => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`,
  "groups of three": (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
  "groups of two": (n) => n.replace(/(\d\d)(?=\d)/g, "$1 "),
  "every digit spaced": (n) => [...n].join(" "),
  "every digit spaced, a dash after the birth date": (n) => `${[...n.slice(0, 6)].join(" ")} - ${[...n.slice(6)].join(" ")}`,
  "dd mm yy - nnnnn": (n) => `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} - ${n.slice(6)}`,
  "every digit dotted": (n) => [...n].join("."),
  "every digit with a no-break space": (n) => [...n].join("\u00a0"),
  "zero-width space": (n) => [...n].join("\u200b"),
  "zero-width non-joiner": (n) => `${n.slice(0, 5)}\u200c${n.slice(5)}`,
  "zero-width joiner": (n) => `${n.slice(0, 3)}\u200d${n.slice(3, 8)}\u200d${n.slice(8)}`,
  "byte order mark": (n) => `\ufeff${n.slice(0, 6)}\ufeff${n.slice(6)}`,
  "soft hyphen and word joiner": (n) => `${n.slice(0, 6)}\u00ad${n.slice(6, 8)}\u2060${n.slice(8)}`,
  "zero-width inside a spaced form": (n) => `${n.slice(0, 2)}.\u200b${n.slice(2, 4)}.${n.slice(4, 6)} \u200b${n.slice(6)}`,
  "full-width digits": (n) => toDigits(n, 0xff10),
  "full-width with full-width space": (n) => toDigits(`${n.slice(0, 6)}\u3000${n.slice(6)}`, 0xff10),
  "Arabic-Indic digits": (n) => toDigits(n, 0x0660),
  "Extended Arabic-Indic digits": (n) => toDigits(n, 0x06f0),
  "Arabic-Indic, spaced": (n) => toDigits(`${n.slice(0, 6)} ${n.slice(6)}`, 0x0660),
  "Devanagari digits": (n) => toDigits(n, 0x0966),
  "Bengali digits": (n) => toDigits(n, 0x09e6),
  "Thai digits": (n) => toDigits(n, 0x0e50),
  "Tibetan digits": (n) => toDigits(n, 0x0f20),
  "Myanmar digits": (n) => toDigits(n, 0x1040),
  "N'Ko digits": (n) => toDigits(n, 0x07c0),
  "Adlam digits (astral)": (n) => toDigits(n, 0x1e950),
  "mathematical bold digits": (n) => toDigits(n, 0x1d7ce),
  "mathematical monospace digits": (n) => toDigits(n, 0x1d7f6),
  "mixed scripts": (n) => toDigits(n.slice(0, 4), 0xff10) + toDigits(n.slice(4, 8), 0x0660) + n.slice(8),
  "superscript digits": (n) => n.replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]),
  "combining marks on the digits": (n) => [...n].map((d) => d + "\u0332").join(""),
  "split unevenly, standing alone": (n) => `Nr. ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7, 9)} ${n.slice(9)} ble brukt`,
  "split unevenly with dots": (n) => `${n.slice(0, 1)}.${n.slice(1, 5)}.${n.slice(5, 8)}.${n.slice(8)}`,
  "followed by another number": (n) => `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)} 42 år`,
  "after a number": (n) => `rom 12 ${n.slice(0, 6)} ${n.slice(6)}`,
  "in a sentence": (n) => `Pasienten (fnr. ${n.slice(0, 6)} ${n.slice(6)}) ble henvist.`,
  "right after a word": (n) => `fnr:${n}`,
  "glued to letters": (n) => `ID${n}abc`,
  "in a pasted table row": (n) => `Ola Nordmann\t${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)} ${n.slice(6)}\t40`,
  "after a date with a four-digit year": (n) => `15.03.2024 ${n}`,
};

describe("national identity numbers", () => {
  it("takes fnr, D- and H-numbers as valid when both control digits and the birth date hold, and nothing else", () => {
    expect(isNationalIdNumber(VALID)).toBe(true);
    expect(isNationalIdNumber("01019010047")).toBe(false);
    expect(isNationalIdNumber("01019010056")).toBe(false);
    expect(isNationalIdNumber("0101901004")).toBe(false);
    expect(isNationalIdNumber("010190100461")).toBe(false);
    expect(NUMBERS.map((n) => idnr(n).status)).toEqual(NUMBERS.map(() => "valid"));
    for (const n of NUMBERS) expect(isNationalIdNumber(n), n).toBe(true);
    expect(idnr(generate(15, 3, 1985, "dnr"))).toEqual({ status: "valid", type: "dnr" });
    expect(idnr(generate(12, 5, 2001, "hnr"))).toEqual({ status: "valid", type: "hnr" });
    // Control digits right, birth date impossible (31 February).
    const nine = "310285123";
    const k1 = control(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2])!;
    expect(isNationalIdNumber(nine + k1 + control(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))).toBe(false);
  });

  it("lets through synthetic numbers from Test Norge (month + 80): they belong to no one", () => {
    const synthetic = generate(15, 3, 1985, "tnr");
    expect(idnr(synthetic)).toEqual({ status: "valid", type: "tnr" });
    expect(isNationalIdNumber(synthetic)).toBe(false);
  });

  it("normalises every kind of decimal digit and drops invisible characters", () => {
    expect(normaliseForNationalId("\uff11\uff15\u0660\u0669\u06f5\u0966\u0e59\u{1d7d7}\u{1e950}")).toBe("150950990");
    expect(normaliseForNationalId("1\u200b2\u200c3\u200d4\ufeff5\u00ad6")).toBe("123456");
    expect(normaliseForNationalId("1\u00a02\u20093\u202f4")).toBe("1 2 3 4");
  });

  for (const [name, write] of Object.entries(FORMATS)) {
    it(`finds every number written ${name}`, () => {
      for (const n of NUMBERS) expect(containsNationalIdNumber(write(n)), JSON.stringify(write(n))).toBe(true);
    });
  }

  it("does not take a number inside a longer run of digits", () => {
    expect(containsNationalIdNumber(`Saksnummer 9${VALID}`)).toBe(false);
    expect(containsNationalIdNumber(`${VALID}0`)).toBe(false);
    expect(containsNationalIdNumber(`1${VALID.slice(0, 6)} ${VALID.slice(6)}`)).toBe(false);
    expect(containsNationalIdNumber("Telefon 74 21 50 00, 338 pasienter kartlagt i 2010")).toBe(false);
  });

  const ORDINARY = [
    "Telefon 22 33 44 55",
    "Ring +47 22 33 44 55 eller +47 915 03 851",
    "+4791503851",
    "0047 22 33 44 55",
    "Mobil 915 03 851, sentralbord 74 09 80 00",
    "Tlf. 22 33 44 55 / 41 23 45 67",
    "Org.nr. 974 760 673",
    "NO 974 760 673 MVA, org.nr 974760673",
    "Født 15.03.1985",
    "Møtet er 15.03.2024 kl. 12.30",
    "Frist 2024-03-15, neste 2024-04-15",
    "15/3/2024 og 1/12/2023",
    "Budsjett 1 234 567,89 kr",
    "Kostnad kr 12 345 678,- og 98 765 432,10",
    "Perioden 2019–2024",
    "2001-2011 100 deltakere",
    "Skoleåret 2023/2024, 2023/24",
    "Pi er 3,14159265358979",
    "0.123456789 og 12,5",
    "Kontonummer 1234.56.78903",
    "Konto 1234 56 78903",
    "Blodtrykk 120/80 mmHg, puls 72",
    "HbA1c 48 mmol/mol, vekt 82,5 kg, høyde 178 cm",
    "Temperatur 37,5 °C, 38,2 °C og 36,9 °C",
    "uke 12: 34 av 56",
    "Uke 12: 34 av 56 pasienter, uke 13: 40 av 61",
    "15.03.2024;12;40",
    "15.03.2024;12;40\n16.03.2024;13;41\n17.03.2024;14;42",
    "15.03.2024\t12\t40\n16.03.2024\t13\t41",
    "dato,teller,nevner\n2024-03-15,12,40\n2024-03-16,13,41",
    "Verdier per måned: 12, 15, 9, 22, 18, 30, 27, 31",
    "45,3 % av 1 204 pasienter",
    "Kl 08.00–15.30, 2 t 30 min",
    "Postnummer 7600 Levanger, 0150 Oslo",
    "Versjon 2.17.5 av 12.03.2024",
    "ICD-10 F32.1 og F41.0",
    "ISBN 978-82-02-12345-6",
    "Saksnummer 2024/12345-3",
    "Tidspunkt 2024-03-15T12:30:00Z",
    "Antall: 1 2 3 4 5 6 7 8 9 10",
    "Per uke 12 15 9 22 18 30 27 31 40",
    "Verdier\n49\n5195\n712\n76\n35\n531\n992\n459",
    "Målinger 241 0 1270 919 9 1 63 1",
    "Ventetid 12–14 uker i 2023, 8–10 uker i 2024",
    "Innbyggertall 4 567 890 i 2020 og 5 550 203 i 2024",
    "Ref. 15.03.2024-12-40",
    "Rad 1: 15.03.2024 123 pasienter",
    "Tabell\n2020\t1204\t15,3\n2021\t1250\t16,1\n2022\t1302\t17,4",
    "Fra 01.01.2023 til 31.12.2023: 4 512 henvisninger",
    "Et tall med mange sifre: 150385123631234",
    "1234567890",
    "12345678901",
  ];

  it(`takes none of ${ORDINARY.length} ordinary numbers and texts for a national id`, () => {
    expect(ORDINARY.filter((text) => containsNationalIdNumber(text))).toEqual([]);
  });

  it("is refused in every free-text field through the form schemas, with the Norwegian message", () => {
    for (const n of NUMBERS) {
      for (const text of [`Pasient ${n}`, `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)} ${n.slice(6)}`, toDigits(n, 0x0660), [...n].join("\u200b")]) {
        const required = requiredText("Navn", 500).safeParse(text);
        expect(required.success).toBe(false);
        expect(required.error?.issues.map((i) => i.message)).toEqual([NATIONAL_ID_MESSAGE]);
        const optional = optionalText("Merknad", 500).safeParse(text);
        expect(optional.success).toBe(false);
        expect(optional.error?.issues.map((i) => i.message)).toEqual([NATIONAL_ID_MESSAGE]);
      }
    }
    for (const text of ORDINARY) {
      expect(requiredText("Navn", 500).safeParse(text).success, text).toBe(true);
      expect(optionalText("Merknad", 500).safeParse(text)).toEqual({ success: true, data: text });
    }
  });
});
