package health.flanders.portal.web.staff;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.organisation.CorporateGroups;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationDetails;
import health.flanders.portal.call.organisation.OrganisationHistory;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.organisation.OrganisationSize;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.PartnerProfile;
import health.flanders.portal.call.organisation.ValueChainPlace;
import health.flanders.portal.call.proposal.DiseaseArea;
import health.flanders.portal.web.system.Csv;

/**
 * Bulk import of the registry from CSV. An upload is previewed row by row (new, update of the organisation with the
 * same enterprise number, or error with its reason) and kept in the database with the separator chosen for it;
 * confirming applies the whole file in one transaction, and only when no row has an error. Lists inside a cell are
 * separated by {@code |}. The file is read by {@link RegistryCsv}.
 */
@Service
@Transactional
public class RegistryImport {

	public static final List<String> COLUMNS = List.of("enterprise_number", "name", "type", "size", "corporate_group",
			"street", "postal_code", "city", "country", "website", "expertise", "therapeutic_areas", "technologies",
			"value_chain", "description", "offers", "looks_for");

	private final JdbcClient jdbc;

	private final OrganisationRepository organisations;

	private final OrganisationHistory history;

	private final CorporateGroups groups;

	private final Validator validator;

	private final AuditTrail audit;

	private final Clock clock;

	RegistryImport(JdbcClient jdbc, OrganisationRepository organisations, OrganisationHistory history,
			CorporateGroups groups, Validator validator, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.history = history;
		this.groups = groups;
		this.validator = validator;
		this.audit = audit;
		this.clock = clock;
	}

	public enum RowStatus {
		NEW, UPDATE, UNCHANGED, ERROR
	}

	public record Row(int line, String name, String enterpriseNumber, RowStatus status,
			List<DefaultMessageSourceResolvable> problems, List<String> changedFields, PartnerProfile profile,
			Long existingId) {
	}

	public record Preview(long importId, String fileName, List<Row> rows, boolean applied) {

		public long count(RowStatus status) {
			return rows.stream().filter(row -> row.status() == status).count();
		}

		public boolean confirmable() {
			return !applied && count(RowStatus.ERROR) == 0 && !rows.isEmpty();
		}
	}

	/** A file that cannot be read as a CSV of the registry at all; nothing was kept. */
	public static class UnreadableFileException extends RuntimeException {

		private final String messageCode;

		UnreadableFileException(String messageCode) {
			super(messageCode);
			this.messageCode = messageCode;
		}

		public String messageCode() {
			return messageCode;
		}
	}

