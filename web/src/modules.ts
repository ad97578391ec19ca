import { complaintsWebModule } from './complaints/manifest';
import { peopleWebModule } from './people/manifest';
import { performanceWebModule } from './performance/manifest';
import { queueWebModule } from './queue/manifest';
import { servicesWebModule } from './services/manifest';
import { surveysWebModule } from './surveys/manifest';
import { trainingWebModule } from './training/manifest';

/**
 * The web modules of this installation, the browser's side of `server/src/modules/index.ts`. The router, the
 * navbar, the workspace and citizen homes and the portal home are built from this list, in this order (the
 * portal's tasks and publications come first from the module citizens come for most: complaints).
 * Adding a module is adding its folder with a `manifest.ts` and one line here.
 */
export const WEB_MODULES = [
  complaintsWebModule,
  servicesWebModule,
  queueWebModule,
  peopleWebModule,
  performanceWebModule,
  surveysWebModule,
  trainingWebModule,
] as const;

export type WebModules = typeof WEB_MODULES;
