// Types for stillsInputs.mjs, so the TypeScript unit test can import it.
export declare const ROOT: string;
export declare const STILLS_INPUTS: string[];
export declare function stillsInputFiles(root?: string): string[];
export declare function stillsInputsHash(root?: string): string;
