import { type Expression, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../platform/db/database';

/**
 * "Every word, as a word or the start of one" over a complaint's normalised words, through the word index of
 * migration 2004 (FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL). The words come from
 * `similarityTokens`, so they are `[a-z0-9]+` and need no quoting beyond the index's own syntax.
 */
export function matchesWords(dialect: Dialect, words: readonly string[]): Expression<SqlBool> | null {
  const clean = words.filter((w) => /^[a-z0-9]+$/.test(w));
  if (!clean.length) return null;
  if (dialect === 'postgres') {
    const query = clean.map((w) => `${w}:*`).join(' & ');
    // The same expression as the index of migration 2004, so that PostgreSQL uses it.
    return sql<SqlBool>`to_tsvector('simple', complaints_reports.search_text) @@ to_tsquery('simple', ${query})`;
  }
  const query = clean.map((w) => `"${w}"*`).join(' AND ');
  return sql<SqlBool>`complaints_reports.id in (select complaint_id from complaints_search where complaints_search match ${query})`;
}

/**
 * The tenant condition of a list query. With a word search on SQLite it is written so that no index can serve
 * it (`+column`): the planner, which has no statistics, would otherwise walk the tenant's whole index checking
 * each row against the matches, where looking up the few matching complaints by id is what is cheap.
 */
export function ofTenant(dialect: Dialect, tenantId: string, wordSearch: boolean): Expression<SqlBool> {
  return dialect === 'sqlite' && wordSearch
    ? sql<SqlBool>`+complaints_reports.tenant_id = ${tenantId}`
    : sql<SqlBool>`complaints_reports.tenant_id = ${tenantId}`;
}
