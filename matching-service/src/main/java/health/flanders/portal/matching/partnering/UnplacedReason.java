package health.flanders.portal.matching.partnering;

/** Why an accepted meeting could not be placed, as the finished schedule shows it. */
public enum UnplacedReason {
	/** The two participants have no free slot in common. */
	NO_COMMON_TIME,
	/** In every slot both are free, one of the two is already meeting someone else. */
	PARTICIPANTS_BUSY,
	/** Some common free slots have both participants without a meeting, but every such slot has all its tables taken. */
	TABLES_FULL
}
