import type { ChartVerdict } from "../../domain/chart-verdict";
import { ASSURANCE_ICON_TEXT, VARIATION_ICON_TEXT } from "../../domain/chart-verdict";
import { MdcIcons } from "./mdc-icons";

/** The verdict's short form for a table cell: the icons and their names, or why there are none. */
export function VerdictCell({ verdict }: { verdict: ChartVerdict | null }) {
  if (!verdict) return <>Ingen data</>;
  const texts = [
    verdict.variation ? VARIATION_ICON_TEXT[verdict.variation] : `For få punkter (${verdict.pointsHave} av minst ${verdict.pointsNeeded})`,
    verdict.assurance ? ASSURANCE_ICON_TEXT[verdict.assurance] : null,
  ].filter(Boolean);
  return (
    <span className="verdict">
      <MdcIcons variation={verdict.variation} assurance={verdict.assurance} size={32} besideText />
      <span>{texts.join(". ")}</span>
    </span>
  );
}
