// Organisasjonsnummer: nine digits, the last a mod-11 control digit over the first eight
// with the weights 3 2 7 6 5 4 3 2 (Brønnøysundregistrene). A remainder giving 10 is never issued.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** The number as nine digits, with the spaces people write between groups removed; null if it is not nine digits. */
export function normaliseOrgNumber(input: string): string | null {
  const digits = input.replace(/[\s\u00a0\u202f.]/g, "");
  return /^\d{9}$/.test(digits) ? digits : null;
}

export function orgNumberControlDigit(firstEight: string): number | null {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(firstEight[i]), 0);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  return control === 10 ? null : control;
}

export type OrgNumberCheck = { ok: true; value: string } | { ok: false; reason: "format" | "control" };

export function checkOrgNumber(input: string): OrgNumberCheck {
  const value = normaliseOrgNumber(input);
  if (!value) return { ok: false, reason: "format" };
  const control = orgNumberControlDigit(value.slice(0, 8));
  return control !== null && control === Number(value[8]) ? { ok: true, value } : { ok: false, reason: "control" };
}
