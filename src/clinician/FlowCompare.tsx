import { useEffect, useMemo, useRef } from 'react';
import type { Artery } from '../../models/artery.ts';
import { createFlowField, seededRandom } from '../../models/bloodFlow.ts';
import type { UiKey } from '../i18n/types.ts';
import { useText } from '../i18n/useText.ts';
import { speedUpAtNarrowing } from './crossSection.ts';

/** SVG layout: the stretch of artery shown (mm either side of the narrowing) and its scale. */
const HALF_SPAN = 10;
const X0 = 10;
const K = 280 / (2 * HALF_SPAN);
const STRIPS = [
  { compression: 0, cy: 62, title: 'clinician.flow.narrowed' },
  { compression: 1, cy: 174, title: 'clinician.flow.stented' },
] as const satisfies readonly { compression: number; cy: number; title: UiKey }[];
const CELLS = 36;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Seconds for blood to cross the stretch where the artery is healthy (calm, not real speed). */
const PERIOD = 7;

/** A band between two radii along the artery, above and below its axis, as an SVG path. */
function band(
  artery: Artery,
  cy: number,
  inner: (s: number) => number,
  outer: (s: number) => number,
): string {
  const s0 = artery.lesionCentre - HALF_SPAN;
  const steps = 60;
  const xs = Array.from({ length: steps + 1 }, (_, i) => s0 + (2 * HALF_SPAN * i) / steps);
  const x = (s: number): string => (X0 + (s - s0) * K).toFixed(1);
  const edge = (sign: number, r: (s: number) => number, list: number[]): string =>
    list.map((s) => `${x(s)},${(cy + sign * r(s) * K).toFixed(1)}`).join('L');
  const back = [...xs].reverse();
  return `M${edge(-1, outer, xs)}L${edge(-1, inner, back)}ZM${edge(1, outer, xs)}L${edge(1, inner, back)}Z`;
}

/**
 * Blood flowing through the narrowed artery and through the stented one, side by side. The
 * same volume passes each second in both, so cells race through the narrowing (speed goes
 * as healthy area over local area). Moves only while on screen and never in still mode.
 */
export function FlowCompare({ artery, reducedMotion }: { artery: Artery; reducedMotion: boolean }) {
  const { t } = useText();
  const root = useRef<HTMLElement>(null);
  const cells = useRef<(SVGGElement | null)[]>([]);
  const shapes = useMemo(
    () =>
      STRIPS.map(({ compression: c, cy }) => ({
        channel: band(
          artery,
          cy,
          () => 0,
          (s) => artery.lumenRadius(s, c),
        ),
        wall: band(
          artery,
          cy,
          (s) => artery.wallInnerRadius(s, c),
          (s) => artery.wallOuterRadius(s, c),
        ),
        plaque: band(
          artery,
          cy,
          (s) => artery.lumenRadius(s, c),
          (s) => artery.wallInnerRadius(s, c),
        ),
      })),
    [artery],
  );

  useEffect(() => {
    const s0 = artery.lesionCentre - HALF_SPAN;
    const fields = STRIPS.map(({ compression: c }) => {
      const field = createFlowField(s0, s0 + 2 * HALF_SPAN, 160, artery.lumenRadiusHealthy);
      field.update(
        (s) => artery.lumenRadius(s, c),
        () => 0,
      );
      return field;
    });
    const rnd = seededRandom(11);
    const seeds = Array.from({ length: CELLS }, (_, i) => ({
      offset: (i + rnd()) / CELLS,
      across: (rnd() * 2 - 1) * 0.75,
    }));
    // The cells are made once; each frame only moves them.
    const dots = STRIPS.map((_, k) => {
      const made = seeds.map(() => {
        const c = document.createElementNS(SVG_NS, 'circle');
        c.setAttribute('r', '2.6');
        return c;
      });
      cells.current[k]?.replaceChildren(...made);
      return made;
    });
    const draw = (seconds: number): void => {
      for (let k = 0; k < STRIPS.length; k++) {
        const field = fields[k];
        const strip = STRIPS[k];
        const circles = dots[k];
        if (!field || !strip || !circles) continue;
        // Same flow in both: a channel with less volume is crossed in less time.
        const phase = seconds / PERIOD / field.relativeVolume;
        for (let i = 0; i < seeds.length; i++) {
          const seed = seeds[i];
          const c = circles[i];
          if (!seed || !c) continue;
          const s = field.arcAtVolumeFraction((seed.offset + phase) % 1);
          c.cx.baseVal.value = X0 + (s - s0) * K;
          c.cy.baseVal.value = strip.cy + seed.across * field.channelAt(s) * K;
        }
      }
    };
    draw(0);
    if (reducedMotion) return;
    let frame = 0;
    let onScreen = false;
    const start = performance.now();
    const tick = (now: number): void => {
      draw((now - start) / 1000);
      frame = onScreen ? requestAnimationFrame(tick) : 0;
    };
    const observer = new IntersectionObserver(([entry]) => {
      onScreen = entry?.isIntersecting ?? false;
      if (onScreen && !frame) frame = requestAnimationFrame(tick);
    });
    if (root.current) observer.observe(root.current);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [artery, reducedMotion]);

  const before = Math.round(speedUpAtNarrowing(artery, 0));
  const after = speedUpAtNarrowing(artery, 1);
  return (
    <figure ref={root} className="flow" data-testid="flow-compare">
      <svg
        viewBox="0 0 300 220"
        role="img"
        aria-label={t('clinician.flow.picture', { times: before })}
      >
        {STRIPS.map((strip, k) => (
          <g key={strip.title}>
            <text x={X0} y={strip.cy - 46} className="flow__title">
              {t(strip.title)}
            </text>
            <path d={shapes[k]?.channel} className="flow__channel" />
            <path d={shapes[k]?.wall} className="flow__wall" />
            <path d={shapes[k]?.plaque} className="flow__plaque" />
            <g
              className="flow__cells"
              ref={(g) => {
                cells.current[k] = g;
              }}
            />
          </g>
        ))}
      </svg>
      <dl className="section__figures">
        <div>
          <dt>{t('clinician.flow.speedNarrowing')}</dt>
          <dd data-testid="speed-before">{t('clinician.flow.timesNormal', { times: before })}</dd>
        </div>
        <div>
          <dt>{t('clinician.flow.stented')}</dt>
          <dd data-testid="speed-after">
            {after < 1.05
              ? t('clinician.flow.normal')
              : t('clinician.flow.times', { times: after.toFixed(1) })}
          </dd>
        </div>
      </dl>
    </figure>
  );
}
