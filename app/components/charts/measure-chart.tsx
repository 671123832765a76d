import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDate, formatNumber } from "../../utils/format";
import { ClientOnlyChart } from "./client-only-chart";
import type { ChartRow, Marker } from "../../domain/chart-rows";

const SIGNAL = "#c01b1b";
const SERIES = "#1e5aa0";
const LINES = "#3a3a3a";

type Props = {
  rows: ChartRow[];
  phases: number[];
  hasLimits: boolean;
  target: number | null;
  markers: Marker[];
  unit: string;
  label: string;
};

/** The series with centre line, limits, target and markers. Signal points are red and larger. Draws only; data comes in. */
export function MeasureChart({
  rows,
  phases,
  hasLimits,
  target,
  markers,
  unit,
  label,
}: Props) {
  return (
    <ClientOnlyChart label={label} height={340}>
      {() => (
        <ResponsiveContainer width="100%" height={340}>
          <ComposedChart
            data={rows}
            margin={{ top: 28, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
            <XAxis
              dataKey="x"
              tickFormatter={(x: string) => formatDate(x)}
              minTickGap={24}
            />
            <YAxis tickFormatter={(v: number) => formatNumber(v)} width={56} />
            <Tooltip
              formatter={(value, name) => [
                `${formatNumber(Number(value))}${unit ? ` ${unit}` : ""}`,
                seriesName(String(name)),
              ]}
              labelFormatter={(x, payload) => {
                const note = (payload?.[0]?.payload as ChartRow | undefined)
                  ?.note;
                return `${formatDate(String(x))}${note ? ` – ${note}` : ""}`;
              }}
            />
            {phases.map((p) => (
              <Line
                key={`cl${p}`}
                dataKey={`cl${p}`}
                name="cl"
                stroke={LINES}
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
              />
            ))}
            {hasLimits
              ? phases.flatMap((p) =>
                  ["ucl", "lcl"].map((limit) => (
                    <Line
                      key={`${limit}${p}`}
                      dataKey={`${limit}${p}`}
                      name={limit}
                      stroke={LINES}
                      strokeDasharray="6 4"
                      dot={false}
                      isAnimationActive={false}
                    />
                  )),
                )
              : null}
            {target != null ? (
              <ReferenceLine
                y={target}
                stroke="#1a7f37"
                strokeDasharray="2 2"
                label={{ value: "Mål", position: "insideTopRight" }}
              />
            ) : null}
            {markers.map((m, i) => (
              <ReferenceLine
                key={`${m.x}-${i}`}
                x={m.x}
                stroke={m.kind === "tiltak" ? "#7a4fbf" : "#8a5a00"}
                label={{ value: m.label, position: "top", fontSize: 11 }}
              />
            ))}
            <Line
              dataKey="y"
              name="y"
              stroke={SERIES}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
              dot={(props: {
                cx?: number;
                cy?: number;
                index?: number;
                payload?: ChartRow;
              }) =>
                props.cx == null || props.cy == null ? (
                  <g key={props.index} />
                ) : (
                  <circle
                    key={props.index}
                    cx={props.cx}
                    cy={props.cy}
                    r={props.payload?.signal ? 5 : 3}
                    fill={props.payload?.signal ? SIGNAL : SERIES}
                    stroke="#fff"
                  />
                )
              }
            />
          </ComposedChart>
        </ResponsiveContainer>
      )}
    </ClientOnlyChart>
  );
}

function seriesName(key: string) {
  return key === "y"
    ? "Verdi"
    : key === "cl"
    ? "Midtlinje"
    : key === "ucl"
    ? "Øvre grense"
    : key === "lcl"
    ? "Nedre grense"
    : key;
}
