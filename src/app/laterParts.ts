// Everything the first picture does not need, in one chunk that src/app/lazyParts.tsx fetches
// by itself once the first frame is drawn (and React.lazy renders from when it is asked for):
// the clinician's tools, the clinician's case panel, the printed handout and the share code.
export { BedsideOverlay } from '../clinician/BedsideOverlay.tsx';
export { BedsideToolbar } from '../clinician/BedsideToolbar.tsx';
export { ClinicianPanel } from '../clinician/ClinicianPanel.tsx';
export { Diagrams } from '../clinician/Diagrams.tsx';
export { CasePanel } from '../ui/CasePanel.tsx';
export { Handout } from '../ui/takehome/Handout.tsx';
export { ShareDialog } from '../ui/takehome/ShareDialog.tsx';
