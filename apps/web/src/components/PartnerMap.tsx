import { getActor, type Relationship } from '@policy/pakistan-2024';
import { buildMap, partnerCountries } from '@/lib/map';
import { stanceStyle, stanceStyles } from '@/lib/stance-style';
import { loadWorld } from '@/lib/world';

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
 * Pakistan's partners on a world map, drawn at build time as inline SVG: each relationship is a
 * link filled with its stance's colour and pattern. The table of the same facts goes beside it.
 */
export function PartnerMap({ relationships }: { relationships: readonly Relationship[] }) {
  const home = getActor('pakistan');
  const model = buildMap({
    relationships,
    partners: partnerCountries(relationships, (id) => getActor(id)),
    homeIsoNumeric: home?.isoNumeric ?? '586',
    homeName: home?.shortName ?? home?.name ?? 'Pakistan',
    world: loadWorld('110m'),
    detail: loadWorld('50m'),
  });
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
            href={`/relationships/${r.id}`}
            className="map-partner"
            aria-label={`${r.title}: ${style.label} (our coding)`}
            data-relationship={r.id}
          >
            <title>{`${r.title}: ${style.label}`}</title>
            {r.countries.map((c) => (
              <g key={c.isoNumeric}>
                <path d={c.d} style={fill} />
                {c.marker ? <circle cx={c.centroid[0]} cy={c.centroid[1]} r="7" style={fill} /> : null}
              </g>
            ))}
          </a>
        );
      })}
      {model.home ? (
        // Drawn last so that no neighbour covers the name.
        <text
          className="map-home-label"
          x={model.home.centroid[0]}
          y={model.home.centroid[1] + 26}
          textAnchor="middle"
        >
          {model.home.name}
        </text>
      ) : null}
    </svg>
  );
}
