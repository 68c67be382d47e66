package health.flanders.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import health.flanders.portal.web.system.LocalDatabase;

/** The ICON Portal. */
@SpringBootApplication
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PortalApplication.class);
		application.addListeners(new LocalDatabase());
		application.run(args);
	}
}
