/**
 * The custom functions bundle: every SALES.* function, one file per area. The metadata plugin
 * reads their JSDoc to build functions.json and adds the CustomFunctions.associate calls itself.
 */
export * from "./targets";
export * from "./incentives";
export * from "./scorecards";
export * from "./tracking";
