import { guestLimitOff } from '../lib/day-mix';
import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'serang';

/**
 * A guest files a complaint through the JSON endpoint (no attachment): validation, the category, the tracking
 * code sequence (an upsert), the complaint, its follower, the timeline, the daily statistics, the audit chain
 * and the confirmation e-mail in the outbox, in one transaction. The guest rate limit is switched off by the
 * coordinator in setup (all requests come from one address).
 */
export const complaintsIntake: Scenario = {
  name: 'complaints-intake',
  description: `POST /api/t/${TENANT}/complaints (guest, JSON, no attachment) at 50 connections.`,
  connections: 50,
  async setup(ctx) {
    await guestLimitOff(ctx, TENANT);
    const { items } = await fetchJson<{ items: Array<{ id: string; code: string }> }>(
      ctx,
      `/api/t/${TENANT}/complaints/categories`,
    );
    const category = items.find((c) => c.code === 'kebersihan') ?? items[0];
    if (!category) throw new Error('no complaint categories');
    const anonymous = await ctx.anonymous();
    return {
      headers: anonymous.headers,
      requests: [
        {
          method: 'POST',
          path: `/api/t/${TENANT}/complaints`,
          body: {
            class: 'pengaduan',
            categoryId: category.id,
            title: 'Sampah tidak diangkut di TPS',
            description: 'Sampah di TPS dekat pasar belum diangkut selama empat hari dan menimbulkan bau.',
            privacy: 'anonim',
            lat: -6.12,
            lng: 106.15,
            guest: { name: 'Warga Uji Beban', email: 'beban@contoh.id' },
          },
        },
      ],
      note: `category ${category.code}`,
    };
  },
  targets: { minRatioToInsert: 0.4, p99Ms: 50 },
};
