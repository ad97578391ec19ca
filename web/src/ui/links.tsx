import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

function AnchorBase(props: AnchorProps & ComponentPropsWithRef<'a'>) {
  return <Anchor {...props} />;
}
function ButtonBase(props: ButtonProps & ComponentPropsWithRef<'a'>) {
  return <Button component="a" {...props} />;
}

/** A router link styled as Mantine's Anchor. */
export const AnchorLink = createLink(AnchorBase);
/** A router link styled as a Mantine Button. */
export const ButtonLink = createLink(ButtonBase);
