package health.flanders.portal.matching.partnering;

/** A meeting placed in a slot (0-based, from the start of the window) at a table (0-based). */
public record PlacedMeeting(long requestId, int slot, int table) {
}
