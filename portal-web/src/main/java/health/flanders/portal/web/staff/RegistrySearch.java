package health.flanders.portal.web.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * with the matched words marked, filtered by type, region, place in the value chain and therapeutic area, a page at a
 * time.
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

		/** The rows before this page, as a {@code long}: a page near {@link Integer#MAX_VALUE} does not overflow. */
		long offset() {
			return (long) page * PAGE_SIZE;
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
		return query.text().isEmpty() ? list(query) : find(query);
	}

	/**
	 * Words: the narrow {@code organisation_search} table of migration V16, its one GIN index read for the words and the
	 * filters together. The page is chosen first, from the ranks alone; only its rows get a snippet, which costs far
	 * more than a rank. Both CTEs are materialized: otherwise PostgreSQL parses the query's words again for every row
	 * it ranks, and carries each row's whole vector through the count.
	 */
	private Results find(Query query) {
		List<String> facets = facets(query);
		String sql = "with q as materialized (select case when english = dutch then english else english || dutch end "
				+ "as query from (select websearch_to_tsquery('icon_english', :text) as english, "
				+ "websearch_to_tsquery('icon_dutch', :text) as dutch) words), "
				+ "matches as materialized (select s.organisation_id as id, s.name, "
				+ "ts_rank_cd(s.document, q.query, 1) as rank from organisation_search s, q where s.document @@ q.query"
				+ (facets.isEmpty() ? "" : " and s.facets @> cast(:facets as text[])") + "), "
				+ "page as (select id, rank, count(*) over () as total from matches order by rank desc, name "
				+ "limit :limit offset :offset) "
				+ "select o.id, o.name, o.type, o.size, o.enterprise_number, g.name as corporate_group, o.city, o.region, "
				+ "o.expertise, page.total, ts_headline('icon_english', o.name || ' · ' "
				+ "|| array_to_string(o.expertise, ', ') || ' · ' || o.description, q.query, 'StartSel=" + START
				+ ", StopSel=" + STOP + ", MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter= … ') as snippet "
				+ "from page join organisations o on o.id = page.id "
				+ "left join corporate_groups g on g.id = o.corporate_group_id, q order by page.rank desc, o.name";
		JdbcClient.StatementSpec statement = jdbc.sql(sql)
			.param("text", query.text())
			.param("limit", PAGE_SIZE)
			.param("offset", query.offset());
		if (!facets.isEmpty()) {
			statement = statement.param("facets", facets.toArray(String[]::new));
		}
		return results(statement, query);
	}

	/** The filters as the words {@code organisation_search.facets} holds, as its migration spells them. */
	private static List<String> facets(Query query) {
		List<String> facets = new ArrayList<>();
		if (query.type() != null) {
			facets.add("type:" + query.type().name());
		}
		if (query.region() != null) {
			facets.add("region:" + query.region().name());
		}
		if (query.place() != null) {
			facets.add("place:" + query.place().name());
		}
		if (query.area() != null) {
			facets.add("area:" + query.area());
		}
		return facets;
	}

	/**
	 * No words: the active organisations by name, filtered through the organisations' own indexes. The page is read in
	 * name order from the index on the active organisations' names, and counted apart: a count over the window would
	 * make PostgreSQL read and sort every organisation for the first 25.
	 */
	private Results list(Query query) {
		StringBuilder where = new StringBuilder(" where o.active");
		Map<String, Object> params = new HashMap<>();
		if (query.type() != null) {
			where.append(" and o.type = :type");
			params.put("type", query.type().name());
		}
		if (query.region() != null) {
			where.append(" and o.region = :region");
			params.put("region", query.region().name());
		}
		if (query.place() != null) {
			where.append(" and o.value_chain @> array[cast(:place as text)]");
			params.put("place", query.place().name());
		}
		if (query.area() != null) {
			where.append(" and o.therapeutic_areas @> array[cast(:area as text)]");
			params.put("area", query.area());
		}
		long total = jdbc.sql("select count(*) from organisations o" + where).params(params).query(Long.class).single();
		List<Hit> hits = jdbc.sql("select o.id, o.name, o.type, o.size, o.enterprise_number, "
				+ "g.name as corporate_group, o.city, o.region, o.expertise, '' as snippet "
				+ "from organisations o left join corporate_groups g on g.id = o.corporate_group_id" + where
				+ " order by o.name limit :limit offset :offset")
			.params(params)
			.param("limit", PAGE_SIZE)
			.param("offset", query.offset())
			.query((rs, row) -> hit(rs))
			.list();
		return new Results(hits, total, query.page());
	}

	private static Results results(JdbcClient.StatementSpec statement, Query query) {
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
