/** Officer console entry placeholder. */
export {};
