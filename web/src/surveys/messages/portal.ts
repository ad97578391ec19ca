import type { Widen } from '../../ui/i18n/types';

/** The surveys' card on the portal home: ships with the portal's first load, the rest with the pages. */
export const portalId = {
  portal: {
    resultsTitle: 'Survei kepuasan masyarakat',
    resultsText: 'Indeks kepuasan (IKM) tiap unit layanan per semester, nilai tiap unsur, dan rencana perbaikannya.',
    resultsLink: 'Lihat hasil survei kepuasan',
  },
} as const;

export const portalEn: Widen<typeof portalId> = {
  portal: {
    resultsTitle: 'Public satisfaction survey',
    resultsText:
      'The satisfaction index (IKM) of each service unit per half-year, each element’s score, and the plan to improve.',
    resultsLink: 'See the satisfaction survey results',
  },
};
