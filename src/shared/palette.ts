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

/**
 * How strongly each role tints the text behind it (alpha over the page's background). Kept low enough that the
 * page's own text stays readable (contrast ≥ 4.5:1, tested in tests/ui/contrast.test.ts) on light and dark pages.
 */
export const TINT_ALPHA = { content: 0.22, source: 0.35, cue: 0.12, thought: 0.08 } as const;

/** Tableau 10: more hues for pages with many voices, for readers who do not need a colour-blind-safe set. */
export const VIVID_PALETTE: readonly ActorColor[] = [
  color('#4E79A7'), // blue
  color('#F28E2B'), // orange
  color('#59A14F'), // green
  color('#E15759'), // red
  color('#B07AA1'), // purple
  color('#EDC948'), // yellow
  color('#76B7B2'), // teal
  color('#FF9DA7'), // pink
  color('#9C755F'), // brown
  color('#BAB0AC'), // grey
];

/** The palettes a reader can choose on the options page; 'okabe-ito' (colour-blind safe) is the default. */
export const PALETTES = {
  'okabe-ito': { label: 'Colour-blind safe (Okabe–Ito)', colors: ACTOR_PALETTE },
  vivid: { label: 'Vivid (10 hues, not colour-blind safe)', colors: VIVID_PALETTE },
} as const satisfies Record<string, { label: string; colors: readonly ActorColor[] }>;

export type PaletteName = keyof typeof PALETTES;

/** The colour of the actor at `rank` in the chosen palette; past its end the colours repeat. */
export function paletteColorAt(palette: PaletteName, rank: number): ActorColor {
  const colors = PALETTES[palette].colors;
  const index = ((rank % colors.length) + colors.length) % colors.length;
  return colors[index] ?? UNATTRIBUTED_COLOR;
}
