// The clinician tools (issue 4), as App mounts them.
export { BedsideOverlay } from './BedsideOverlay.tsx';
export { BedsideToolbar } from './BedsideToolbar.tsx';
export { createBedsideTools } from './bedsideTools.ts';
export { ClinicianPanel } from './ClinicianPanel.tsx';
export { ModeSwitch } from './ModeSwitch.tsx';
export { createSceneProbe } from '../scene/sceneProbe.ts';
export { useMode } from './useMode.ts';
export { Diagrams } from './Diagrams.tsx';
export { CLINICIAN_PANEL_HEADING, NO_DIAGRAMS, type OpenDiagrams } from './panelIds.ts';
