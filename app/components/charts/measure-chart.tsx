import { useEffect, useState } from "react";
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { BADGE_RADIUS, chartLayout, type LegendItem } from "../../domain/chart-layout";
import { CHART_COLOURS, type ChartModel } from "../../domain/chart-model";
import { pointText } from "../../domain/chart-point-text";
import { chartSvg, shapePath } from "../../domain/chart-svg";
import { formatDate, formatNumber } from "../../utils/format";
import { ClientOnlyChart } from "./client-only-chart";

const HEIGHT = 340;
/** The width the server draws at without JavaScript; the picture scales to its box. */
const SERVER_WIDTH = 720;

type Row = Record<string, number | string | null> & { x: string; i: number };

/**
 * A measure's chart from its model. Without JavaScript (and before hydration) it is the server's SVG;
 * then the interactive chart from the same layout, with the same marks, ticks and numbered events.
 * The legend and the key of the events are HTML below, in both cases. No tab stop: the numbers are
 * in the data table, and a hovered point's tooltip is also read out (aria-live).
 */
export function MeasureChart({ model, label }: { model: ChartModel; label: string }) {
  const [spoken, setSpoken] = useState("");
  const legend = chartLayout(model, { width: SERVER_WIDTH, height: HEIGHT, withLegend: false });
  return (
    <div className="measure-chart stack">
      <ClientOnlyChart
        label={label}
        height={HEIGHT}
        fallback={<div className="chart-svg" dangerouslySetInnerHTML={{ __html: chartSvg(model, { title: "", width: SERVER_WIDTH, height: HEIGHT, withLegend: false, decorative: true }) }} />}
      >
        {(width) => <InteractiveChart model={model} width={width} onShow={setSpoken} />}
      </ClientOnlyChart>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
      <div className="stack">
        <ul className="chart-legend" aria-label="Tegnforklaring">
          {legend.legend.map((item) => (
            <li key={item.label}>
              <Swatch item={item} />
              {item.label}
            </li>
          ))}
        </ul>
        {legend.key.length ? (
          <ol className="chart-key" aria-label="Hendelser i diagrammet">
            {legend.key.map((k) => (
              <li key={k.number}>
                <span className="chart-badge" style={{ background: k.colour }} aria-hidden="true">
                  {k.number}
                </span>
                <span className="visually-hidden">{k.number}: </span>
                {k.text}
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </div>
  );
}

function Swatch({ item }: { item: LegendItem }) {
  return (
    <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
      {item.kind === "line" ? (
        <line x1="1" y1="7" x2="17" y2="7" stroke={item.colour} strokeWidth="2" strokeDasharray={item.dashed ? "5 3" : undefined} />
      ) : (
        <path d={shapePath(item.shape, 9, 7, 4.5)} fill={item.kind === "excluded" ? "#ffffff" : item.colour} stroke={item.colour} strokeWidth={item.kind === "excluded" ? 2 : 1} />
      )}
    </svg>
  );
}

function InteractiveChart({ model, width, onShow }: { model: ChartModel; width: number; onShow: (text: string) => void }) {
  const layout = chartLayout(model, { width, height: HEIGHT, withLegend: false });
  const { plot } = layout;
  const phases = [...new Set(model.points.map((p) => p.part))];
  const rows: Row[] = model.points.map((p, i) => ({ x: p.x, i, y: p.y, [`cl${p.part}`]: p.cl, [`lcl${p.part}`]: p.lcl, [`ucl${p.part}`]: p.ucl }));
  const hasLimits = model.chart !== "run";
  const xAxisHeight = layout.chartHeight - plot.top - plot.height - 4;
  return (
    <ComposedChart
      width={width}
      height={layout.chartHeight}
      data={rows}
      margin={{ top: plot.top, right: width - plot.left - plot.width, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="#e3e3e3" />
      <XAxis
        dataKey="x"
        scale="point"
        padding={{ left: 0, right: 0 }}
        ticks={layout.xTicks.map((t) => model.points[t.index].x)}
        interval={0}
        tickFormatter={(x: string) => formatDate(x)}
        height={xAxisHeight}
        tick={{ fill: CHART_COLOURS.text, fontSize: 12 }}
        stroke="#767676"
        label={{ value: layout.xTitle.text, position: "insideBottom", fill: CHART_COLOURS.text, fontSize: 12 }}
      />
      <YAxis
        width={plot.left}
        domain={layout.yDomain}
        ticks={layout.yTicks.map((t) => t.value)}
        tickFormatter={(v: number) => formatNumber(v)}
        tick={{ fill: CHART_COLOURS.text, fontSize: 12 }}
        stroke="#767676"
        label={{ value: layout.yTitle.text, angle: -90, position: "insideLeft", fill: CHART_COLOURS.text, fontSize: 12, style: { textAnchor: "middle" } }}
      />
      <Tooltip content={<PointTooltip model={model} onShow={onShow} />} isAnimationActive={false} />
      {layout.markers.map((m) => (
        <ReferenceLine
          key={m.number}
          x={m.marker.x}
          stroke={m.colour}
          strokeWidth={1.5}
          strokeDasharray="3 2"
          label={() => (
            <g className="chart-marker">
              <circle cx={m.badgeX} cy={m.badgeY} r={BADGE_RADIUS} fill={m.colour} />
              <text x={m.badgeX} y={m.badgeY + 4} textAnchor="middle" fontSize={11} fontWeight="bold" fill="#ffffff">
                {m.number}
              </text>
            </g>
          )}
        />
      ))}
      {phases.map((p) => (
        <Line key={`cl${p}`} dataKey={`cl${p}`} stroke={CHART_COLOURS.centreLine} strokeWidth={1.5} dot={false} activeDot={false} isAnimationActive={false} />
      ))}
      {hasLimits
        ? phases.flatMap((p) =>
            ["ucl", "lcl"].map((limit) => (
              <Line key={`${limit}${p}`} dataKey={`${limit}${p}`} stroke={CHART_COLOURS.limits} strokeDasharray="6 4" dot={false} activeDot={false} isAnimationActive={false} />
            )),
          )
        : null}
      {model.target !== null ? (
        <ReferenceLine y={model.target} stroke={CHART_COLOURS.target} strokeWidth={1.5} strokeDasharray="4 3" label={{ value: "Mål", position: "insideTopRight", fill: CHART_COLOURS.text, fontSize: 11 }} />
      ) : null}
      <Line
        dataKey="y"
        stroke={CHART_COLOURS.valueLine}
        strokeWidth={1.5}
        isAnimationActive={false}
        connectNulls={false}
        activeDot={false}
        dot={(props: { cx?: number; cy?: number; index?: number }) => {
          const placed = props.index === undefined ? undefined : layout.points[props.index];
          if (props.cx == null || props.cy == null || !placed || placed.cy === null) return <g key={props.index} />;
          return (
            <path
              key={props.index}
              className="chart-point"
              d={shapePath(placed.shape, props.cx, props.cy, 4.5)}
              fill={placed.hollow ? "#ffffff" : placed.colour}
              stroke={placed.colour}
              strokeWidth={placed.hollow ? 2 : 1}
            />
          );
        }}
      />
    </ComposedChart>
  );
}

/** The hovered point's text; it also hands the text to the page's live region, so it is read out. */
function PointTooltip({ model, onShow, active, payload }: { model: ChartModel; onShow: (text: string) => void; active?: boolean; payload?: readonly { payload?: Row }[] }) {
  const row = payload?.[0]?.payload;
  const point = active && row ? model.points[row.i] : undefined;
  const lines = point ? pointText(point, model) : [];
  const text = lines.join(". ");
  useEffect(() => {
    if (text) onShow(text);
  }, [text, onShow]);
  if (!point) return null;
  return (
    <div className="chart-tooltip" role="presentation">
      {lines.map((line, i) => (i === 0 ? <strong key={i}>{line}</strong> : <div key={i}>{line}</div>))}
    </div>
  );
}
