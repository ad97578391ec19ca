import type { FastifyInstance } from 'fastify';
import type { Migration } from 'kysely';
import type { AccessRegistry } from './access/registry';
import type { AuditVocabulary } from './audit/catalog';
import type { Ctx, Services } from './context';
import type { JobDefinition } from './jobs/runner';

/** A published dataset of a tenant, listed in its open-data catalog (`GET /api/t/:slug/open-data`). */
export interface OpenDataset {
  id: string;
  title: { id: string; en: string };
  description: { id: string; en: string };
  /** Stable download URLs, relative to the installation (`/api/t/dumai/...`), one per format. */
  distributions: Array<{ format: 'csv' | 'json'; url: string; period: string }>;
  /** How often the data changes: 'continuous' (computed from live records at each download), 'daily' or 'yearly'. */
  updated: 'continuous' | 'daily' | 'yearly';
  licence: string;
  /**
   * The audited entity types whose changes alter the dataset (`complaint`, `employee`...): the catalog gives as its
   * last modified time the time of the tenant's newest audit entry of these types.
   */
  changesWith: readonly string[];
}

/**
 * One of a tenant's published headline figures, for the national overview across governments: `count` is a whole
 * number, `percent` a share 0–100. `value` is null when the government has nothing to count yet.
 */
export interface HeadlineFigure {
  /** Stable key, `<module>.<figure>`: `complaints.answeredOnTime`, `people.headcount`... */
  key: string;
  kind: 'count' | 'percent';
  value: number | null;
}

/**
 * What a module registers (Decidim's component idea): its migrations, routes, policies, jobs, demo
 * data and open-data sets. Adding a module is adding its folder and one line in modules/index.ts.
 */
export interface ModuleManifest {
  name: string;
  migrations?: Record<string, Migration>;
  policies?(access: AccessRegistry): void;
  /** Providers the module installs into the platform (unit hierarchy, derived roles...). */
  install?(services: Services): void;
  routes?(app: FastifyInstance, services: Services): void;
  jobs?(services: Services): JobDefinition[];
  /** Demo data for a tenant, deterministic; `scale` is the number of employees for benchmarks. */
  seed?(services: Services, options: { tenantSlug: string; scale?: number }): Promise<void>;
  /**
   * The datasets it publishes for a tenant (the open-data catalog), given the tenant and today's year in its time
   * zone; may read the database (for example which years have figures), so that the catalog never links nothing.
   */
  openData?(
    tenant: { id: string; slug: string; name: string },
    year: number,
    services: Services,
  ): OpenDataset[] | Promise<OpenDataset[]>;
  /**
   * Its headline figures for a tenant and year, computed from what it already publishes (never private data):
   * the national overview shows them side by side for every government.
   */
  headlineFigures?(ctx: Ctx, year: number): Promise<HeadlineFigure[]>;
  /**
   * The audit actions it writes, with labels in both languages, and how its audited records are named (a complaint
   * by its code, an employee by name and NIP), so that the audit log never shows a key or an id.
   */
  audit?: AuditVocabulary;
  /** The demo accounts its seed creates, with their passwords, for `lentera demo-logins`. */
  demoLogins?(tenantSlug: string): Array<{ tenant: string; role: string; login: string; password: string }>;
}
