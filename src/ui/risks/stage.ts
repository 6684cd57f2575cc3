/**
 * The id of the stage on risks and benefits (src/content/procedure.json): while it is current
 * the risks panel shows. A module of its own so the browser tests can import it.
 */
export const RISKS_STAGE_ID = 'risks';
