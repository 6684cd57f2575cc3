import { useEffect, useMemo, useRef } from 'react';
import type { Artery } from '../../models/artery.ts';
import { occludedLumenRadius } from '../../models/clot.ts';
import type { Vec3 } from '../../models/vec3.ts';
import { createDerived, updateDerived } from '../timeline/derived.ts';
import type { Player } from '../timeline/player.ts';
import { useText } from '../i18n/useText.ts';

export interface XrayInsetProps {
  player: Player;
  artery: Artery;
}

/** The inset's drawing area in SVG units, and the part of the artery it frames (mm). */
const WIDTH = 320;
const HEIGHT = 150;
const VIEW_X0 = -30;
const VIEW_X1 = 34;
const SCALE = WIDTH / (VIEW_X1 - VIEW_X0);

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
    const p: Vec3 = [0, 0, 0];
    const n: Vec3 = [0, 0, 0];
    const toSvg = (x: number, y: number): string =>
      `${((x - VIEW_X0) * SCALE).toFixed(1)},${(HEIGHT / 2 - y * SCALE * 1.4).toFixed(1)}`;
    let lastKey = '';
    const draw = (): void => {
      const state = player.state;
      const el = root.current;
      if (!el) return;
      const shown = state.xray > 0.01;
      el.style.opacity = String(state.xray);
      el.hidden = !shown;
      if (!shown) return;
      updateDerived(derived, state, artery);
      // A blocking clot stops the dye: the artery beyond it does not fill.
      const front = Math.min(state.dyeFront, derived.blockedAt);
      const key = `${derived.compression.toFixed(3)}|${front.toFixed(2)}|${state.guideTip.toFixed(2)}|${state.dyeOpacity.toFixed(2)}|${state.clot.toFixed(3)}`;
      if (key === lastKey) return;
      lastKey = key;
      const { centreline } = artery;
      const from = Math.max(state.guideTip, 0);
      const to = Math.min(front, centreline.length);
      const top: string[] = [];
      const bottom: string[] = [];
      const steps = 90;
      for (let i = 0; i <= steps && to > from; i++) {
        const s = from + ((to - from) * i) / steps;
        centreline.pointAt(s, p);
        centreline.normalAt(s, n);
        const r = occludedLumenRadius(artery, s, derived.compression, state.clot);
        top.push(toSvg(p[0] + n[0] * r, p[1] + n[1] * r));
        bottom.unshift(toSvg(p[0] - n[0] * r, p[1] - n[1] * r));
      }
      vessel.current?.setAttribute('d', top.length ? `M${top.join('L')}L${bottom.join('L')}Z` : '');
      vessel.current?.setAttribute('opacity', String(0.25 + 0.75 * state.dyeOpacity));
      centreline.pointAt(state.guideTip - 40, p);
      const a = toSvg(p[0], p[1]);
      centreline.pointAt(state.guideTip, p);
      catheter.current?.setAttribute('d', `M${a}L${toSvg(p[0], p[1])}`);
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
