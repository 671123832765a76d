// Numbers as they are written in Norway, read the same way everywhere: in forms, pasted data and
// files. A decimal comma or point ("12,5", "12.5"), spaces between thousands ("1 234", also no-break
// and thin spaces), and the minus sign "−" as well as "-". Finite and within ±10¹², or refused.

export const MAX_NUMBER = 1e12;
export const TOO_LARGE = "Tallet er for stort (høyst 1 000 000 000 000)";
export const withinRange = (n: number) => Number.isFinite(n) && Math.abs(n) <= MAX_NUMBER;

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
const MINUS = /[\u2212\u2013]/g;
const DECIMAL = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/;

export type DecimalResult = number | null | { error: "not_a_number" | "too_large" };

/** The number in a typed text or a spreadsheet cell; null for nothing at all. */
export function readDecimal(input: string | number | null | undefined): DecimalResult {
  if (input == null) return null;
  if (typeof input === "number") return withinRange(input) ? input : { error: "too_large" };
  const text = input.trim().replace(SPACES, "").replace(MINUS, "-");
  if (!text) return null;
  if (!DECIMAL.test(text)) return { error: "not_a_number" };
  const n = Number(text.replace(",", "."));
  return withinRange(n) ? n : { error: "too_large" };
}
