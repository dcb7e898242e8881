/** Targets wizard (and its tracking view): strings in en-US and zh-CN (zh typed against en, so a missing one fails the build). */
export const en = {} as const;

export const zh: { readonly [K in keyof typeof en]: string } = {};
