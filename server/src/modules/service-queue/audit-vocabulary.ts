import type { AuditVocabulary } from '../../platform/audit/catalog';
import type { Ctx } from '../../platform/context';

const tenantIdOf = (ctx: Ctx) => ctx.tenant?.id ?? '';

/** The queue's audit actions; tickets named by their code (the queue knows no visitor's name). */
export const queueAuditVocabulary: AuditVocabulary = {
  actions: {
    'queue.settings_changed': { id: 'Pengaturan antrian diubah', en: 'Queue settings changed' },
    'queue.location_created': { id: 'Lokasi layanan ditambahkan', en: 'Service location added' },
    'queue.location_updated': { id: 'Lokasi layanan diubah', en: 'Service location changed' },
    'queue.service_created': { id: 'Layanan antrian ditambahkan', en: 'Queue service added' },
    'queue.service_updated': { id: 'Layanan antrian diubah', en: 'Queue service changed' },
    'queue.counter_created': { id: 'Loket ditambahkan', en: 'Counter added' },
    'queue.counter_updated': { id: 'Loket diubah', en: 'Counter changed' },
    'queue.kiosk_created': { id: 'Anjungan didaftarkan', en: 'Kiosk registered' },
    'queue.kiosk_removed': { id: 'Anjungan dilepas', en: 'Kiosk removed' },
    'queue.ticket_issued': { id: 'Nomor antrian diambil', en: 'Ticket taken' },
    'queue.ticket_booked': { id: 'Antrian dipesan', en: 'Visit booked' },
    'queue.ticket_checked_in': { id: 'Pemesan hadir (check-in)', en: 'Booking checked in' },
    'queue.ticket_called': { id: 'Antrian dipanggil', en: 'Ticket called' },
    'queue.ticket_recalled': { id: 'Antrian dipanggil ulang', en: 'Ticket called again' },
    'queue.ticket_started': { id: 'Pelayanan dimulai', en: 'Service started' },
    'queue.ticket_finished': { id: 'Pelayanan selesai', en: 'Service finished' },
    'queue.ticket_no_show': { id: 'Pengunjung tidak hadir', en: 'Visitor did not show' },
    'queue.ticket_transferred': { id: 'Antrian dialihkan', en: 'Ticket transferred' },
    'queue.counter_signed_in': { id: 'Petugas membuka loket', en: 'Officer opened the counter' },
    'queue.counter_signed_out': { id: 'Petugas menutup loket', en: 'Officer closed the counter' },
    'queue.counter_paused': { id: 'Loket istirahat', en: 'Counter paused' },
    'queue.counter_resumed': { id: 'Loket melayani kembali', en: 'Counter resumed' },
  },
  entities: {
    queue_location: {
      label: { id: 'Lokasi layanan', en: 'Service location' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('service_queue_locations')
          .select(['id', 'name'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
    queue_service: {
      label: { id: 'Layanan antrian', en: 'Queue service' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('service_queue_services')
          .select(['id', 'name', 'letter'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.letter} · ${r.name}`]));
      },
    },
    queue_counter: {
      label: { id: 'Loket', en: 'Counter' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('service_queue_counters')
          .select(['id', 'number', 'name'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.name || `Loket ${r.number}`]));
      },
    },
    queue_ticket: {
      label: { id: 'Antrian', en: 'Ticket' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('service_queue_tickets')
          .select(['id', 'code', 'booking_code', 'day'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.code ?? r.booking_code ?? ''} (${r.day})`]));
      },
    },
  },
};
