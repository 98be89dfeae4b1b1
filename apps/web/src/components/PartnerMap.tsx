import type { Relationship } from '@policy/pakistan-2024';
import { neighbourhoodMap } from '@/lib/neighbourhood-map';
import { sitePath } from '@/lib/site';
import { stanceStyle, stanceStyles } from '@/lib/stance-style';

const PATTERN_SIZE = 10;

/** The SVG fill pattern of each stance: the stance colour with a texture, so colour is not alone. */
function StancePatterns() {
  return (
    <defs>
      {stanceStyles.map((s) => (
        <pattern
          key={s.value}
          id={s.patternId}
          width={PATTERN_SIZE}
          height={PATTERN_SIZE}
          patternUnits="userSpaceOnUse"
          patternTransform={s.pattern === 'diagonal' || s.pattern === 'crosshatch' ? 'rotate(45)' : undefined}
        >
          <rect width={PATTERN_SIZE} height={PATTERN_SIZE} style={{ fill: `var(${s.colorVar})` }} />
          {s.pattern === 'diagonal' || s.pattern === 'crosshatch' ? (
            <rect width="2.5" height={PATTERN_SIZE} style={{ fill: 'var(--pattern-ink)' }} />
          ) : null}
          {s.pattern === 'crosshatch' ? (
            <rect width={PATTERN_SIZE} height="2.5" style={{ fill: 'var(--pattern-ink)' }} />
          ) : null}
          {s.pattern === 'dots' ? (
            <circle cx="5" cy="5" r="2" style={{ fill: 'var(--pattern-ink)' }} />
          ) : null}
          {s.pattern === 'horizontal' ? (
            <rect width={PATTERN_SIZE} height="3" style={{ fill: 'var(--pattern-ink)' }} />
          ) : null}
        </pattern>
      ))}
    </defs>
  );
}

/**
 * Pakistan's neighbourhood, drawn at build time as inline SVG: each relationship is a link filled
 * with its stance's colour and pattern and, where it fits, named; a partner beyond the frame (the
 * United States) is a labelled inset. Every link is at least 24 × 24 CSS px on the narrowest
 * screen. The list of the same facts goes beside it.
 */
export function PartnerMap({ relationships }: { relationships: readonly Relationship[] }) {
  const model = neighbourhoodMap(relationships);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the partner links.
    <svg
      viewBox={`0 0 ${model.width} ${model.height}`}
      width={model.width}
      height={model.height}
      role="group"
      aria-labelledby="map-title"
      data-testid="partner-map"
    >
      <title id="map-title">Map of Pakistan’s partners, coloured and patterned by stance</title>
      <StancePatterns />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: plain shapes, nothing focusable; the links follow. */}
      <g aria-hidden="true">
        {model.background.map((c) => (
          <path key={c.key} className="map-land" d={c.d} />
        ))}
      </g>
      {model.home ? (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain shape, nothing focusable.
        <path aria-hidden="true" className="map-home" d={model.home.d} />
      ) : null}
      {model.relationships.map((r) => {
        const style = stanceStyle(r.stance);
        const fill = { fill: `url(#${style.patternId})` };
        return (
          <a
            key={r.id}
            href={sitePath(`/relationships/${r.id}`)}
            className="map-partner"
            aria-label={`${r.title}: ${style.label} (our coding)`}
            data-relationship={r.id}
            data-inset={r.insets.length ? 'true' : undefined}
          >
            <title>{`${r.title}: ${style.label}`}</title>
            {r.countries.map((c) => (
              <g key={c.isoNumeric}>
                <path d={c.d} style={fill} />
                {c.marker ? <circle cx={c.centroid[0]} cy={c.centroid[1]} r={c.marker} style={fill} /> : null}
              </g>
            ))}
            {r.insets.map((i) => (
              <g key={i.isoNumeric}>
                <rect
                  className="map-inset"
                  x={i.box.x}
                  y={i.box.y}
                  width={i.box.width}
                  height={i.box.height}
                  rx="4"
                />
                <path d={i.d} style={fill} />
                <text
                  className="map-label"
                  x={i.labelAt[0]}
                  y={i.labelAt[1]}
                  textAnchor="middle"
                  fontSize={model.insetLabelSize}
                >
                  {i.name}
                </text>
              </g>
            ))}
          </a>
        );
      })}
      {/* Names go over every shape; clicks pass through them to the partner below, and the links
          already carry them for assistive technology. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: plain text, nothing focusable. */}
      <g aria-hidden="true" className="map-labels" fontSize={model.labelSize} textAnchor="middle">
        {model.relationships.map((r) =>
          r.labelAt ? (
            <text key={r.id} className="map-label" x={r.labelAt[0]} y={r.labelAt[1]}>
              {r.name}
            </text>
          ) : null,
        )}
        {model.home?.labelAt ? (
          <text className="map-label map-home-label" x={model.home.labelAt[0]} y={model.home.labelAt[1]}>
            {model.home.name}
          </text>
        ) : null}
      </g>
    </svg>
  );
}
