/**
 * The complaints module's public door: other modules (Open311 and Telegram channels, performance, integrity)
 * import only from here.
 */

export { complaintsModule } from './module';
export { onPublicStep, type PublicStepNotice } from './notify';
export { COMPLAINTS } from './policy';
export { listCategories } from './use-cases/manage-categories';
export { followPath, type SubmitOptions, submitComplaint } from './use-cases/submit-complaint';
