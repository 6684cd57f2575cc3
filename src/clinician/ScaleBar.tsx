import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import type { Artery } from '../../models/artery.ts';
import type { Vec3 } from '../../models/vec3.ts';
import { useText } from '../i18n/useText.ts';
import { pixelsPerMm, scaleBarLength } from './scale.ts';
import { createViewWatch, type SceneProbe } from '../scene/sceneProbe.ts';

/** The longest the bar may grow (CSS px). */
const MAX_BAR = 180;

/**
 * A true-scale bar in millimetres, measured at the narrowing's distance from the camera, so
 * it stays right as the view zooms: "the stent is about the size of a ballpoint pen's spring".
 */
export function ScaleBar({ artery, probe }: { artery: Artery; probe: SceneProbe }) {
  const { t } = useText();
  const root = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const p: Vec3 = [0, 0, 0];
    const lesion = new Vector3();
    const toLesion = new Vector3();
    const forward = new Vector3();
    artery.centreline.pointAt(artery.lesionCentre, p);
    lesion.fromArray(p);
    const viewChanged = createViewWatch();
    let lastMm = 0;
    const draw = (): void => {
      const view = probe.view();
      if (!view || !root.current || !bar.current || !text.current) return;
      // The scale depends on the view alone: frames where only the timeline moved change nothing.
      if (!viewChanged(view)) return;
      view.camera.getWorldDirection(forward);
      const depth = forward.dot(toLesion.subVectors(lesion, view.camera.position));
      const pxPerMm = pixelsPerMm(depth, view.camera.fov, view.height) * view.camera.zoom;
      const mm = scaleBarLength(pxPerMm, MAX_BAR);
      bar.current.style.width = `${(mm * pxPerMm).toFixed(1)}px`;
      root.current.dataset.pxPerMm = pxPerMm.toFixed(3);
      if (mm !== lastMm) {
        lastMm = mm;
        text.current.textContent = t('clinician.scaleBar.length', { mm });
        root.current.setAttribute('aria-label', t('clinician.scaleBar.label', { mm }));
      }
    };
    draw();
    probe.invalidate();
    return probe.onFrame(draw);
  }, [artery, probe, t]);

  return (
    <div ref={root} className="scale-bar" role="img" data-testid="scale-bar">
      <div ref={bar} className="scale-bar__bar" />
      <span ref={text} className="scale-bar__text" aria-hidden="true" />
      <span className="scale-bar__note" aria-hidden="true">
        {t('clinician.scaleBar.note')}
      </span>
    </div>
  );
}
