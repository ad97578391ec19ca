import type { MapTiles, TenantInfo } from '@lentera/common';
import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTenant, useTenantSlug } from '../../ui/tenant';
import type { LocationMapProps } from './LocationMap';

const LocationMap = lazy(() => import('./LocationMap'));

/** The installation's tile server (`MAP_TILE_URL`, sent with the tenant information), or null: no maps. */
export function useMapTiles(): MapTiles | null {
  const { data } = useTenant(useTenantSlug());
  return (data as TenantInfo | undefined)?.mapTiles ?? null;
}

/** A map where tiles can load, fetched only then; nothing at all without a tile server. */
export function MapSlot(props: Omit<LocationMapProps, 'tiles'>) {
  const tiles = useMapTiles();
  if (!tiles) return null;
  return (
    <Suspense fallback={<Loader size="sm" aria-label={props.label} />}>
      <LocationMap tiles={tiles} {...props} />
    </Suspense>
  );
}
