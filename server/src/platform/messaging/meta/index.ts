/**
 * Meta's channels (WhatsApp Cloud API, Messenger, Instagram) of the messaging layer: the webhook and the tenant
 * admin's settings (`metaRoutes`), the senders the outbox calls (`installMeta`), the `messaging.manage` policy and
 * the audit vocabulary of the settings.
 */
import { registerSender } from '../index';
import { installMetaSenders } from './sender';

export { MetaApiError, MetaGraphApi } from './client';
export {
  loadMetaConfig,
  type MetaConfig,
  metaAuditVocabulary,
  metaSettings,
  metaTemplateOf,
  saveMetaSettings,
} from './config';
export { defineMessagingPolicies } from './policy';
export { metaRoutes } from './routes';
export { installMetaSenders, metaSenders } from './sender';
export { metaSignature, verifyMetaSignature } from './signature';
export { normalizeMetaWebhook } from './webhook';

/** Registers the WhatsApp, Messenger and Instagram senders with the outbox (once, at start-up). */
export function installMeta(): void {
  installMetaSenders(registerSender);
}
