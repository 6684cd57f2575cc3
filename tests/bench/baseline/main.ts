// The benchmark's baseline: plain three.js drawing a scene comparable to the explainer's (a
// cut-open artery with a plaque bulge, a catheter and wire, a moving balloon, 380 instanced
// red cells, orbit controls, the same lights), rendering only when something moves. It
// exposes the same handle as the app (a player and the renderer) so one harness drives both.
import {
  BufferAttribute,
  BufferGeometry,
  CatmullRomCurve3,
  Color,
  DirectionalLight,
  DoubleSide,
  HemisphereLight,
  InstancedMesh,
  LatheGeometry,
  Matrix4,
  Mesh,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
  NeutralToneMapping,
  PerspectiveCamera,
  Plane,
  PMREMGenerator,
  Quaternion,
  Scene,
  Vector2,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

interface BaselinePlayer {
  readonly duration: number;
  time(): number;
  playing(): boolean;
  play(): void;
  pause(): void;
  seek(t: number): void;
}

declare global {
  interface Window {
    __pciBaseline?: { player: BaselinePlayer; renderer: WebGLRenderer };
  }
}

const DURATION = 60;
const CELLS = 380;
const OUTER = 1.9;
const INNER = 1.5;

// Optional canvas size in CSS pixels (?w=&h=), so the baseline can fill as many pixels as
// the app's picture does; otherwise the whole window.
const params = new URLSearchParams(window.location.search);
const fixedWidth = Number(params.get('w')) || 0;
const fixedHeight = Number(params.get('h')) || 0;

const curve = new CatmullRomCurve3([
  new Vector3(-42, -2, 0),
  new Vector3(-22, 1.5, 0),
  new Vector3(0, -1, 0),
  new Vector3(20, 1.2, 0),
  new Vector3(42, -1.5, 0),
]);

/** A tube swept along the curve from u0 to u1, its radius a function of (u, angle). */
function sweep(
  u0: number,
  u1: number,
  rings: number,
  segments: number,
  radius: (u: number, theta: number) => number,
): BufferGeometry {
  const frames = curve.computeFrenetFrames(rings, false);
  const positions = new Float32Array((rings + 1) * (segments + 1) * 3);
  const p = new Vector3();
  const indices: number[] = [];
  for (let i = 0; i <= rings; i++) {
    const u = u0 + ((u1 - u0) * i) / rings;
    curve.getPointAt(u, p);
    const n = frames.normals[Math.min(Math.round(u * rings), rings)] ?? new Vector3(0, 1, 0);
    const bn = frames.binormals[Math.min(Math.round(u * rings), rings)] ?? new Vector3(0, 0, 1);
    for (let j = 0; j <= segments; j++) {
      const theta = (j / segments) * Math.PI * 2;
      const r = radius(u, theta);
      const c = Math.cos(theta) * r;
      const s = Math.sin(theta) * r;
      const k = (i * (segments + 1) + j) * 3;
      positions[k] = p.x + n.x * c + bn.x * s;
      positions[k + 1] = p.y + n.y * c + bn.y * s;
      positions[k + 2] = p.z + n.z * c + bn.z * s;
      if (i < rings && j < segments) {
        const a = i * (segments + 1) + j;
        const b = a + segments + 1;
        indices.push(a, b, a + 1, b, b + 1, a + 1);
      }
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(indices);
  geometry.computeVertexNormals();
  return geometry;
}

/** Two tubes in one geometry: the wall's outside and its lining. */
function shell(outer: BufferGeometry, inner: BufferGeometry): BufferGeometry {
  const a = outer.getAttribute('position').array as Float32Array;
  const b = inner.getAttribute('position').array as Float32Array;
  const na = outer.getAttribute('normal').array as Float32Array;
  const nb = inner.getAttribute('normal').array as Float32Array;
  const positions = new Float32Array(a.length + b.length);
  positions.set(a);
  positions.set(b, a.length);
  const normals = new Float32Array(na.length + nb.length);
  normals.set(na);
  normals.set(nb, na.length);
  const ia = Array.from(outer.getIndex()?.array ?? []);
  const offset = a.length / 3;
  const ib = Array.from(inner.getIndex()?.array ?? []).map((i) => i + offset);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setIndex([...ia, ...ib]);
  return geometry;
}

// The cutaway: the half of everything nearer the viewer than z = 0 is clipped away.
const cutaway = [new Plane(new Vector3(0, 0, -1), 0)];
const plaqueBulge = (u: number): number => Math.exp(-(((u - 0.52) / 0.06) ** 2));

const wallMaterial = new MeshPhysicalMaterial({
  color: '#b9473f',
  roughness: 0.55,
  clearcoat: 0.35,
  clearcoatRoughness: 0.45,
  sheen: 0.4,
  sheenColor: new Color('#ffb3a6'),
  side: DoubleSide,
  clippingPlanes: cutaway,
});
const plaqueMaterial = new MeshStandardMaterial({
  color: '#f1d48a',
  roughness: 0.75,
  side: DoubleSide,
  clippingPlanes: cutaway,
});
const catheterMaterial = new MeshPhysicalMaterial({
  color: '#8db7e0',
  roughness: 0.3,
  clearcoat: 0.6,
  side: DoubleSide,
  clippingPlanes: cutaway,
});
const wireMaterial = new MeshStandardMaterial({
  color: '#c8cdd4',
  roughness: 0.22,
  metalness: 0.95,
});
const balloonMaterial = new MeshPhysicalMaterial({
  color: '#c4e2ff',
  roughness: 0.12,
  clearcoat: 1,
  transparent: true,
  opacity: 0.42,
  depthWrite: false,
  side: DoubleSide,
});
const cellMaterial = new MeshStandardMaterial({ color: '#b3222c', roughness: 0.45 });

const scene = new Scene();
const wall = new Mesh(
  shell(
    sweep(0, 1, 200, 48, () => OUTER),
    sweep(0, 1, 200, 48, () => INNER),
  ),
  wallMaterial,
);
const plaque = new Mesh(
  sweep(0.4, 0.64, 110, 56, (u, theta) => {
    const side = 0.55 + 0.45 * Math.cos(theta);
    return INNER - 0.02 - 0.95 * plaqueBulge(u) * side;
  }),
  plaqueMaterial,
);
const catheter = new Mesh(
  sweep(0, 0.3, 70, 28, () => 0.45),
  catheterMaterial,
);
const wire = new Mesh(
  sweep(0, 0.78, 220, 10, () => 0.05),
  wireMaterial,
);

/** The balloon's profile: a cylinder with tapered ends, unit radius, turned on a lathe. */
function balloonGeometry(): LatheGeometry {
  const profile: Vector2[] = [];
  const steps = 44;
  for (let i = 0; i <= steps; i++) {
    const y = -1 + (2 * i) / steps;
    const r = Math.min(1, (1 - Math.abs(y)) * 5) * 0.95 + 0.05;
    profile.push(new Vector2(r, y * 3));
  }
  return new LatheGeometry(profile, 48);
}
const balloon = new Mesh(balloonGeometry(), balloonMaterial);

/** A red cell's biconcave disc, turned on a lathe (as the explainer's). */
function cellGeometry(): LatheGeometry {
  const profile: Vector2[] = [];
  const steps = 4;
  const half = (x: number): number =>
    0.5 * Math.sqrt(Math.max(1 - x * x, 0)) * (0.0518 + 2.0026 * x * x - 4.491 * x ** 4) * 0.5;
  for (let i = 0; i <= steps; i++) {
    const x = Math.sin((i / steps) * (Math.PI / 2));
    profile.push(new Vector2(x * 0.5, -Math.max(half(x), 0.012)));
  }
  for (let i = steps; i >= 0; i--) {
    const x = Math.sin((i / steps) * (Math.PI / 2));
    profile.push(new Vector2(x * 0.5, Math.max(half(x), 0.012)));
  }
  return new LatheGeometry(profile, 8);
}
const cells = new InstancedMesh(cellGeometry(), cellMaterial, CELLS);
cells.frustumCulled = false;

// A fixed pseudo-random seed per cell, so every run draws the same picture.
let seedState = 12345;
const random = (): number => {
  seedState = (seedState * 1664525 + 1013904223) % 4294967296;
  return seedState / 4294967296;
};
const seeds = Array.from({ length: CELLS }, () => ({
  u: random(),
  rho: Math.sqrt(random()) * 0.85,
  theta: random() * Math.PI * 2,
  speed: 0.02 + random() * 0.015,
  axis: new Vector3(random() - 0.5, random() - 0.5, random() - 0.5).normalize(),
}));

scene.add(wall, plaque, catheter, wire, balloon, cells);
scene.add(new HemisphereLight('#fff6ee', '#6b3b36', 0.9));
const key = new DirectionalLight('#fff3e6', 1.6);
key.position.set(-30, 60, 50);
const fill = new DirectionalLight('#dfe9ff', 0.45);
fill.position.set(40, 10, 30);
const rim = new DirectionalLight('#ffffff', 0.5);
rim.position.set(0, 20, -60);
scene.add(key, fill, rim);

const renderer = new WebGLRenderer({ antialias: true, alpha: true });
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
renderer.toneMapping = NeutralToneMapping;
renderer.localClippingEnabled = true;
renderer.setClearColor(0x000000, 0);
document.body.appendChild(renderer.domElement);

const pmrem = new PMREMGenerator(renderer);
const room = new RoomEnvironment();
scene.environment = pmrem.fromScene(room, 0.04).texture;
scene.environmentIntensity = 0.55;
room.dispose();
pmrem.dispose();

const camera = new PerspectiveCamera(32, 1, 0.5, 600);
camera.position.set(2, 10, 48);
const controls = new OrbitControls(camera, renderer.domElement);
controls.target.set(2, -0.8, 0);
controls.enableDamping = true;
controls.dampingFactor = 0.15;

// Scratch objects: nothing is allocated per frame.
const m = new Matrix4();
const q = new Quaternion();
const p = new Vector3();
const t = new Vector3();
const scale = new Vector3();
const up = new Vector3(0, 1, 0);

/** Poses everything for a time on the 60 s timeline. */
function update(time: number): void {
  const phase = time / DURATION;
  // The balloon slides in over the first half, inflates, then deflates.
  const u = 0.3 + 0.22 * Math.min(phase * 2, 1);
  const inflation = Math.max(0, Math.sin(Math.min(Math.max((phase - 0.5) * 2, 0), 1) * Math.PI));
  curve.getPointAt(u, p);
  curve.getTangentAt(u, t);
  balloon.position.copy(p);
  balloon.quaternion.setFromUnitVectors(up, t);
  const r = 0.35 + 1.1 * inflation;
  balloon.scale.set(r, 1, r);
  for (let i = 0; i < CELLS; i++) {
    const seed = seeds[i];
    if (!seed) continue;
    const along = (seed.u + time * seed.speed) % 1;
    curve.getPointAt(along, p);
    const radius = INNER * seed.rho * (1 - 0.6 * plaqueBulge(along));
    p.y += Math.cos(seed.theta) * radius;
    p.z += Math.sin(seed.theta) * radius;
    q.setFromAxisAngle(seed.axis, seed.theta + time * 2);
    scale.setScalar(0.55);
    m.compose(p, q, scale);
    cells.setMatrixAt(i, m);
  }
  cells.instanceMatrix.needsUpdate = true;
}

function resize(): void {
  const width = fixedWidth || window.innerWidth;
  const height = fixedHeight || window.innerHeight;
  renderer.setSize(width, height);
  camera.aspect = width / height;
  camera.updateProjectionMatrix();
  requestRender();
}

// Render on demand: a frame only while playing, or when the view or the time changes.
let scheduled = false;
let playing = false;
let time = 0;
let last = 0;

function frame(now: number): void {
  scheduled = false;
  if (playing) {
    time = Math.min(time + Math.max(now - last, 0) / 1000, DURATION);
    last = now;
    if (time >= DURATION) playing = false;
  }
  update(time);
  controls.update();
  renderer.render(scene, camera);
  if (playing) requestRender();
}

function requestRender(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(frame);
}

controls.addEventListener('change', requestRender);
window.addEventListener('resize', resize);

const player: BaselinePlayer = {
  duration: DURATION,
  time: () => time,
  playing: () => playing,
  play() {
    if (playing) return;
    playing = true;
    last = performance.now();
    requestRender();
  },
  pause() {
    playing = false;
  },
  seek(to) {
    time = Math.min(Math.max(to, 0), DURATION);
    requestRender();
  },
};

window.__pciBaseline = { player, renderer };
resize();
