import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import type { Artery } from '../../models/artery.ts';
import type { Vec3 } from '../../models/vec3.ts';
import { useText } from '../i18n/useText.ts';
import { closeUpVisible } from '../scene/anatomy/viewScale.ts';
import { createDerived, updateDerived } from '../timeline/derived.ts';
import type { Player } from '../timeline/player.ts';
import { projectToPixel, type ScreenPoint } from './anchoring.ts';
import { type Box, type LabelRequest, placeLabels } from './labelLayout.ts';
import { PARTS, partAnchor } from './partAnchors.ts';
import type { SceneProbe } from '../scene/sceneProbe.ts';

/** Things already on the picture that labels must not cover. */
const KEEP_CLEAR =
  '.xray:not([hidden]), .view-controls, .stage-view__guided, .start-button, .scale-bar';

function boxOf(el: Element, origin: DOMRect): Box {
  const r = el.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

/**
 * Names the parts on show, each label pinned to its part by a short line. Positions are
 * worked out every frame and written straight to the DOM. The labels form a list, so a
 * screen reader hears which parts are in the picture; hidden parts leave the list.
 */
export function PartLabels({
  player,
  artery,
  probe,
}: {
  player: Player;
  artery: Artery;
  probe: SceneProbe;
}) {
  const { t } = useText();
  const list = useRef<HTMLUListElement>(null);
  const lines = useRef<SVGGElement>(null);
  const derived = useMemo(createDerived, []);

  useEffect(() => {
    const anchor: Vec3 = [0, 0, 0];
    const world = new Vector3();
    const screen: ScreenPoint = { x: 0, y: 0, inFront: false };
    // Reused frame to frame: one request per part, and the lists of those on show.
    const pool: LabelRequest[] = PARTS.map(() => ({ anchorX: 0, anchorY: 0, width: 0, height: 0 }));
    const requests: LabelRequest[] = [];
    const shown: HTMLLIElement[] = [];
    let lastSvg = '';
    const draw = (): void => {
      const ul = list.current;
      const g = lines.current;
      const view = probe.view();
      const layer = ul?.parentElement;
      const stage = ul?.closest('.stage-view');
      if (!ul || !g || !view || !layer || !stage) return;
      updateDerived(derived, player.state, artery);
      // Out at heart or body scale the close-up's parts are hidden (CloseUpGroup): so are labels.
      artery.centreline.pointAt(artery.lesionCentre, anchor);
      const closeUp = closeUpVisible(view.camera.position.distanceTo(world.fromArray(anchor)));
      const origin = layer.getBoundingClientRect();
      const bounds: Box = { x: 4, y: 4, width: view.width - 8, height: view.height - 8 };
      const keepOut = [...stage.querySelectorAll(KEEP_CLEAR)].map((el) => boxOf(el, origin));
      requests.length = 0;
      shown.length = 0;
      PARTS.forEach((part, i) => {
        const li = ul.children[i] as HTMLLIElement | undefined;
        const request = pool[i];
        if (!li || !request) return;
        const on = closeUp && partAnchor(part.id, artery, player.state, derived, anchor);
        projectToPixel(world.fromArray(anchor), view.camera, view.width, view.height, screen);
        const inView =
          on &&
          screen.inFront &&
          screen.x > 0 &&
          screen.y > 0 &&
          screen.x < view.width &&
          screen.y < view.height;
        li.hidden = !inView;
        if (!inView) return;
        request.anchorX = screen.x;
        request.anchorY = screen.y;
        shown.push(li);
        requests.push(request);
      });
      // Sizes are read once every label is shown or hidden: one layout a frame, not one a label.
      shown.forEach((li, i) => {
        const request = requests[i];
        if (!request) return;
        request.width = li.offsetWidth;
        request.height = li.offsetHeight;
      });
      const spots = placeLabels(requests, bounds, keepOut);
      let svg = '';
      shown.forEach((li, i) => {
        const spot = spots[i];
        const r = requests[i];
        if (!spot || !r) {
          li.hidden = true;
          return;
        }
        li.style.transform = `translate(${spot.x.toFixed(1)}px, ${spot.y.toFixed(1)}px)`;
        li.dataset.x = r.anchorX.toFixed(1);
        li.dataset.y = r.anchorY.toFixed(1);
        // The line runs from the part to the nearest point of its label.
        const lx = Math.min(Math.max(r.anchorX, spot.x), spot.x + spot.width);
        const ly = Math.min(Math.max(r.anchorY, spot.y), spot.y + spot.height);
        svg +=
          `<line x1="${r.anchorX.toFixed(1)}" y1="${r.anchorY.toFixed(1)}" x2="${lx.toFixed(1)}" y2="${ly.toFixed(1)}"/>` +
          `<circle cx="${r.anchorX.toFixed(1)}" cy="${r.anchorY.toFixed(1)}" r="4"/>`;
      });
      // Re-parsing the lines only when they moved: while paused they stay put.
      if (svg !== lastSvg) g.innerHTML = lastSvg = svg;
    };
    draw();
    probe.invalidate();
    return probe.onFrame(draw);
  }, [player, artery, probe, derived]);

  return (
    <>
      <svg className="part-labels__lines" aria-hidden="true">
        <g ref={lines} />
      </svg>
      <ul
        ref={list}
        className="part-labels"
        aria-label={t('clinician.labels.list')}
        data-testid="part-labels"
      >
        {PARTS.map((part) => (
          <li key={part.id} className="part-label" data-part={part.id} hidden>
            {t(part.name)}
          </li>
        ))}
      </ul>
    </>
  );
}
