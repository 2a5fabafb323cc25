// Touchpoints named in the viewer's language: from the registry the panel got, and an id it no
// longer holds (the journey-stage words of intakes written before the registry) in words too.
import {
  LEGACY_TOUCHPOINT_STAGES,
  touchpointPlaces,
  type PublicJourney,
} from '../../../../src/contract/journey-contract';
import { localize, type Locale } from '../../../../src/contract/ui-kit';
import type { Translate } from '../../../shared/i18n';

/** A name for an id the registry lacks: an older intake's stage word in words, else the id. */
export function retiredName(id: string, t: Translate): string {
  const legacy: readonly string[] = LEGACY_TOUCHPOINT_STAGES;
  return legacy.includes(id) ? t(`ui.panel.touchpoints.${id}`) : id;
}

/** A touchpoint's name by id, from the registry the panel got; retired ids in words. */
export function touchpointName(
  id: string,
  journey: PublicJourney | undefined,
  t: Translate,
  locale: Locale,
): string {
  const place = journey
    ? touchpointPlaces(journey).find(({ touchpoint }) => touchpoint.id === id)
    : undefined;
  return place ? localize(place.touchpoint.name, locale) : retiredName(id, t);
}
