// Names shared by the clinician's tools and the code that opens them, in a file of their own
// so that naming them does not pull the tools (loaded after the first frame) into the page's
// first script.

/** The id of the clinician panel's heading: focused and scrolled to when the tools turn on. */
export const CLINICIAN_PANEL_HEADING = 'clinician-panel-heading';

/** Which of the clinician's diagrams are open. */
export interface OpenDiagrams {
  section: boolean;
  flow: boolean;
}

export const NO_DIAGRAMS: OpenDiagrams = { section: false, flow: false };
