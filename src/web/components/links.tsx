import { Anchor, type AnchorProps, Button, type ButtonProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import type { ComponentPropsWithRef } from "react";

/** Mantine's Anchor and Button as router links, keeping typed `to`, `params` and `search`. */
type MantineAnchorProps = Omit<ComponentPropsWithRef<"a">, "color" | "style"> & AnchorProps;
function MantineAnchor(props: MantineAnchorProps) {
  return <Anchor {...props} />;
}
const CreatedAnchorLink = createLink(MantineAnchor);
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

type MantineButtonProps = Omit<ComponentPropsWithRef<"a">, "color" | "style"> & ButtonProps;
function MantineButtonAnchor(props: MantineButtonProps) {
  return <Button component="a" {...props} />;
}
const CreatedButtonLink = createLink(MantineButtonAnchor);
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);
