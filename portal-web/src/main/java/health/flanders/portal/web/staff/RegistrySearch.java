package health.flanders.portal.web.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.OrganisationSize;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.call.organisation.ValueChainPlace;
import health.flanders.portal.call.proposal.DiseaseArea;

/**
 * Full-text search over the active organisations of the registry with PostgreSQL: Dutch and English stemming,
 * accents and case ignored (the {@code icon_english} and {@code icon_dutch} configurations of migration V9), ranked,
 * with the matched words marked, filtered by type, region, place in the value chain and therapeutic area (GIN indexes
 * of migration V10), a page at a time.
 */
@Service
public class RegistrySearch {

	public static final int PAGE_SIZE = 20;

	private static final String START = "\u0001";

	private static final String STOP = "\u0002";

	private final JdbcClient jdbc;

	RegistrySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What to look for; {@code area} is an ICD-10 chapter; a {@code null} filter does not filter. */
	public record Query(String text, OrganisationType type, Region region, ValueChainPlace place, String area,
			int page) {

		public Query {
			text = text == null ? "" : text.strip();
			area = area == null || !DiseaseArea.isChapter(area) ? null : area;
			page = Math.max(page, 0);
		}

		public Query(String text, OrganisationType type, Region region, int page) {
			this(text, type, region, null, null, page);
		}
	}

	/** One organisation found; {@code snippetHtml} is escaped HTML with the matched words in {@code <mark>}. */
	public record Hit(long id, String name, OrganisationType type, OrganisationSize size, String enterpriseNumber,
			String corporateGroup, String city, Region region, List<String> expertise, String snippetHtml) {
	}

	public record Results(List<Hit> hits, long total, int page) {

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return (long) (page + 1) * PAGE_SIZE < total;
		}
	}

	public Results search(Query query) {
		boolean words = !query.text().isEmpty();
		// The page is chosen first, from the index and the ranks alone; only its rows get a snippet, which costs far
		// more than a rank (a common word matches tens of thousands of profiles).
		StringBuilder page = new StringBuilder("select o.id, count(*) over () as total");
		if (words) {
			page.append(", ts_rank_cd(o.search_document, q.query, 1) as rank from organisations o, q "
					+ "where o.active and o.search_document @@ q.query");
		}
		else {
			page.append(", 0 as rank from organisations o where o.active");
		}
		if (query.type() != null) {
			page.append(" and o.type = :type");
		}
		if (query.region() != null) {
			page.append(" and o.region = :region");
		}
		if (query.place() != null) {
			page.append(" and o.value_chain @> array[cast(:place as text)]");
		}
		if (query.area() != null) {
			page.append(" and o.therapeutic_areas @> array[cast(:area as text)]");
		}
		page.append(words ? " order by rank desc, o.name" : " order by o.name");
		page.append(" limit :limit offset :offset");
		StringBuilder sql = new StringBuilder("with q as (select websearch_to_tsquery('icon_english', :text) "
				+ "|| websearch_to_tsquery('icon_dutch', :text) as query), page as (" + page + ") "
				+ "select o.id, o.name, o.type, o.size, o.enterprise_number, o.corporate_group, o.city, o.region, "
				+ "o.expertise, page.total, ");
		if (words) {
			sql.append("ts_headline('icon_english', o.name || ' · ' || array_to_string(o.expertise, ', ') || ' · ' "
					+ "|| o.description, q.query, 'StartSel=" + START + ", StopSel=" + STOP
					+ ", MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter= … ') as snippet ");
		}
		else {
			sql.append("'' as snippet ");
		}
		sql.append("from page join organisations o on o.id = page.id, q order by page.rank desc, o.name");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
			.param("limit", PAGE_SIZE)
			.param("offset", query.page() * PAGE_SIZE);
		statement = statement.param("text", query.text());
		if (query.type() != null) {
			statement = statement.param("type", query.type().name());
		}
		if (query.region() != null) {
			statement = statement.param("region", query.region().name());
		}
		if (query.place() != null) {
			statement = statement.param("place", query.place().name());
		}
		if (query.area() != null) {
			statement = statement.param("area", query.area());
		}
		long[] total = { 0 };
		List<Hit> hits = new ArrayList<>(statement.query((rs, row) -> {
			total[0] = rs.getLong("total");
			return hit(rs);
		}).list());
		return new Results(hits, total[0], query.page());
	}

	private static Hit hit(ResultSet rs) throws SQLException {
		String number = rs.getString("enterprise_number");
		String size = rs.getString("size");
		Array expertise = rs.getArray("expertise");
		return new Hit(rs.getLong("id"), rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
				size == null ? null : OrganisationSize.valueOf(size),
				number == null ? null : new EnterpriseNumber(number).formatted(), rs.getString("corporate_group"),
				rs.getString("city"), Region.valueOf(rs.getString("region")),
				expertise == null ? List.of() : Arrays.asList((String[]) expertise.getArray()),
				marked(rs.getString("snippet")));
	}

	/** Escapes the snippet, then turns PostgreSQL's markers into {@code <mark>} elements. */
	static String marked(String snippet) {
		return HtmlUtils.htmlEscape(snippet).replace(START, "<mark>").replace(STOP, "</mark>");
	}
}
