/**
 * Actor colours: the Okabe–Ito palette, chosen because its hues stay distinguishable under the common forms of
 * colour blindness. Highlights use these as translucent tints and underlines, so the page's own text colour stays
 * readable on light and on dark pages.
 */

export interface ActorColor {
  /** The solid colour: underlines, the sidebar's swatch, the hover card's accent. */
  solid: string;
  /** Red, green, blue channels (0–255) for translucent tints. */
  rgb: readonly [number, number, number];
}

function color(hex: string): ActorColor {
  const value = Number.parseInt(hex.slice(1), 16);
  return { solid: hex, rgb: [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff] };
}

/** Okabe–Ito without its black (black tints vanish on dark pages); ordered so neighbours differ most. */
export const ACTOR_PALETTE: readonly ActorColor[] = [
  color('#0072B2'), // blue
  color('#E69F00'), // orange
  color('#009E73'), // bluish green
  color('#CC79A7'), // reddish purple
  color('#56B4E9'), // sky blue
  color('#D55E00'), // vermillion
  color('#F0E442'), // yellow
];

/** Claims the text gives no speaker for: a neutral grey that reads on both light and dark backgrounds. */
export const UNATTRIBUTED_COLOR: ActorColor = color('#8C8C8C');

/** The colour of the actor at `rank` (0 = most claims); past the palette's end the colours repeat. */
export function actorColorAt(rank: number): ActorColor {
  const index = ((rank % ACTOR_PALETTE.length) + ACTOR_PALETTE.length) % ACTOR_PALETTE.length;
  return ACTOR_PALETTE[index] ?? UNATTRIBUTED_COLOR;
}

/** `rgb(r g b / alpha)` for a translucent tint of `color`. */
export function tint(color: ActorColor, alpha: number): string {
  const [r, g, b] = color.rgb;
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}
