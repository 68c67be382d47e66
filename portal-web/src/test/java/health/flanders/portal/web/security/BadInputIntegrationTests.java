package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.security.EveryUrlAccessIntegrationTests.Access;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * No input makes the portal answer 500. Every URL of the access table ({@link EveryUrlAccessIntegrationTests}, which
 * fails when a mapped URL is missing from it) is asked, by a person its rule lets through, with ids that exist, do not
 * exist, are out of range or are no numbers, and with parameters (every request parameter and form field its handler
 * reads) that are oversized (25,000 characters), of the wrong type, hold NUL characters or invalid UTF-8; bodies that are broken JSON or of
 * a type the URL does not take. Every answer must be below 500. Over real HTTP, invalid UTF-8 is checked by
 * {@code BadInputOverHttpIntegrationTests}.
 */
@PortalIntegrationTest
class BadInputIntegrationTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	/** Ids that are not there: zero, negative, past a Java int, no number. */
	private static final List<String> BAD_IDS = List.of("0", "-1", "2147483648", "abc");

	/** Five times the longest text any form takes (5,000 characters), and more than any column holds. */
	private static final String LONG_TEXT = "x".repeat(25_000);

	/** Values of the wrong kind for a number, a date, an enum or a boolean, or out of its range. */
	private static final List<String> WRONG_VALUES = List.of("abc", "2147483648", "-1", "");

	private static final byte[] INVALID_UTF8 = { (byte) 0xC3, (byte) 0x28 };

	@Autowired
	WebApplicationContext context;

	@Autowired
	List<MockMvcBuilderCustomizer> customizers;

	/** The portal's MockMvc with its filters and security, without the request log kept for a failure. */
	private MockMvc mvc;

	private final Map<String, UserDetails> signedIn = new HashMap<>();

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void quietMockMvc() {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
		for (MockMvcBuilderCustomizer customizer : customizers) {
			if (customizer instanceof SpringBootMockMvcBuilderCustomizer) {
				SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(context);
				quiet.setPrint(MockMvcPrint.NONE);
				quiet.customize(builder);
			}
			else {
				customizer.customize(builder);
			}
		}
		mvc = builder.build();
	}

	@Test
	void noInputMakesAnyUrlAnswer500() throws Exception {
		Map<Role, PortalUser> people = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			people.put(role, data.user(role));
		}
		Call call = data.openCall();
		Map<String, Long> real = Map.of("calls", call.getId(), "proposals",
				data.proposal(call, people.get(Role.APPLICANT), "BADINPUT").getId(), "info-sessions",
				data.session(call, "Bad input " + TestData.unique(), Instant.now().plus(7, ChronoUnit.DAYS)).getId(),
				"organisations", data.university("Bad Input University " + TestData.unique()).getId());
		Map<String, Map<String, Class<?>>> parameters = parametersByEndpoint();

		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Access> rule : EveryUrlAccessIntegrationTests.RULES.entrySet()) {
			String endpoint = rule.getKey();
			if (endpoint.endsWith(" /error")) {
				continue;
			}
			HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			PortalUser person = switch (rule.getValue()) {
				case PUBLIC -> null;
				case SIGNED_IN, APPLICANT, APPLICANT_OR_STAFF -> people.get(Role.APPLICANT);
				case STAFF, STAFF_OR_ADMIN -> people.get(Role.STAFF);
				case REVIEWER -> people.get(Role.REVIEWER);
				case ADMIN -> people.get(Role.ADMIN);
			};
			String path = fill(pattern, name -> realId(pattern, name, real));
			Map<String, Class<?>> fields = parameters.getOrDefault(endpoint, Map.of());
			boolean post = method != HttpMethod.GET;
			Checks checks = new Checks(failures, endpoint, person);

			if (VARIABLE.matcher(pattern).find()) {
				for (String id : BAD_IDS) {
					checks.run("id " + id, request(method, fill(pattern, name -> id)));
				}
			}
			checks.run("text of 25,000 characters", form(method, path, fields, LONG_TEXT, null));
			checks.run("a NUL character in the text", form(method, path, fields, "a\u0000b", null));
			for (String value : WRONG_VALUES) {
				checks.run("'" + value + "' for every number, date, choice and yes/no",
						form(method, path, fields, "text", value));
			}
			checks.run("invalid UTF-8 and a NUL in the query string",
					request(method, path + "?page=%C3%28&q=%C3%28&kind=%C3%28&x=%00"));
			if (!post) {
				checks.run("an Accept it cannot answer", request(method, path).accept(MediaType.IMAGE_PNG));
				continue;
			}
			checks.run("invalid UTF-8 in the form", request(method, path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(formWithInvalidUtf8(fields.keySet())));
			checks.run("broken JSON",
					request(method, path).contentType(MediaType.APPLICATION_JSON).content("{\"email\": "));
			checks.run("a body of a type no form sends",
					request(method, path).contentType(MediaType.APPLICATION_XML).content("<a/>"));
			checks.run("a content type that does not parse",
					request(method, path).header("Content-Type", "not a type").content("x"));
			if (fields.containsKey(JSON_BODY)) {
				checks.run("JSON of the wrong shape", request(method, path).contentType(MediaType.APPLICATION_JSON)
					.content("{\"email\": 5, \"name\": [\"" + LONG_TEXT + "\"], \"consent\": \"abc\"}"));
				checks.run("JSON with a NUL character", request(method, path).contentType(MediaType.APPLICATION_JSON)
					.content(json(fields, "a\\u0000b")));
				checks.run("JSON with invalid UTF-8", request(method, path).contentType(MediaType.APPLICATION_JSON)
					.content(jsonWithInvalidUtf8()));
			}
		}
		Checks signIn = new Checks(failures, "POST /login", null);
		signIn.run("a NUL character in the text",
				post("/login").param("username", "a\u0000b@example.org").param("password", "a\u0000b"));
		signIn.run("text of 25,000 characters", post("/login").param("username", LONG_TEXT).param("password", LONG_TEXT));
		signIn.run("invalid UTF-8 in the form", post("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(formWithInvalidUtf8(Set.of("username", "password"))));
		assertThat(failures).as("requests answered with a server error, or a page with JSON, or the API with HTML")
			.isEmpty();
	}

	/** The requests of one endpoint, by one person (or the public), each expected to answer below 500. */
	private final class Checks {

		private final List<String> failures;

		private final String endpoint;

		private final PortalUser person;

		Checks(List<String> failures, String endpoint, PortalUser person) {
			this.failures = failures;
			this.endpoint = endpoint;
			this.person = person;
		}

		void run(String what, AbstractMockHttpServletRequestBuilder<?> request) {
			request.with(csrf());
			if (person != null) {
				request.with(user(signedIn.computeIfAbsent(person.getEmail(), userDetails::loadUserByUsername)));
			}
			boolean api = endpoint.contains(" /api/");
			boolean acceptsAnything = what.startsWith("an Accept");
			if (!acceptsAnything) {
				request.accept(api ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
			}
			try {
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				int status = response.getStatus();
				String type = response.getContentType();
				if (status >= 500) {
					failures.add(endpoint + " with " + what + ": " + status);
				}
				else if (status >= 400 && !acceptsAnything && type != null
						&& (api ? !type.contains("json") : !type.startsWith("text/html"))) {
					failures.add(endpoint + " with " + what + ": " + status + " as " + type);
				}
			}
			catch (Exception ex) {
				Throwable cause = ex;
				while (cause.getCause() != null) {
					cause = cause.getCause();
				}
				failures.add(endpoint + " with " + what + ": " + cause);
			}
		}
	}

	private static final String JSON_BODY = "#json";

	private static final String FILE = "#file";

	/**
	 * A form (or a query string, for a GET) with every field the handler reads: text fields get {@code text}, the
	 * others {@code other}, or a value of their kind when it is {@code null}.
	 */
	private static AbstractMockHttpServletRequestBuilder<?> form(HttpMethod method, String path,
			Map<String, Class<?>> fields, String text, String other) {
		AbstractMockHttpServletRequestBuilder<?> request = fields.containsKey(FILE) && method == HttpMethod.POST
				? multipart(path).file("file", INVALID_UTF8) : request(method, path);
		fields.forEach((name, type) -> {
			if (!name.startsWith("#")) {
				request.param(name, type == String.class ? text : other != null ? other : valueOf(type));
			}
		});
		return request;
	}

	/** A value that reads as the type. */
	private static String valueOf(Class<?> type) {
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		if (type == LocalDate.class) {
			return "2030-01-15";
		}
		if (type == LocalDateTime.class) {
			return "2030-01-15T10:00";
		}
		if (type == LocalTime.class) {
			return "10:00";
		}
		return "1";
	}

	private static String json(Map<String, Class<?>> fields, String text) {
		StringBuilder json = new StringBuilder("{");
		fields.forEach((name, type) -> {
			if (name.startsWith("#")) {
				return;
			}
			String value = type == String.class ? "\"" + (name.equals("email") ? "nul@example.org" : text) + "\""
					: type == Boolean.class || type == boolean.class ? "true" : "\"" + valueOf(type) + "\"";
			json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value);
		});
		return json.append('}').toString();
	}

	/** The fields each endpoint's handler reads, by type: its request parameters and the properties of its forms. */
	private Map<String, Map<String, Class<?>>> parametersByEndpoint() {
		Map<String, Map<String, Class<?>>> fields = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			Map<String, Class<?>> read = new LinkedHashMap<>(Map.of("page", String.class, "version", Long.class));
			for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				Class<?> type = parameter.getParameterType();
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					read.put(JSON_BODY, type);
					properties(type, read);
				}
				else if (MultipartFile.class.isAssignableFrom(type)) {
					read.put(FILE, type);
				}
				else if (requestParam != null) {
					String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
					read.put(name.isEmpty() ? parameter.getParameterName() : name, type);
				}
				else if (type.getName().startsWith("health.flanders.portal.web") && !type.isEnum()
						&& !type.isInterface() && type != SignedInUser.class) {
					properties(type, read);
				}
			}
			RequestMappingInfo info = mapping.getKey();
			for (String pattern : info.getPatternValues()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					fields.computeIfAbsent(method.name() + " " + pattern, key -> new LinkedHashMap<>()).putAll(read);
				}
			}
		}
		return fields;
	}

	private static void properties(Class<?> type, Map<String, Class<?>> fields) {
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				fields.put(component.getName(), component.getType());
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				fields.put(property.getName(), property.getPropertyType());
			}
		}
	}

	private static String fill(String pattern, UnaryOperator<String> value) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** An id of a row that exists where the URL names one of these; else one that does not. */
	private static String realId(String pattern, String name, Map<String, Long> real) {
		if (name.equals("language")) {
			return "en";
		}
		if (name.equals("organisationId")) {
			return String.valueOf(real.get("organisations"));
		}
		if (name.equals("id")) {
			for (Map.Entry<String, Long> entry : real.entrySet()) {
				if (pattern.contains("/" + entry.getKey() + "/{id")) {
					return String.valueOf(entry.getValue());
				}
			}
		}
		return "987654321";
	}

	private static byte[] formWithInvalidUtf8(Set<String> names) {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (String name : names.isEmpty() ? Set.of("q") : names) {
			if (name.startsWith("#")) {
				continue;
			}
			body.writeBytes((name + "=").getBytes(StandardCharsets.US_ASCII));
			body.writeBytes(INVALID_UTF8);
			body.writeBytes("%C3%28%00&".getBytes(StandardCharsets.US_ASCII));
		}
		return body.toByteArray();
	}

	private static byte[] jsonWithInvalidUtf8() {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes("{\"name\": \"".getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(INVALID_UTF8);
		body.writeBytes("\", \"email\": \"a@example.org\"}".getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}
}
