package health.flanders.portal.web.programmes;

import java.time.Clock;
import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.programme.FundingProgramme;
import health.flanders.portal.call.programme.FundingProgrammeRepository;
import health.flanders.portal.call.programme.ProgrammeDetails;

/** The overview of regional funding programmes: what the public reads and suggests, and what staff review. */
@Service
@Transactional(readOnly = true)
public class FundingProgrammes {

	private final FundingProgrammeRepository programmes;

	private final Clock clock;

	FundingProgrammes(FundingProgrammeRepository programmes, Clock clock) {
		this.programmes = programmes;
		this.clock = clock;
	}

	/** The published programmes of this country (ISO alpha-2, upper case), or of every country when {@code null}. */
	public List<ProgrammeView> published(String country) {
		List<FundingProgramme> found = country == null ? programmes.findPublished()
				: programmes.findPublishedIn(country);
		return found.stream().map(ProgrammeView::of).toList();
	}

	/** The countries that have published programmes, as ISO alpha-2 codes. */
	public List<String> countriesWithPublished() {
		return programmes.findCountriesWithPublished();
	}

	/** The suggestions waiting for staff, the oldest first. */
	public List<ProgrammeView> awaitingReview() {
		return programmes.findAwaitingReview().stream().map(ProgrammeView::of).toList();
	}

	/** Keeps a suggestion for staff to review; returns its id. It shows publicly only once published. */
	@Transactional
	public long suggest(ProgrammeDetails details, String suggestedBy) {
		return programmes.save(new FundingProgramme(details, suggestedBy, clock)).getId();
	}

	/**
	 * Publishes the suggestion as the reviewer saw it; returns the programme's name.
	 * @throws ObjectOptimisticLockingFailureException when someone changed or reviewed it meanwhile
	 * @throws IllegalStateException when it was reviewed already
	 */
	@Transactional
	public String publish(long id, long version, String reviewer) {
		FundingProgramme programme = asSeen(id, version);
		programme.publish(reviewer, clock);
		programmes.flush();
		return programme.getProgramme();
	}

	/**
	 * Declines the suggestion as the reviewer saw it; returns the programme's name.
	 * @throws ObjectOptimisticLockingFailureException when someone changed or reviewed it meanwhile
	 * @throws IllegalStateException when it was reviewed already
	 */
	@Transactional
	public String decline(long id, long version, String reviewer) {
		FundingProgramme programme = asSeen(id, version);
		programme.decline(reviewer, clock);
		programmes.flush();
		return programme.getProgramme();
	}

	private FundingProgramme asSeen(long id, long version) {
		FundingProgramme programme = programmes.findById(id)
			.orElseThrow(() -> new NotFoundException("funding programme", id));
		if (programme.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(FundingProgramme.class, id);
		}
		return programme;
	}
}
