/**
 * The surveys module's public door: other modules import only from here.
 */

export { surveysModule } from './module';
export { SURVEYS } from './policy';
