/**
 * What a shift reads once and then from memory: the campaign's workspace, the client's outcomes,
 * objections and script. The next lead then needs no request beyond taking it.
 */
export const shiftStaleTime = 12 * 60 * 60_000;
export const shiftCache = { staleTime: shiftStaleTime, gcTime: shiftStaleTime } as const;
