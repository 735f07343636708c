/**
 * The sidebar's space given for an analysis: counted while rendering for an ordinary article, and for a page with
 * thousands of claims counted in slices after the sidebar has shown (tens of milliseconds there would otherwise join
 * the task that renders it); null until it is ready.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../../engine/index.js';
import { spaceGiven, spaceGivenInSlices, type SpaceGiven } from '../../shared/space.js';

/** Up to this many claims the count is a millisecond or two: done in the render. */
export const SPACE_IN_RENDER_MAX_CLAIMS = 1500;
/** Work per task when counting in slices. */
const SLICE_MS = 8;

export function useSpaceGiven(analysis: Analysis | null): SpaceGiven | null {
  const inRender = analysis !== null && analysis.claims.length <= SPACE_IN_RENDER_MAX_CLAIMS;
  const counted = useMemo(() => (analysis !== null && inRender ? spaceGiven(analysis) : null), [analysis, inRender]);
  const [sliced, setSliced] = useState<{ analysis: Analysis; space: SpaceGiven } | null>(null);
  useEffect(() => {
    if (analysis === null || inRender) return undefined;
    const steps = spaceGivenInSlices(analysis);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const step = steps.next();
        if (step.done === true) {
          setSliced({ analysis, space: step.value });
          return;
        }
        if (performance.now() >= until) break;
      }
      timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [analysis, inRender]);
  return counted ?? (sliced !== null && sliced.analysis === analysis ? sliced.space : null);
}
