/**
 * The training module's public door: other modules import only from here.
 */

export { trainingModule } from './module';
export { TRAINING } from './policy';
