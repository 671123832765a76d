// Trinnvis holds no patient data: free text that contains a Norwegian national identity number
// (fødselsnummer, D-nummer or H-nummer) is refused, however it is written.
//
// The text is first normalised (NFKC, every Unicode decimal digit to 0–9, invisible format
// characters and combining marks dropped), then cut into runs of digit groups joined by short
// separators (spaces of any kind, tab, one line break, . , - / \ _ and the dashes). Every stretch of
// whole groups that adds up to exactly 11 digits is checked with NAV's validator
// (@navikt/fnrvalidator: both control digits, also the new rule from 2032, and a real birth date).
//
// What keeps ordinary numbers out, besides the control digits and the birth date:
// - a group is never cut: "901019010046" (12 digits) holds no 11-digit number;
// - a stretch of several groups must not begin or end at a tight joint (a lone . , - / between two
//   groups, as in decimals "12,5" or dates): it then belongs to a longer number;
// - a comma before a space ends the run ("12, 15, 9" is a list), and so does a separator of more
//   than three characters or with two line breaks;
// - dates with a four-digit year (15.03.2024, 2024-03-15, 15/3/2024) and year ranges (2019–2024)
//   are whole things of their own and take no part in a stretch;
// - a country code ("+47 22 33 44 55") does not begin a stretch;
// - the stretch must look like one number split up (see writtenAsOneNumber): joints of one kind,
//   or a second kind only after the birth date; split anywhere but after day, month, year or the
//   individual number only when it stands alone, not amid a longer row of numbers.
// Synthetic numbers from Test Norge (month + 80) are fictitious persons and are let through.
import { idnr } from "@navikt/fnrvalidator";

export const NATIONAL_ID_MESSAGE = "Teksten ser ut til å inneholde et fødselsnummer. Trinnvis skal ikke inneholde pasientopplysninger – fjern nummeret.";

/** The kinds of number that identify a real person: fnr, D-nummer, H-nummer (patients without fnr). */
const REFUSED = new Set(["fnr", "dnr", "hnr", "dnr-and-hnr"]);

// ---- normalising ---------------------------------------------------------------------------------

const ND = /\p{Nd}/u;
const digitCache = new Map<number, string>();

/** The ASCII digit of any Unicode decimal digit: they come in runs of ten, 0 to 9 (a Unicode guarantee). */
function asciiDigit(cp: number): string {
  let digit = digitCache.get(cp);
  if (digit === undefined) {
    let start = cp;
    while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
    digit = String((cp - start) % 10);
    digitCache.set(cp, digit);
  }
  return digit;
}

/**
 * The text as digits and plain separators: NFKC (full-width, mathematical and superscript digits,
 * no-break and thin spaces), every other decimal digit (Arabic-Indic, Devanagari …) to 0–9,
 * dashes and minus to "-", and format characters (zero-width spaces and joiners, BOM, soft hyphen,
 * direction marks) and combining marks dropped.
 */
export function normaliseForNationalId(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .normalize("NFKC")
    .replace(/[\p{Cf}\p{Mn}\p{Me}]/gu, "")
    .replace(/[\p{Pd}\u2212\u2796\ufe63]/gu, "-")
    .replace(/[\u2044\u2215\u29f8]/g, "/")
    .replace(/[\u00b7\u2022\u2027\u2219\u22c5\u30fb]/g, ".")
    .replace(/\p{Nd}/gu, (d) => (d >= "0" && d <= "9" ? d : asciiDigit(d.codePointAt(0)!)));
}

// ---- checking one number ---------------------------------------------------------------------------

const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Whether 11 ASCII digits are a valid fnr, D- or H-number (control digits and birth date). */
function refused(digits: string): boolean {
  // A quick look first: the second control digit has one right value, as in the validator.
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += K2_WEIGHTS[i] * (digits.charCodeAt(i) - 48);
  if ((11 - (sum % 11)) % 11 !== digits.charCodeAt(10) - 48) return false;
  const result = idnr(digits);
  return result.status === "valid" && REFUSED.has(result.type);
}

/** Whether exactly 11 digits (after normalising, separators aside) are a valid fnr, D- or H-number. */
export function isNationalIdNumber(candidate: string): boolean {
  const digits = normaliseForNationalId(candidate).replace(/[\s.,\-/\\_]/g, "");
  return /^\d{11}$/.test(digits) && refused(digits);
}

// ---- finding numbers in text -----------------------------------------------------------------------

type Group = {
  digits: string;
  /** The joint to the group before: null at the start of a run. */
  before: Joint | null;
  /** Written right after a "+": a country code. */
  plus: boolean;
  /** Part of a date with a four-digit year or of a year range. */
  whole: boolean;
};
type Joint = { kind: string; tight: boolean };

const SEPARATOR = /^[\s.,\-/\\_]{1,3}$/;

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f\u0085]/g;

function jointBetween(text: string): Joint | null {
  if (!SEPARATOR.test(text)) return null;
  // A comma before a space separates the numbers of a list: "12, 15, 9".
  if (/,\s/.test(text)) return null;
  if ((text.match(LINE_BREAK) ?? []).length > 1) return null;
  // The kind of joint: spaces of any kind are one space, any line break one "\n".
  const kind = text.replace(LINE_BREAK, "\n").replace(/[^\S\n\t]+/g, " ");
  return { kind, tight: !/\s/.test(text) };
}

