import { Component, type ReactNode } from 'react';

/**
 * Shows nothing instead of its children when they fail to render: for optional parts of the page frame fetched on
 * their own (the account menu, the staff navigation) whose code may not arrive, on a dropped connection for one. The
 * page itself stays; without this, a lazy part that fails to load takes the whole app down to a blank screen.
 */
export class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
