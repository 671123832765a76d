// Statistical process control for Trinnvis: run charts and Shewhart charts (qicharts2's meaning),
// Anhøj's and the IHI run rules, and the NHS "Making Data Count" reading of XmR charts.
export { analyseChart, CHART_TYPES, type ChartInput, type ChartOptions, type ChartPart, type ChartPoint, type ChartResult, type ChartType } from "./qic";
export { analyseIhiRuns, analyseRuns, crossingsLimit, longestRunLimit, type IhiRuns, type RunsAnalysis } from "./anhoej";
export {
  assuranceOf,
  variationIconFor,
  type AssuranceIcon,
  makingDataCount,
  type Assurance,
  type ImprovementDirection,
  type MdcGroup,
  type MdcOptions,
  type MdcPoint,
  type MdcResult,
  type PointType,
  type SpecialCauseType,
  type VariationIcon,
} from "./mdc";
export { finiteOrNull } from "./stats";