/** Runs of digit groups joined by short separators. */
function runs(text: string): Group[][] {
  const result: Group[][] = [];
  let run: Group[] = [];
  let end = -1;
  for (const match of text.matchAll(/\d+/g)) {
    const start = match.index!;
    const joint = end < 0 ? null : jointBetween(text.slice(end, start));
    if (!joint && run.length) {
      result.push(run);
      run = [];
    }
    run.push({ digits: match[0], before: run.length ? joint : null, plus: text[start - 1] === "+", whole: false });
    end = start + match[0].length;
  }
  if (run.length) result.push(run);
  return result;
}

const isYear = (g: Group) => /^(19|20)\d\d$/.test(g.digits);
const dayOrMonth = (g: Group) => /^\d{1,2}$/.test(g.digits);

/** Marks dates with a four-digit year (d.m.yyyy, yyyy-m-d, also with / or -) and year ranges. */
function markDatesAndYearRanges(run: Group[]) {
  for (let i = 0; i + 1 < run.length; i++) {
    const [a, b, c] = [run[i], run[i + 1], run[i + 2]];
    const sameTight = c && b.before!.tight && c.before!.tight && b.before!.kind === c.before!.kind && /^[./-]$/.test(b.before!.kind);
    if (sameTight && ((dayOrMonth(a) && dayOrMonth(b) && isYear(c)) || (isYear(a) && dayOrMonth(b) && dayOrMonth(c)))) {
      a.whole = b.whole = c.whole = true;
    } else if (isYear(a) && isYear(b) && /^ ?[-/] ?$/.test(b.before!.kind)) {
      a.whole = b.whole = true;
    }
  }
}

const BREAKS = new Set(["\t", "\n"]);
const NATURAL_CUTS = new Set([2, 4, 6, 9]);

/**
 * Whether groups that add up to 11 digits are written the way one number is split up, not as
 * several numbers in a row (a list, a column, a phone number and something after it):
 * - the joints are all of one kind, or of two kinds where the second begins after the six digits
 *   of the birth date and either goes on to the end (15.03.85 123 63) or stands only there
 *   (1 5 0 3 8 5 - 1 2 3 6 3); a tab or line break stands at most once, unless every joint is one;
 * - split where a fødselsnummer is split (after day, month, year and the individual number:
 *   15 03 85 12363, 150385 123 63) with no tab or line break, the groups count also amid other
 *   numbers; split anywhere else (150 385 123 63, 1 5 0 3 …) or across lines or cells, only when
 *   they stand alone, not in a longer row or column of numbers joined the same way.
 */
function writtenAsOneNumber(run: Group[], first: number, last: number): boolean {
  const groups = run.slice(first, last + 1);
  const kinds = groups.slice(1).map((g) => g.before!.kind);
  const cuts: number[] = [];
  let position = 0;
  for (const g of groups.slice(0, -1)) cuts.push((position += g.digits.length));
  const distinct = [...new Set(kinds)];
  if (distinct.length > 2) return false;
  if (distinct.length === 2) {
    // 15.03.85 123 63: the second kind from the birth date on; 1 5 0 3 8 5 - 1 2 3 6 3: once, there.
    const switchAt = kinds.indexOf(distinct[1]);
    const onlyThere = kinds.lastIndexOf(distinct[1]) === switchAt;
    if (cuts[switchAt] !== 6 || !(onlyThere || kinds.slice(switchAt).every((k) => k === distinct[1]))) return false;
  }
  const breaks = kinds.filter((k) => [...k].some((ch) => BREAKS.has(ch))).length;
  if (distinct.length > 1 && breaks > 1) return false;
  if (breaks === 0 && cuts.every((c) => NATURAL_CUTS.has(c))) return true;
  const before = run[first].before?.kind;
  const after = run[last + 1]?.before?.kind;
  return before !== kinds[0] && after !== kinds[kinds.length - 1];
}

/** Finds a fødselsnummer, D- or H-number anywhere in the text, however it is spaced or written. */
export function containsNationalIdNumber(text: string): boolean {
  for (const run of runs(normaliseForNationalId(text))) {
    markDatesAndYearRanges(run);
    for (let i = 0; i < run.length; i++) {
      // A single group of exactly 11 digits always counts, wherever it stands.
      if (run[i].digits.length === 11) {
        if (refused(run[i].digits)) return true;
        continue;
      }
      // Several groups: not from inside a longer number, not a date, not after a country code.
      if (run[i].whole || run[i].plus || run[i].before?.tight) continue;
      let digits = "";
      for (let j = i; j < run.length && !run[j].whole; j++) {
        digits += run[j].digits;
        if (digits.length > 11) break;
        if (digits.length === 11) {
          const next = run[j + 1];
          if (j > i && !next?.before?.tight && refused(digits) && writtenAsOneNumber(run, i, j)) return true;
          break;
        }
      }
    }
  }
  return false;
}
