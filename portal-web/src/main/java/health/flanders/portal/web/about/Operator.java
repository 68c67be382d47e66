package health.flanders.portal.web.about;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who runs the portal and how to reach them, from the settings {@code icon.operator.*}: the privacy notice, the
 * accessibility statement and the contact page name them, so an install run by someone else says so without a change
 * of templates.
 */
@Component
public class Operator {

	private final String name;

	private final String email;

	private final String address;

	private final String website;

	Operator(@Value("${icon.operator.name}") String name, @Value("${icon.operator.email}") String email,
			@Value("${icon.operator.address}") String address, @Value("${icon.operator.website}") String website) {
		this.name = name;
		this.email = email;
		this.address = address;
		this.website = website;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getAddress() {
		return address;
	}

	public String getWebsite() {
		return website;
	}
}
