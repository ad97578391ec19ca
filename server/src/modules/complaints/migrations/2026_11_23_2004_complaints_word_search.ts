import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: never import application code here.

/**
 * A word index over `search_text` (the normalised words of title and description), so that a word search on
 * the officer's or the public list reads the matching complaints instead of scanning every one with `like`.
 * - PostgreSQL: a GIN expression index on `to_tsvector('simple', search_text)` ('simple': the words are already
 *   normalised); no extra column, so `select *` and insert templates are unchanged.
 * - SQLite: an FTS5 table kept by triggers. It carries the complaint's id rather than relying on the table's
 *   implicit rowid, which VACUUM may renumber. `search_text` is written once at intake, so the update and delete
 *   triggers (which find the row by id, a scan of the index's own table) practically never run.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create index complaints_reports_search on complaints_reports
      using gin (to_tsvector('simple', search_text))`.execute(db);
    return;
  }
  await sql`create virtual table complaints_search using fts5(
      words, complaint_id unindexed, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  await sql`insert into complaints_search (words, complaint_id) select search_text, id from complaints_reports`.execute(
    db,
  );
  await sql`create trigger complaints_search_insert after insert on complaints_reports begin
      insert into complaints_search (words, complaint_id) values (new.search_text, new.id);
    end`.execute(db);
  await sql`create trigger complaints_search_update after update of search_text on complaints_reports begin
      delete from complaints_search where complaint_id = old.id;
      insert into complaints_search (words, complaint_id) values (new.search_text, new.id);
    end`.execute(db);
  await sql`create trigger complaints_search_delete after delete on complaints_reports begin
      delete from complaints_search where complaint_id = old.id;
    end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop index complaints_reports_search`.execute(db);
    return;
  }
  await sql`drop trigger complaints_search_delete`.execute(db);
  await sql`drop trigger complaints_search_update`.execute(db);
  await sql`drop trigger complaints_search_insert`.execute(db);
  await sql`drop table complaints_search`.execute(db);
}
