package health.flanders.portal.web.proposals;

/** A draft's text (title, abstract, medical need or goals) was saved; delivered after the commit. */
public record ProposalTextSaved(long proposalId) {
}