	/**
	 * Keeps the upload and returns its id, for the preview. {@code separator} is the one chosen on the form; a first line
	 * {@code sep=} in the file overrides it.
	 */
	public long upload(String fileName, byte[] content, CsvSeparator separator, String staff) {
		String text = decode(content);
		rows(text, separator);
		return jdbc.sql("insert into registry_imports (file_name, content, separator, uploaded_by, uploaded_at) "
				+ "values (?, ?, ?, ?, ?) returning id")
			.params(fileName == null ? "import.csv" : fileName, text, separator.name(), staff,
					clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Preview preview(long importId) {
		Map<String, Object> stored = stored(importId);
		return new Preview(importId, (String) stored.get("file_name"), check(stored), stored.get("applied_at") != null);
	}

	/** Applies every row, or nothing when a row has an error or the import was applied already. */
	public Preview confirm(long importId, String staff) {
		// Locked, so that a double click on Confirm applies the file once.
		jdbc.sql("select id from registry_imports where id = ? for update").param(importId).query(Long.class).optional();
		Map<String, Object> stored = stored(importId);
		Preview preview = new Preview(importId, (String) stored.get("file_name"), check(stored),
				stored.get("applied_at") != null);
		if (!preview.confirmable()) {
			return preview;
		}
		int created = 0;
		int updated = 0;
		for (Row row : preview.rows()) {
			if (row.status() == RowStatus.NEW) {
				PartnerProfile profile = row.profile();
				Organisation organisation = new Organisation(profile.name(), profile.type(), profile.enterpriseNumber(),
						profile.postalCode(), profile.city(), profile.country(), clock);
				organisation.update(profile, groups.register(profile.corporateGroup()).orElse(null), clock);
				long id = organisations.save(organisation).getId();
				history.record(id, staff, List.of("imported"), clock);
				created++;
			}
			else if (row.status() == RowStatus.UPDATE) {
				Organisation organisation = organisations.findById(row.existingId()).orElseThrow();
				history.record(organisation.getId(), staff, organisation.update(row.profile(),
						groups.register(row.profile().corporateGroup()).orElse(null), clock), clock);
				updated++;
			}
		}
		organisations.flush();
		jdbc.sql("update registry_imports set applied_at = ? where id = ?")
			.params(clock.instant().atOffset(ZoneOffset.UTC), importId)
			.update();
		audit.record(staff, "REGISTRY_IMPORTED", "registry_import", importId,
				preview.fileName() + ": " + created + " new, " + updated + " updated");
		return new Preview(importId, preview.fileName(), preview.rows(), true);
	}

	/** The active registry in the import's own format, so that an export can be edited and imported again. */
	@Transactional(readOnly = true)
	public void export(OutputStream out, boolean headerOnly) {
		try (Csv csv = Csv.to(out)) {
			csv.row(COLUMNS);
			if (headerOnly) {
				csv.row("0419.052.173", "Example University", "RTO", "", "", "Oude Markt 13", "3000", "Leuven", "BE",
						"https://www.example.org", "biomarkers|pharmacogenomics", "II|IX", "sequencing",
						"BIOMARKERS_DIAGNOSTICS|DATA_AI", "What the organisation does.", "What it offers.",
						"What it looks for.");
				return;
			}
			for (Organisation o : organisations.findByActiveTrueOrderByName()) {
				csv.row(o.getEnterpriseNumber() == null ? "" : o.getEnterpriseNumber().formatted(), o.getName(),
						o.getType(), o.getSize() == null ? "" : o.getSize(),
						o.getCorporateGroup() == null ? "" : o.getCorporateGroup().getName(),
						nullToBlank(o.getStreet()), o.getPostalCode(), o.getCity(), o.getCountry(),
						nullToBlank(o.getWebsite()), String.join("|", o.getExpertise()),
						String.join("|", o.getTherapeuticAreas()), String.join("|", o.getTechnologies()),
						String.join("|", o.getValueChain().stream().map(Enum::name).toList()), o.getDescription(),
						o.getOffers(), o.getLooksFor());
			}
		}
	}

	private Map<String, Object> stored(long importId) {
		return jdbc.sql("select file_name, content, separator, applied_at from registry_imports where id = ?")
			.param(importId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new ImportNotFoundException(importId));
	}

	private List<Row> check(Map<String, Object> stored) {
		List<RegistryCsv.Line> rows = rows((String) stored.get("content"),
				CsvSeparator.valueOf((String) stored.get("separator")));
		Map<String, Integer> index = new HashMap<>();
		List<String> header = rows.get(0).cells();
		for (int i = 0; i < header.size(); i++) {
			index.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		List<Row> result = new ArrayList<>();
		Set<String> numbersInFile = new HashSet<>();
		for (RegistryCsv.Line line : rows.subList(1, rows.size())) {
			result.add(row(line.number(), line.cells(), index, numbersInFile));
		}
		return result;
	}

	private Row row(int line, List<String> cells, Map<String, Integer> index, Set<String> numbersInFile) {
		List<DefaultMessageSourceResolvable> problems = new ArrayList<>();
		String name = cell(cells, index, "name");
		String number = cell(cells, index, "enterprise_number");
		OrganisationType type = parse(OrganisationType.class, cell(cells, index, "type"), "type", problems, true);
		OrganisationSize size = parse(OrganisationSize.class, cell(cells, index, "size"), "size", problems, false);
		String postalCode = cell(cells, index, "postal_code");
		String city = cell(cells, index, "city");
		String country = cell(cells, index, "country").toUpperCase(Locale.ROOT);
		String website = cell(cells, index, "website");
		OrganisationDetails details = new OrganisationDetails(name, type, number, cell(cells, index, "corporate_group"),
				postalCode, city, country, website);
		problems.addAll(problems(details, type == null));
		EnterpriseNumber enterpriseNumber = null;
		if (!number.isEmpty() && EnterpriseNumber.isValid(number)) {
			enterpriseNumber = details.parsedEnterpriseNumber();
			if (!numbersInFile.add(enterpriseNumber.digits())) {
				problems.add(problem("registry.import.problem.twice", enterpriseNumber.formatted()));
			}
		}
		List<String> areas = list(cell(cells, index, "therapeutic_areas"));
		areas.stream()
			.filter(area -> !DiseaseArea.isChapter(area))
			.forEach(area -> problems.add(problem("registry.import.problem.area", area)));
		Set<ValueChainPlace> places = EnumSet.noneOf(ValueChainPlace.class);
		for (String place : list(cell(cells, index, "value_chain"))) {
			ValueChainPlace parsed = parse(ValueChainPlace.class, place, "value_chain", problems, false);
			if (parsed != null) {
				places.add(parsed);
			}
		}
		if (!problems.isEmpty()) {
			return new Row(line, name, number, RowStatus.ERROR, problems, List.of(), null, null);
		}
		Optional<Organisation> existing = enterpriseNumber == null ? Optional.empty()
				: organisations.findByEnterpriseNumber(enterpriseNumber.digits());
		PartnerProfile profile = new PartnerProfile(name, type, size, existing.map(Organisation::getResearchKind).orElse(null),
				enterpriseNumber, groups.nameFor(details.corporateGroup()), cell(cells, index, "street"), postalCode,
				city, country, website, list(cell(cells, index, "expertise")), cell(cells, index, "description"), areas,
				list(cell(cells, index, "technologies")), places, cell(cells, index, "offers"),
				cell(cells, index, "looks_for"), existing.map(Organisation::getContactName).orElse(null),
				existing.map(Organisation::getContactEmail).orElse(null),
				existing.map(Organisation::getContactListedOn).orElse(null));
		if (existing.isEmpty()) {
			return new Row(line, name, number, RowStatus.NEW, List.of(), List.of(), profile, null);
		}
		List<String> changed = PartnerProfile.changes(existing.get().profile(), profile);
		return new Row(line, name, number, changed.isEmpty() ? RowStatus.UNCHANGED : RowStatus.UPDATE, List.of(), changed,
				profile, existing.get().getId());
	}

	/**
	 * The rules of {@link OrganisationDetails} a row breaks, each naming its column, in the order of the columns; a
	 * missing type is reported by its parsing already.
	 */
	private List<DefaultMessageSourceResolvable> problems(OrganisationDetails details, boolean typeReported) {
		return validator.validate(details)
			.stream()
			.filter(violation -> !(typeReported && violation.getPropertyPath().toString().equals("type")))
			.sorted(Comparator.comparing((ConstraintViolation<OrganisationDetails> violation) -> COLUMNS
				.indexOf(column(violation.getPropertyPath().toString())))
				.thenComparing(violation -> constraint(violation)))
			.map(violation -> {
				String field = violation.getPropertyPath().toString();
				String column = column(field);
				Object value = violation.getInvalidValue();
				return switch (constraint(violation)) {
					case "NotBlank", "NotNull" -> problem("registry.import.problem.missing", column);
					case "Size" -> problem("registry.import.problem.tooLong", column,
							violation.getConstraintDescriptor().getAttributes().get("max"));
					case "BelgianEnterpriseNumber" -> problem("registry.import.problem.enterpriseNumber", value);
					case "Pattern" -> problem(field.equals("website") ? "registry.import.problem.website"
							: "registry.import.problem.country", value);
					default -> problem("registry.import.problem.invalid", column, value);
				};
			})
			.toList();
	}

	/** The CSV column of a component of {@link OrganisationDetails}: {@code postalCode} is {@code postal_code}. */
	private static String column(String field) {
		return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

	private static String constraint(ConstraintViolation<?> violation) {
		return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, String column,
			List<DefaultMessageSourceResolvable> problems, boolean required) {
		if (text.isEmpty()) {
			if (required) {
				problems.add(problem("registry.import.problem.missing", column));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem("registry.import.problem.value", column, text,
					String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
			return null;
		}
	}

	private static List<RegistryCsv.Line> rows(String text, CsvSeparator separator) {
		List<RegistryCsv.Line> rows = RegistryCsv.read(text, separator);
		if (rows.isEmpty() || rows.get(0).cells().stream().noneMatch(cell -> cell.strip().equalsIgnoreCase("name"))) {
			// One cell in the header: most likely read with another separator than the file's.
			throw new UnreadableFileException(!rows.isEmpty() && rows.get(0).cells().size() == 1
					? "registry.import.unreadable.separator" : "registry.import.unreadable.header");
		}
		return rows;
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException("registry.import.unreadable.encoding");
		}
	}

	private static String cell(List<String> cells, Map<String, Integer> index, String column) {
		Integer i = index.get(column);
		return i == null || i >= cells.size() ? "" : cells.get(i).strip();
	}

	private static List<String> list(String cell) {
		return Arrays.stream(cell.split("\\|")).map(String::strip).filter(word -> !word.isEmpty()).distinct().toList();
	}

	private static DefaultMessageSourceResolvable problem(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	private static String nullToBlank(String text) {
		return text == null ? "" : text;
	}
}
