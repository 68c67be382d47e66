package health.flanders.portal.web.connect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.call.organisation.ValueChainPlace;

/**
 * The registry as a picture: how many active organisations of each type hold each place of the personalised-medicine
 * value chain (one organisation may hold several), optionally within one region or therapeutic area. Bars are laid out
 * here, in the units of the picture's view box, so the page only draws them. Counting means reading every active
 * organisation (50,000 in ten years), so each picture is kept for {@code icon.connect.map-time-to-live} (10 s) per
 * instance: a change to the registry shows on the map that much later.
 */
@Service
public class EcosystemMap {

	/** The width the longest bar takes in the picture's view box of 640 units. */
	static final int BAR_WIDTH = 560;

	static final int ROW_HEIGHT = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration timeToLive;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	EcosystemMap(JdbcClient jdbc, Clock clock, @Value("${icon.connect.map-time-to-live}") Duration timeToLive) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.timeToLive = timeToLive;
	}

	private record Kept(Picture picture, Instant until) {
	}

	/** A part of a bar: the organisations of one type, from {@code x} on, {@code width} wide. */
	public record Part(OrganisationType type, long count, int x, int width) {
	}

	/** A place of the value chain ({@code null}: organisations that gave none) and its bar. */
	public record Row(ValueChainPlace place, List<Part> parts, long total, int y) {

		public long count(OrganisationType type) {
			return parts.stream().filter(part -> part.type() == type).mapToLong(Part::count).sum();
		}
	}

	public record Picture(List<Row> rows, long organisations, int height) {
	}

	/** The whole registry, every region and area: the picture the map opens with and the home page sums up. */
	public Picture whole() {
		return draw(null, null);
	}

	Picture draw(Region region, String area) {
		if (timeToLive.isZero()) {
			return count(region, area);
		}
		String key = region + "|" + area;
		Instant now = clock.instant();
		Kept picture = kept.get(key);
		if (picture == null || !now.isBefore(picture.until())) {
			// At most the regions times the areas (a few hundred keys): an unknown area is refused before it gets here.
			picture = new Kept(count(region, area), now.plus(timeToLive));
			kept.put(key, picture);
		}
		return picture.picture();
	}

	private Picture count(Region region, String area) {
		String where = " where active" + (region == null ? "" : " and region = :region")
				+ (area == null ? "" : " and therapeutic_areas @> array[cast(:area as text)]");
		Map<String, Object> params = new HashMap<>();
		if (region != null) {
			params.put("region", region.name());
		}
		if (area != null) {
			params.put("area", area);
		}
		Map<ValueChainPlace, Map<OrganisationType, Long>> counts = new HashMap<>();
		jdbc.sql("""
				select place, type, count(*) from (
				  select unnest(case when value_chain = '{}' then array['NONE'] else value_chain end) as place, type
				  from organisations""" + where + ") o group by place, type")
			.params(params)
			.query((rs, row) -> {
				ValueChainPlace place = "NONE".equals(rs.getString(1)) ? null : ValueChainPlace.valueOf(rs.getString(1));
				counts.computeIfAbsent(place, key -> new EnumMap<>(OrganisationType.class))
					.put(OrganisationType.valueOf(rs.getString(2)), rs.getLong(3));
				return null;
			})
			.list();
		long organisations = jdbc.sql("select count(*) from organisations" + where)
			.params(params)
			.query(Long.class)
			.single();
		long longest = counts.values()
			.stream()
			.mapToLong(byType -> byType.values().stream().mapToLong(Long::longValue).sum())
			.max()
			.orElse(0);
		List<Row> rows = new ArrayList<>();
		List<ValueChainPlace> places = new ArrayList<>(Arrays.asList(ValueChainPlace.values()));
		places.add(null);
		for (ValueChainPlace place : places) {
			Map<OrganisationType, Long> byType = counts.getOrDefault(place, Map.of());
			if (place == null && byType.isEmpty()) {
				continue;
			}
			List<Part> parts = new ArrayList<>();
			int x = 0;
			long total = 0;
			for (OrganisationType type : OrganisationType.values()) {
				long count = byType.getOrDefault(type, 0L);
				int width = longest == 0 ? 0 : (int) Math.round((double) count * BAR_WIDTH / longest);
				parts.add(new Part(type, count, x, width));
				x += width;
				total += count;
			}
			rows.add(new Row(place, parts, total, rows.size() * ROW_HEIGHT));
		}
		return new Picture(rows, organisations, Math.max(rows.size(), 1) * ROW_HEIGHT);
	}
}
