/** Event families: where an event type is listed (meetings, or missions that need hands). */
export const eventFamilies = ['meeting', 'mission'] as const;
export type EventFamily = (typeof eventFamilies)[number];
