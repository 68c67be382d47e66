package health.flanders.portal.web.partnering;

/** A participant's marks of one meeting after the session; no proposal named keeps a follow-up for later. */
public class MeetingMarkForm {

	private boolean held;

	private boolean followUp;

	private Long proposalId;

	public boolean isHeld() {
		return held;
	}

	public void setHeld(boolean held) {
		this.held = held;
	}

	public boolean isFollowUp() {
		return followUp;
	}

	public void setFollowUp(boolean followUp) {
		this.followUp = followUp;
	}

	public Long getProposalId() {
		return proposalId;
	}

	public void setProposalId(Long proposalId) {
		this.proposalId = proposalId;
	}
}
