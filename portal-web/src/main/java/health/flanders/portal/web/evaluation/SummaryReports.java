package health.flanders.portal.web.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import health.flanders.portal.call.evaluation.FundingDecisionRepository;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.review.scoring.WeightedTotal;

/**
 * The Evaluation Summary Report of a proposal as a PDF: per criterion the consensus score and its justification, the
 * weighted total, and the outcome with its rank once decided. It names no reviewer.
 */
@Service
@Transactional(readOnly = true)
public class SummaryReports {

	private final EvaluationSettings settings;

	private final Consensus consensus;

	private final FundingDecisionRepository decisions;

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	SummaryReports(EvaluationSettings settings, Consensus consensus, FundingDecisionRepository decisions, ITemplateEngine templates,
			ApplicationContext applicationContext) {
		this.settings = settings;
		this.consensus = consensus;
		this.decisions = decisions;
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	public record Decision(int rank, String outcome) {
	}

	/** Whether the call of the proposal is decided, so that its applicants may read the report. */
	public boolean decided(Proposal proposal) {
		return settings.of(proposal.getCall().getId()).decided();
	}

	public byte[] pdf(Proposal proposal, Locale locale) {
		EvaluationSettings.Settings call = settings.of(proposal.getCall().getId());
		Map<Long, Consensus.Agreed> agreed = consensus.agreed(proposal.getId());
		WeightedTotal total = WeightedTotal.of(call.criteria(),
				agreed.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
						entry -> entry.getValue().score())),
				call.totalThreshold());
		Optional<Decision> decision = decisions.findByProposalId(proposal.getId())
			.map(decided -> new Decision(decided.getRank(), decided.getOutcome().name()));
		Context context = new Context(locale, Map.of("proposal", proposal, "call", call, "callTitle",
				proposal.getCall().getTitle(locale), "criteria", call.criteria(),
				"agreed", agreed, "total", Optional.ofNullable(total), "decision", decision));
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		String xhtml = templates.process("reports/summary", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
