import '@mantine/notifications/styles.layer.css';
import { Notifications } from '@mantine/notifications';

/**
 * Where notify()'s messages appear. Loaded after the first page is shown (main.tsx), so that the portal's first
 * load does not carry it; a message sent before it arrives waits in the notifications store and shows then.
 */
export default function NotificationsHost() {
  return <Notifications position="top-center" />;
}
