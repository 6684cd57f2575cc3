import { useEffect, useMemo, useRef } from 'react';
import type { Artery } from '../../models/artery.ts';
import { XRAY_FRAME, xrayCatheterPath, xrayVesselPath } from '../../models/xrayOutline.ts';
import { createDerived, updateDerived } from '../timeline/derived.ts';
import type { Player } from '../timeline/player.ts';
import { useText } from '../i18n/useText.ts';

export interface XrayInsetProps {
  player: Player;
  artery: Artery;
}

const { width: WIDTH, height: HEIGHT } = XRAY_FRAME;

/**
 * What the doctor sees on the X-ray screen: the dye-filled artery as a dark shadow on grey,
 * pinched where it is narrowed. Drawn from the same model as the 3D scene, so it always
 * agrees with it. Shown while the timeline's `xray` value is up.
 */
export function XrayInset({ player, artery }: XrayInsetProps) {
  const { t } = useText();
  const root = useRef<HTMLElement>(null);
  const vessel = useRef<SVGPathElement>(null);
  const catheter = useRef<SVGPathElement>(null);
  const derived = useMemo(createDerived, []);

  useEffect(() => {
    // What was last drawn, rounded as far as the eye can tell at this size: the inset is
    // written only when one of them moves (never while hidden, never twice the same).
    let opacity = -1;
    const last = new Float64Array(5).fill(Number.NaN);
    /** Keeps value `i` (rounded to `step`); says whether it differs from the last kept. */
    const moved = (i: number, value: number, step: number): number => {
      const rounded = Math.round(value / step);
      const changed = last[i] !== rounded;
      last[i] = rounded;
      return changed ? 1 : 0;
    };
    const draw = (): void => {
      const state = player.state;
      const el = root.current;
      if (!el) return;
      const shown = state.xray > 0.01;
      if (state.xray !== opacity) {
        opacity = state.xray;
        el.style.opacity = String(opacity);
        el.hidden = !shown;
      }
      if (!shown) return;
      updateDerived(derived, state, artery);
      // A blocking clot stops the dye: the artery beyond it does not fill.
      const front = Math.min(state.dyeFront, derived.blockedAt);
      // Every value is kept (no short cut), so the next frame compares against this one.
      const changes =
        moved(0, derived.compression, 1e-3) +
        moved(1, front, 1e-2) +
        moved(2, state.guideTip, 1e-2) +
        moved(3, state.dyeOpacity, 1e-2) +
        moved(4, state.clot, 1e-3);
      if (changes === 0) return;
      vessel.current?.setAttribute(
        'd',
        xrayVesselPath(artery, XRAY_FRAME, state.guideTip, front, derived.compression, state.clot),
      );
      vessel.current?.setAttribute('opacity', String(0.25 + 0.75 * state.dyeOpacity));
      catheter.current?.setAttribute('d', xrayCatheterPath(artery, XRAY_FRAME, state.guideTip));
    };
    draw();
    return player.subscribe((e) => {
      if (e === 'time') draw();
    });
  }, [player, artery, derived]);

  return (
    <figure ref={root} className="xray" hidden aria-label={t('xray.label')}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('xray.description')}>
        <defs>
          <radialGradient id="xray-bg" cx="50%" cy="45%" r="75%">
            <stop offset="0" stopColor="#b9bec2" />
            <stop offset="1" stopColor="#6f7579" />
          </radialGradient>
          <filter id="xray-soft" x="-5%" y="-20%" width="110%" height="140%">
            <feGaussianBlur stdDeviation="1.4" />
          </filter>
        </defs>
        <rect width={WIDTH} height={HEIGHT} fill="url(#xray-bg)" />
        <path
          ref={catheter}
          stroke="#3a3f43"
          strokeWidth="5"
          fill="none"
          strokeLinecap="round"
          filter="url(#xray-soft)"
        />
        <path ref={vessel} fill="#1e2326" filter="url(#xray-soft)" />
      </svg>
      <figcaption className="xray__caption">{t('xray.caption')}</figcaption>
    </figure>
  );
}
