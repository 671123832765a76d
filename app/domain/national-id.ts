// Trinnvis holds no patient data: free text that looks like a Norwegian national identity number
// (fødselsnummer or D-nummer: 11 digits whose two control digits pass the mod-11 check) is refused.

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function controlDigit(digits: number[], weights: number[]): number | null {
  const rest = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i], 0) % 11);
  if (rest === 11) return 0;
  return rest === 10 ? null : rest;
}

/** Whether 11 digits pass both mod-11 control digits. */
export function isNationalIdNumber(candidate: string): boolean {
  if (!/^\d{11}$/.test(candidate)) return false;
  const d = [...candidate].map(Number);
  return controlDigit(d, K1) === d[9] && controlDigit(d, K2) === d[10];
}

/** Finds 11 digits in a row (also written "ddmmyy nnnnn") that pass the check, not inside a longer number. */
export function containsNationalIdNumber(text: string): boolean {
  for (const match of text.matchAll(/(?<!\d)(\d{6})[ .-]?(\d{5})(?!\d)/g)) {
    if (isNationalIdNumber(match[1] + match[2])) return true;
  }
  return false;
}

export const NATIONAL_ID_MESSAGE = "Teksten ser ut til å inneholde et fødselsnummer. Trinnvis skal ikke inneholde pasientopplysninger – fjern nummeret.";
