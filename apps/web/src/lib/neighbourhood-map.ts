import { getActor, type Relationship } from '@policy/pakistan-2024';
import { buildMap, type MapModel, partnerCountries } from './map';
import { loadWorld } from './world';

/** The region the overview draws: from the Red Sea coast of Arabia to eastern China, the Arabian Sea to Russia's south. */
export const NEIGHBOURHOOD = { west: 34, south: 5, east: 124, north: 56 } as const;
/** Width of the drawing in its own units (the SVG viewBox). */
export const MAP_WIDTH = 480;
/** The narrowest the map is ever drawn, in CSS px: a 320 px screen less the page's margins and border. */
export const NARROWEST_MAP_PX = 286;
/** WCAG 2.2's minimum target size (success criterion 2.5.8), in CSS px. */
export const MIN_TARGET_PX = 24;
/** Font size of the names on the map, in drawing units: about 12 CSS px on a 390 px phone. */
export const LABEL_SIZE = 16;

/**
 * Pakistan's partners on a map of its neighbourhood, with every partner a target of at least
 * 24 × 24 CSS px even on the narrowest screen.
 */
export function neighbourhoodMap(relationships: readonly Relationship[]): MapModel {
  const home = getActor('pakistan');
  return buildMap({
    relationships,
    partners: partnerCountries(relationships, (id) => getActor(id)),
    homeIsoNumeric: home?.isoNumeric ?? '586',
    homeName: home?.shortName ?? home?.name ?? 'Pakistan',
    world: loadWorld('110m'),
    detail: loadWorld('50m'),
    width: MAP_WIDTH,
    frame: NEIGHBOURHOOD,
    minTarget: Math.ceil((MIN_TARGET_PX * MAP_WIDTH) / NARROWEST_MAP_PX),
    labelSize: LABEL_SIZE,
  });
}
