import { type RefObject, useEffect } from 'react';
import { type Ray, Vector3 } from 'three';
import { pointAtDepth, rayThroughPixel } from './anchoring.ts';
import type { BedsideTools, MarkPoint, Stroke, Tool } from './bedsideTools.ts';
import type { SceneProbe } from '../scene/sceneProbe.ts';

/** Points closer than this (CSS px) to the last one are skipped: each costs a raycast. */
const MIN_STEP = 4;
/** How long the pointer's dot lingers after the finger lifts (ms). */
const POINTER_LINGER = 1200;

interface Drawing {
  id: number;
  stroke: Stroke;
  /** Points that missed the model before any point hit it, with their rays. */
  pending: [MarkPoint, Ray][];
}

/**
 * Finger, stylus or mouse on the picture while Point or Draw is on. One finger draws or
 * points instead of turning the view (the orbit controls' rotate is switched off meanwhile);
 * two fingers still pinch to zoom, and the mouse wheel still zooms. A second finger landing
 * mid-stroke means a pinch, so that stroke is dropped.
 */
export function usePenInput(
  tools: BedsideTools,
  probe: SceneProbe,
  tool: Tool,
  layer: RefObject<HTMLElement | null>,
  dot: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const stage = layer.current?.closest('.stage-view');
    if (tool === 'none' || !(stage instanceof HTMLElement)) return;
    probe.setRotate(false);
    const down = new Set<number>();
    let drawing: Drawing | null = null;
    let linger = 0;

    const local = (e: PointerEvent): [number, number] => {
      const box = (layer.current ?? stage).getBoundingClientRect();
      return [e.clientX - box.left, e.clientY - box.top];
    };

    const showDot = (x: number, y: number, on: boolean): void => {
      const el = dot.current;
      if (!el) return;
      window.clearTimeout(linger);
      el.style.transform = `translate(${x}px, ${y}px)`;
      el.dataset.x = x.toFixed(1);
      el.dataset.y = y.toFixed(1);
      el.hidden = false;
      el.classList.toggle('pointer-dot--fading', !on);
      if (!on) linger = window.setTimeout(() => (el.hidden = true), POINTER_LINGER);
    };

    const addPoint = (current: Drawing, x: number, y: number): void => {
      const view = probe.view();
      if (!view) return;
      const { points } = current.stroke;
      const last = points[points.length - 1];
      if (last && Math.hypot(last.x - x, last.y - y) < MIN_STEP) return;
      const ray = rayThroughPixel(view.camera, x, y, view.width, view.height);
      const point: MarkPoint = { x, y, world: probe.hit(ray, new Vector3()) };
      const reference = points.find((p) => p.world)?.world;
      if (point.world) {
        // The first hit places the points drawn off the model before it at its depth.
        for (const [p, r] of current.pending) p.world = pointAtDepth(r, view.camera, point.world);
        current.pending = [];
      } else if (reference) {
        point.world = pointAtDepth(ray, view.camera, reference);
      } else {
        current.pending.push([point, ray]);
      }
      points.push(point);
      tools.strokesChanged();
    };

    const cancelStroke = (): void => {
      if (!drawing) return;
      const i = tools.strokes.indexOf(drawing.stroke);
      if (i >= 0) tools.strokes.splice(i, 1);
      drawing = null;
      tools.strokesChanged();
    };

    const onDown = (e: PointerEvent): void => {
      if (!(e.target instanceof HTMLCanvasElement) || e.button !== 0) return;
      down.add(e.pointerId);
      if (down.size > 1) {
        cancelStroke();
        dot.current?.setAttribute('hidden', '');
        return;
      }
      const [x, y] = local(e);
      if (tool === 'pointer') return showDot(x, y, true);
      drawing = {
        id: e.pointerId,
        stroke: { colour: tools.get().colour, points: [], screenPose: null },
        pending: [],
      };
      tools.strokes.push(drawing.stroke);
      addPoint(drawing, x, y);
    };

    const onMove = (e: PointerEvent): void => {
      if (down.size > 1) return;
      const [x, y] = local(e);
      if (tool === 'pointer') {
        if (
          down.has(e.pointerId) ||
          (e.pointerType === 'mouse' && e.target instanceof HTMLCanvasElement)
        )
          showDot(x, y, true);
        return;
      }
      if (drawing?.id === e.pointerId) addPoint(drawing, x, y);
    };

    const onUp = (e: PointerEvent): void => {
      const was = down.delete(e.pointerId);
      if (tool === 'pointer') {
        if (was || e.pointerType === 'mouse') showDot(...local(e), false);
        return;
      }
      const current = drawing;
      if (current?.id !== e.pointerId) return;
      drawing = null;
      // Drawn wholly off the model: it belongs to this view of the picture only.
      if (current.pending.length > 0) {
        current.stroke.screenPose = [...(probe.view()?.camera.matrixWorld.elements ?? [])];
        for (const [p] of current.pending) p.world = null;
      }
      tools.strokesChanged();
    };

    const onLeave = (e: PointerEvent): void => {
      if (tool === 'pointer' && e.pointerType === 'mouse' && !down.has(e.pointerId))
        showDot(...local(e), false);
    };

    stage.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    stage.addEventListener('pointerleave', onLeave);
    return () => {
      probe.setRotate(true);
      cancelStroke();
      window.clearTimeout(linger);
      stage.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      stage.removeEventListener('pointerleave', onLeave);
    };
  }, [tools, probe, tool, layer, dot]);
}
