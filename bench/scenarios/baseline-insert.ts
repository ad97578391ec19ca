import type { Scenario } from '../lib/types';

/** The cost of one durable write on this machine and database, with nothing of the product around it. */
export const insert: Scenario = {
  name: 'insert',
  description:
    'POST /api/bench/insert (LENTERA_BENCH=1 only): one insert of the JSON body into a bench table, no CSRF, no session.',
  requests: [
    {
      method: 'POST',
      path: '/api/bench/insert',
      body: {
        nip: '198503302010011003',
        name: 'Siti Rahmawati, S.E.',
        unit: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        note: 'baseline row',
      },
    },
  ],
};
