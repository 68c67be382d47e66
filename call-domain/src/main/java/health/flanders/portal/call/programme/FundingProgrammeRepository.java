package health.flanders.portal.call.programme;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundingProgrammeRepository extends JpaRepository<FundingProgramme, Long> {

	/** What the public sees: every published programme, by country, then region. */
	@Query("""
			select p from FundingProgramme p
			where p.status = health.flanders.portal.call.programme.ProgrammeStatus.PUBLISHED
			order by p.country, p.region, p.programme""")
	List<FundingProgramme> findPublished();

	/** The published programmes of one country (ISO alpha-2, upper case), by region. */
	@Query("""
			select p from FundingProgramme p
			where p.status = health.flanders.portal.call.programme.ProgrammeStatus.PUBLISHED and p.country = :country
			order by p.region, p.programme""")
	List<FundingProgramme> findPublishedIn(String country);

	/** The countries that have at least one published programme, for the public filter. */
	@Query("""
			select distinct p.country from FundingProgramme p
			where p.status = health.flanders.portal.call.programme.ProgrammeStatus.PUBLISHED
			order by p.country""")
	List<String> findCountriesWithPublished();

	/** Suggestions waiting for staff, the oldest first. */
	@Query("""
			select p from FundingProgramme p
			where p.status = health.flanders.portal.call.programme.ProgrammeStatus.SUGGESTED
			order by p.createdAt, p.id""")
	List<FundingProgramme> findAwaitingReview();
}
