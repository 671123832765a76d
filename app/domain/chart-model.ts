// What a measure's chart shows, whoever draws it: the server's SVG (page without JavaScript, print,
// Word) and the browser's interactive chart read the same model, so they show the same colours,
// shapes, legend and labels. Pure.
import type { ChartType } from "./spc";

/**
 * What a point means, as Making Data Count colours it: special cause that is an improvement or a
 * concern (given the direction of improvement), special cause where neither is better (neutral
 * direction, or a chart of variation), or common cause.
 */
export type PointMeaning = "improvement" | "concern" | "neutral" | "common";

/** Why a point is a signal, each shown in its tooltip and the data table. */
export type SignalReason =
  | "above_limit"
  | "below_limit"
  | "run_above"
  | "run_below"
  | "ihi_shift_above"
  | "ihi_shift_below"
  | "ihi_trend_up"
  | "ihi_trend_down"
  | "mdc_trend_up"
  | "mdc_trend_down"
  | "mdc_two_in_three_above"
  | "mdc_two_in_three_below"
  | "mdc_shift_above"
  | "mdc_shift_below";

export type ModelPoint = {
  /** The point's ISO date. */
  x: string;
  /** The plotted value; null for a period without a value (drawn as a gap). */
  y: number | null;
  cl: number | null;
  lcl: number | null;
  ucl: number | null;
  /** 1-based phase. */
  part: number;
  meaning: PointMeaning;
  /** Which side a special cause points to; null for common cause. */
  side: "high" | "low" | null;
  /** Left out of the calculations ("Holdes utenfor"): drawn hollow and labelled. */
  excluded: boolean;
  reasons: SignalReason[];
  note: string;
};

export type MarkerKind = "tiltak" | "ny_fase" | "frys" | "merknad";
/** An event drawn on the chart at the first point on or after its date. */
export type ChartMarker = { x: string; label: string; kind: MarkerKind };

export type ChartModel = {
  chart: ChartType;
  /** The measure's unit as typed ("%", "dager"); "" for none. */
  unit: string;
  /** The y axis title, with the unit: "Andel (%)", "Antall planer". */
  yTitle: string;
  points: ModelPoint[];
  /** The target in the plotted scale; null without a target or when the target does not fit the scale. */
  target: number | null;
  markers: ChartMarker[];
  /** The rule set the meanings come from. */
  rules: RuleSet;
};

/**
 * How a chart is read: Anhøj's rules with three-sigma limits (qicharts2), the same with the IHI rules
 * added, or Making Data Count's XmR rules (NHSRplotthedots; I charts only).
 */
export type RuleSet = "anhoej" | "ihi" | "mdc";

/** The rule set a page's `?regler=` asks for; Anhøj's for anything else. */
export const readRuleSet = (value: string | null): RuleSet => (value === "ihi" || value === "mdc" ? value : "anhoej");

export const MEANING_NAMES: Record<PointMeaning, string> = {
  improvement: "Spesiell variasjon, forbedring",
  concern: "Spesiell variasjon, bekymring",
  neutral: "Spesiell variasjon, verken bedre eller verre",
  common: "Vanlig variasjon",
};

export const REASON_NAMES: Record<SignalReason, string> = {
  above_limit: "over øvre kontrollgrense",
  below_limit: "under nedre kontrollgrense",
  run_above: "del av en uvanlig lang serie over midtlinjen",
  run_below: "del av en uvanlig lang serie under midtlinjen",
  ihi_shift_above: "IHI: forskyvning over midtlinjen",
  ihi_shift_below: "IHI: forskyvning under midtlinjen",
  ihi_trend_up: "IHI: trend oppover",
  ihi_trend_down: "IHI: trend nedover",
  mdc_trend_up: "7 punkter som stiger",
  mdc_trend_down: "7 punkter som synker",
  mdc_two_in_three_above: "2 av 3 punkter nær øvre grense",
  mdc_two_in_three_below: "2 av 3 punkter nær nedre grense",
  mdc_shift_above: "7 punkter over midtlinjen",
  mdc_shift_below: "7 punkter under midtlinjen",
};

export type PointShape = "circle" | "diamond" | "square" | "triangle";

/**
 * Making Data Count's colours (improvement blue, concern orange, neutral purple, grey otherwise),
 * darkened to at least 4.5:1 on white, and a shape for each, so colour is never the only cue.
 * Excluded points are drawn hollow in their shape.
 */
export const MEANING_STYLE: Record<PointMeaning, { colour: string; shape: PointShape }> = {
  improvement: { colour: "#0072c6", shape: "diamond" },
  concern: { colour: "#b85200", shape: "square" },
  neutral: { colour: "#490092", shape: "triangle" },
  common: { colour: "#6b6b6b", shape: "circle" },
};

/** Colours of the lines and marks around the points, each at least 4.5:1 on white. */
export const CHART_COLOURS = {
  valueLine: "#757575",
  centreLine: "#1a1a1a",
  limits: "#595959",
  target: "#c01b1b",
  tiltak: "#7a4fbf",
  event: "#8a5a00",
  text: "#1a1a1a",
};

/** What a point's mark means, in words, for the data table: "" for plain common cause, and for an excluded point (its own column says so). */
export function pointMeaningText(point: Pick<ModelPoint, "y" | "meaning" | "reasons" | "excluded">): string {
  if (point.excluded) return "";
  if (point.y == null) return "Mangler verdi";
  return point.reasons.length ? meaningWithReasons(point) : "";
}

/** The point's meaning and, where it is a signal, why: «Spesiell variasjon, forbedring: over øvre kontrollgrense». */
export function meaningWithReasons(point: Pick<ModelPoint, "meaning" | "reasons">): string {
  return `${MEANING_NAMES[point.meaning]}${point.reasons.length ? `: ${point.reasons.map((r) => REASON_NAMES[r]).join(", ")}` : ""}`;
}
