import type { ModuleManifest } from '../platform/module';
import { complaintsModule } from './complaints/index';
import { peopleModule } from './people/index';
import { performanceModule } from './performance/index';
import { serviceQueueModule } from './service-queue/index';
import { servicesModule } from './services/index';
import { surveysModule } from './surveys/index';
import { trainingModule } from './training/index';

/** The modules of this installation, in dependency order. */
export const modules: ModuleManifest[] = [
  peopleModule,
  complaintsModule,
  performanceModule,
  serviceQueueModule,
  servicesModule,
  surveysModule,
  trainingModule,
];
