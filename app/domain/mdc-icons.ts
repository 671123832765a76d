// The Making Data Count icons as our own SVG, after NHS England's published meanings: a variation
// icon (common cause; special cause improving, concerning or neutral, high "H" or low "L") and an
// assurance icon (pass "P", fail "F", hit and miss "?"). One drawing serves the pages (inline), the
// print view and the Word file (rasterised). Pure.
import { MEANING_STYLE } from "./chart-model";
import { ASSURANCE_ICON_TEXT, VARIATION_ICON_TEXT } from "./chart-verdict";
import type { AssuranceIcon, VariationIcon } from "./spc";

export type MdcIcon = VariationIcon | AssuranceIcon;

export const MDC_ICON_TEXT: Record<MdcIcon, string> = { ...VARIATION_ICON_TEXT, ...ASSURANCE_ICON_TEXT };

const GREY = MEANING_STYLE.common.colour;
const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

function colourOf(icon: MdcIcon): string {
  if (icon.startsWith("improvement") || icon === "pass") return MEANING_STYLE.improvement.colour;
  if (icon.startsWith("concern") || icon === "fail") return MEANING_STYLE.concern.colour;
  if (icon.startsWith("neutral")) return MEANING_STYLE.neutral.colour;
  return GREY;
}

const dots = (points: [number, number][], colours: string[]) =>
  `<polyline points="${points.map(([x, y]) => `${x},${y}`).join(" ")}" fill="none" stroke="${GREY}" stroke-width="2"/>` +
  points.map(([x, y], i) => `<circle cx="${x}" cy="${y}" r="4.5" fill="${colours[i]}"/>`).join("");

/** The icon's inner drawing on a 100 × 100 canvas. */
function drawing(icon: MdcIcon, colour: string): string {
  const xs = [22, 31, 40, 49, 58, 67, 76];
  if (icon === "common_cause") return dots(xs.map((x, i) => [x, [60, 52, 64, 55, 62, 50, 58][i]]), xs.map(() => GREY));
  if (icon === "pass" || icon === "fail" || icon === "inconsistent") {
    const letter = icon === "pass" ? "P" : icon === "fail" ? "F" : "?";
    return (
      `<line x1="18" y1="70" x2="82" y2="70" stroke="${colour}" stroke-width="3" stroke-dasharray="6 4"/>` +
      `<text x="50" y="58" text-anchor="middle" font-family="${FONT}" font-size="42" font-weight="bold" fill="${colour}">${letter}</text>`
    );
  }
  const high = icon.endsWith("_high");
  const ys = high ? [66, 62, 67, 63, 48, 44, 40] : [34, 38, 33, 37, 52, 56, 60];
  const letterY = high ? 82 : 30;
  return (
    dots(
      xs.map((x, i) => [x, ys[i]]),
      xs.map((_, i) => (i >= 4 ? colour : GREY)),
    ) + `<text x="50" y="${letterY}" text-anchor="middle" font-family="${FONT}" font-size="24" font-weight="bold" fill="${colour}">${high ? "H" : "L"}</text>`
  );
}

/**
 * The icon as a standalone SVG. `labelled` gives it role="img" and its Norwegian name (for a picture
 * on its own, as in Word); inline on a page the wrapper carries the name and the SVG is hidden.
 */
export function mdcIconSvg(icon: MdcIcon, { size = 40, labelled = false }: { size?: number; labelled?: boolean } = {}): string {
  const colour = colourOf(icon);
  const name = MDC_ICON_TEXT[icon];
  const a11y = labelled ? `role="img" aria-label="${name}"` : `aria-hidden="true" focusable="false"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100" ${a11y}>` +
    `<circle cx="50" cy="50" r="45" fill="#ffffff" stroke="${colour}" stroke-width="7"/>` +
    drawing(icon, colour) +
    "</svg>"
  );
}
