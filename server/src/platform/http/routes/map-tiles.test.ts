import { tenantInfoSchema } from '@lentera/common';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { ConfigError, loadConfig } from '../../config';
import type { TenantRecord } from '../../tenancy/repository';

const TILES = 'https://{s}.tiles.peta.example.go.id/osm/{z}/{x}/{y}.png';

describe('MAP_TILE_URL', () => {
  const load = (env: Record<string, string>) =>
    loadConfig({ DATA_DIR: '/tmp/lentera-map', ...env }, { persistSecret: false });

  it('is off by default, and reads the address, its attribution and the origin images may come from', () => {
    expect(load({}).mapTiles).toBeNull();
    expect(load({ MAP_TILE_URL: TILES, MAP_TILE_ATTRIBUTION: '© OpenStreetMap' }).mapTiles).toEqual({
      url: TILES,
      attribution: '© OpenStreetMap',
      origin: 'https://*.tiles.peta.example.go.id',
    });
  });

  it.each(['tile.example/{z}/{x}/{y}.png', 'https://tile.example/tiles.png', 'javascript:alert(1)//{z}{x}{y}'])(
    'refuses %s, naming the variable and what it accepts',
    (value) => {
      expect(() => load({ MAP_TILE_URL: value })).toThrow(ConfigError);
      try {
        load({ MAP_TILE_URL: value });
      } catch (error) {
        expect((error as Error).message).toContain('MAP_TILE_URL=');
        expect((error as Error).message).toContain('{z}, {x} and {y}');
      }
    },
  );
});

describeEachDialect(
  'map tiles: the tenant information and the content security policy',
  (env) => {
    let tenant: TenantRecord;
    beforeAll(async () => {
      tenant = await buildTenant(env.services);
    });

    it('tells the web the tile server and lets the browser load its images', async () => {
      const response = await env.client().get(`/api/t/${tenant.slug}`);
      expect(response.statusCode).toBe(200);
      expect(tenantInfoSchema.parse(response.json()).mapTiles).toEqual({ url: TILES, attribution: 'Peta Uji' });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/\*\.tiles\.peta\.example\.go\.id/);
    });
  },
  { env: { MAP_TILE_URL: TILES, MAP_TILE_ATTRIBUTION: 'Peta Uji' } },
);

describeEachDialect('map tiles: none configured', (env) => {
  it('says so (the web keeps the address field and "use my location") and allows no other image origin', async () => {
    const tenant = await buildTenant(env.services);
    const response = await env.client().get(`/api/t/${tenant.slug}`);
    expect(tenantInfoSchema.parse(response.json()).mapTiles).toBeNull();
    expect(String(response.headers['content-security-policy'])).toContain("img-src 'self' data: blob:;");
  });
});
