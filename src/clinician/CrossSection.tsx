import { useEffect, useMemo, useRef } from 'react';
import type { Artery } from '../../models/artery.ts';
import { balloonMaxRadius } from '../../models/balloon.ts';
import { stentRadius } from '../../models/stent.ts';
import { useText } from '../i18n/useText.ts';
import { createDerived, updateDerived } from '../timeline/derived.ts';
import type { Player } from '../timeline/player.ts';
import { asPercent, crossSectionAt, openAreaFraction } from './crossSection.ts';

/** SVG pixels per millimetre, and where the two cut ends are drawn. */
const K = 21;
const BEFORE_X = 70;
const NOW_X = 210;
const CY = 66;

/** One cut end of the artery: wall, plaque, open channel, and whatever device is inside. */
function Disc({ cx, refs }: { cx: number; refs: DiscRefs }) {
  return (
    <g transform={`translate(${cx} ${CY})`}>
      <circle ref={refs.outer} className="section__wall" />
      <circle ref={refs.plaque} className="section__plaque" />
      <circle ref={refs.lumen} className="section__channel" />
      <circle ref={refs.balloon} className="section__balloon" />
      <g ref={refs.struts} className="section__struts" />
      <circle ref={refs.wire} className="section__wire" r="2.5" />
    </g>
  );
}

interface DiscRefs {
  outer: React.RefObject<SVGCircleElement | null>;
  plaque: React.RefObject<SVGCircleElement | null>;
  lumen: React.RefObject<SVGCircleElement | null>;
  balloon: React.RefObject<SVGCircleElement | null>;
  struts: React.RefObject<SVGGElement | null>;
  wire: React.RefObject<SVGCircleElement | null>;
}

function useDiscRefs(): DiscRefs {
  return {
    outer: useRef<SVGCircleElement>(null),
    plaque: useRef<SVGCircleElement>(null),
    lumen: useRef<SVGCircleElement>(null),
    balloon: useRef<SVGCircleElement>(null),
    struts: useRef<SVGGElement>(null),
    wire: useRef<SVGCircleElement>(null),
  };
}

interface DiscState {
  compression: number;
  balloonRadius: number;
  wire: boolean;
  stentRadius: number;
}

function drawDisc(refs: DiscRefs, artery: Artery, d: DiscState): void {
  const r = crossSectionAt(artery, d.compression);
  refs.outer.current?.setAttribute('r', (r.wallOuter * K).toFixed(2));
  refs.plaque.current?.setAttribute('r', (r.wallInner * K).toFixed(2));
  refs.lumen.current?.setAttribute('r', (r.lumen * K).toFixed(2));
  refs.balloon.current?.setAttribute('r', (d.balloonRadius * K).toFixed(2));
  refs.wire.current?.setAttribute('visibility', d.wire ? 'visible' : 'hidden');
  // A cut across this artery's stent meets each zig-zag ring twice per crown.
  const count = artery.stent.crowns * 2;
  let struts = '';
  for (let i = 0; d.stentRadius > 0 && i < count; i++) {
    const a = (i / count) * Math.PI * 2;
    const x = Math.cos(a) * d.stentRadius * K;
    const y = Math.sin(a) * d.stentRadius * K;
    struts += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2.2"/>`;
  }
  if (refs.struts.current) refs.struts.current.innerHTML = struts;
}

/**
 * The artery cut across at its narrowest point, before treatment and now, drawn from the
 * model. The open channel's share of a healthy artery's area is worked out from the
 * model's lumen radius, not typed in, so it always matches the 3D picture.
 */
export function CrossSection({ player, artery }: { player: Player; artery: Artery }) {
  const { t } = useText();
  const before = useDiscRefs();
  const now = useDiscRefs();
  const nowFigure = useRef<HTMLElement>(null);
  const derived = useMemo(createDerived, []);
  const beforeOpen = asPercent(openAreaFraction(artery, 0), t);

  useEffect(() => {
    drawDisc(before, artery, { compression: 0, balloonRadius: 0, wire: false, stentRadius: 0 });
    // Reused on every timeline tick; the disc is redrawn only when what it shows changes.
    const d: DiscState = { compression: 0, balloonRadius: 0, wire: false, stentRadius: 0 };
    const last: DiscState = { compression: NaN, balloonRadius: NaN, wire: false, stentRadius: NaN };
    const draw = (): void => {
      const state = player.state;
      updateDerived(derived, state, artery);
      const s = artery.lesionCentre;
      const b = derived.balloon;
      const inBalloon = derived.balloonOut && Math.abs(b.centre - s) < b.length / 2;
      const inStent =
        derived.stentShown &&
        s >= derived.stentStart &&
        s <= derived.stentStart + artery.stent.length;
      d.compression = derived.compression;
      d.balloonRadius = inBalloon ? balloonMaxRadius(b, s) : 0;
      d.wire = derived.wireOut && state.wireTip > s;
      d.stentRadius = inStent ? stentRadius(artery.stent, state.stentExpansion) : 0;
      if (
        d.compression === last.compression &&
        d.balloonRadius === last.balloonRadius &&
        d.wire === last.wire &&
        d.stentRadius === last.stentRadius
      )
        return;
      Object.assign(last, d);
      drawDisc(now, artery, d);
      if (nowFigure.current)
        nowFigure.current.textContent = asPercent(openAreaFraction(artery, d.compression), t);
    };
    draw();
    return player.subscribe((e) => {
      if (e === 'time') draw();
    });
    // The ref objects are stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [player, artery, derived, t]);

  return (
    <figure className="section" data-testid="cross-section">
      <svg viewBox="0 0 280 150" role="img" aria-label={t('clinician.crossSection.picture')}>
        <Disc cx={BEFORE_X} refs={before} />
        <Disc cx={NOW_X} refs={now} />
        <text x={BEFORE_X} y="144" className="section__label">
          {t('clinician.crossSection.before')}
        </text>
        <text x={NOW_X} y="144" className="section__label">
          {t('clinician.crossSection.now')}
        </text>
      </svg>
      <dl className="section__figures">
        <div>
          <dt>{t('clinician.crossSection.openBefore')}</dt>
          <dd data-testid="open-before">{beforeOpen}</dd>
        </div>
        <div>
          <dt>{t('clinician.crossSection.openNow')}</dt>
          <dd ref={nowFigure} data-testid="open-now" />
        </div>
      </dl>
      <figcaption className="section__note">{t('clinician.crossSection.note')}</figcaption>
    </figure>
  );
}
