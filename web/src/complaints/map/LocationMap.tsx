import 'leaflet/dist/leaflet.css';
import type { MapTiles } from '@lentera/common';
import { type CircleMarker, circleMarker, type LeafletMouseEvent, map as leafletMap, tileLayer } from 'leaflet';
import { useEffect, useRef } from 'react';

export interface LocationMapProps {
  tiles: MapTiles;
  lat: number | null;
  lng: number | null;
  /** Given: a click or tap places the point (the complaint form); absent: the map only shows it. */
  onPick?: (lat: number, lng: number) => void;
  label: string;
  height?: number;
}

/** The middle of Indonesia, for a map that has no point yet. */
const INDONESIA: [number, number] = [-2.5, 118];

/**
 * A Leaflet map with one point (a circle: no marker images to load). Loaded on demand by `MapSlot`, so Leaflet
 * never reaches the portal's first load, and only where the installation has a tile server.
 */
export default function LocationMap({ tiles, lat, lng, onPick, label, height = 280 }: LocationMapProps) {
  const element = useRef<HTMLElement>(null);
  const mapRef = useRef<ReturnType<typeof leafletMap> | null>(null);
  const pointRef = useRef<CircleMarker | null>(null);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;

  useEffect(() => {
    if (!element.current) return;
    const map = leafletMap(element.current, { scrollWheelZoom: false }).setView(INDONESIA, 4);
    // Leaflet's default prefix carries a flag; the library's name alone is credit enough.
    map.attributionControl.setPrefix('Leaflet');
    tileLayer(tiles.url, { attribution: tiles.attribution ?? '', maxZoom: 19 }).addTo(map);
    if (pickRef.current)
      map.on('click', (event: LeafletMouseEvent) => pickRef.current?.(event.latlng.lat, event.latlng.lng));
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      pointRef.current = null;
    };
  }, [tiles.url, tiles.attribution]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (lat === null || lng === null) {
      pointRef.current?.remove();
      pointRef.current = null;
      return;
    }
    if (pointRef.current) pointRef.current.setLatLng([lat, lng]);
    else
      pointRef.current = circleMarker([lat, lng], { radius: 9, color: '#c2410c', weight: 3, fillOpacity: 0.5 }).addTo(
        map,
      );
    map.setView([lat, lng], Math.max(map.getZoom(), 16));
  }, [lat, lng]);

  return (
    <section
      ref={element}
      aria-label={label}
      data-testid="location-map"
      style={{ height, width: '100%', borderRadius: 'var(--mantine-radius-sm)', zIndex: 0 }}
    />
  );
}
