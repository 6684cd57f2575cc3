// The demo hospital page's script: drives the explainer through the client the build
// writes (dist/embed-client.js, which a hospital copies to its own site).
import { connectExplainer } from './embed-client.js';

const iframe = document.querySelector('iframe.pci-explainer');
const explainer = connectExplainer(iframe);
const nowShowing = document.getElementById('host-stage');

explainer.ready.then((ready) => {
  const stage = [...ready.stages].reverse().find((s) => s.start <= ready.time);
  nowShowing.textContent = stage ? stage.title : '';
});
explainer.on('stagechange', (event) => {
  // textContent: what comes from the frame is never written as HTML.
  nowShowing.textContent = event.title;
});
for (const button of document.querySelectorAll('[data-stage]'))
  button.addEventListener('click', () => explainer.seek({ stage: button.dataset.stage }));
document.getElementById('host-play').addEventListener('click', () => explainer.play());
document.getElementById('host-pause').addEventListener('click', () => explainer.pause());
// For the browser tests: every event, in order.
window.explainerEvents = [];
for (const name of ['ready', 'stagechange', 'timeupdate', 'ended'])
  explainer.on(name, (event) => window.explainerEvents.push({ ...event, at: performance.now() }));
window.explainer = explainer;
